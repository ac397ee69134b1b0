import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuotaExcess, quotaStatus, type SampleCandidate, sampleForAgent, sampleMonth, type SamplingPolicy } from './quality.sampling';

const POLICY: SamplingPolicy = { minPerAgent: 3, maxPerAgent: 5, flaggedWeight: 3 };
const CHANNELS = ['PHONE', 'ONLINE', 'VISIT'];

const calls = (agentId: string, count: number, flaggedEvery = 0): SampleCandidate[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: i % 4 === 3 ? 'COMPLAINT' : 'INTERACTION',
    id: `${agentId}-${i}`,
    agentId,
    channel: CHANNELS[i % CHANNELS.length],
    flagged: flaggedEvery > 0 && i % flaggedEvery === 0,
  }));

describe('monthly sampling', () => {
  it('proposes the minimum per agent, fewer when the agent handled fewer, none for an agent with nothing', () => {
    const sample = sampleMonth([...calls('a1', 40), ...calls('a2', 2)], ['a1', 'a2', 'a3'], POLICY, '2026-11', 'seed');
    expect(sample.get('a1')).toHaveLength(3);
    expect(sample.get('a2')).toHaveLength(2);
    expect(sample.get('a3')).toEqual([]);
  });

  it('property: the same month, seed and records give the same sample, in whatever order the records come', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.string(), (count, seed) => {
        const records = calls('a1', count, 5);
        const first = sampleForAgent(records, POLICY, '2026-11', seed);
        expect(sampleForAgent([...records].reverse(), POLICY, '2026-11', seed)).toEqual(first);
        expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
      }),
    );
  });

  it('draws another sample in another month', () => {
    const records = calls('a1', 60);
    const months = ['2026-09', '2026-10', '2026-11', '2026-12'].map((m) => sampleForAgent(records, POLICY, m, 'seed').map((c) => c.id).join());
    expect(new Set(months).size).toBeGreaterThan(1);
  });

  it('spreads across channels', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const drawn = sampleForAgent(calls('a1', 60), POLICY, '2026-11', seed);
      expect(new Set(drawn.map((c) => c.channel)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws complaints and unsatisfied follow-ups about as much more often as the weight says', () => {
    // 10 flagged among 100: drawn one at a time with weight 3, a flagged record is ~3× likelier.
    const records = calls('a1', 100, 10).map((c) => ({ ...c, channel: 'PHONE' }));
    let flagged = 0;
    for (let seed = 0; seed < 400; seed += 1) flagged += sampleForAgent(records, { ...POLICY, minPerAgent: 1 }, '2026-11', String(seed)).filter((c) => c.flagged).length;
    // Expected share 30 / (30 + 90) = 25 % of 400 draws; unweighted it would be 10 %.
    expect(flagged).toBeGreaterThan(70);
    expect(flagged).toBeLessThan(130);
  });
});

describe('the quota', () => {
  it('is under below the minimum, done within, over above the maximum', () => {
    expect([0, 2, 3, 5, 6].map((n) => quotaStatus(n, POLICY))).toEqual(['UNDER', 'UNDER', 'DONE', 'DONE', 'OVER']);
  });

  it('asks the inspector for a reason to evaluate an agent beyond the maximum', () => {
    expect(checkQuotaExcess(4, POLICY, null)).toEqual([]);
    expect(checkQuotaExcess(5, POLICY, '')).toEqual([{ rule: 'quotaExceededNeedsReason', field: 'overQuotaReason', params: { max: 5 } }]);
    expect(checkQuotaExcess(5, POLICY, '客户投诉该坐席态度，专项抽查')).toEqual([]);
  });
});
