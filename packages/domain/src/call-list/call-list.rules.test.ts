import { describe, expect, it } from 'vitest';
import { calendar, policy } from '../follow-up/follow-up.fixtures';
import { callListLifecycles, callListProgress, planCallListFollowUps, validateCallList } from './call-list.rules';

const draft = { name: '春节问候', callScriptId: 's1', agentIds: ['a1', 'a2'], dailyQuota: 30, filter: { tier: ['A' as const] } };

describe('validateCallList', () => {
  it('accepts a complete draft', () => {
    expect(validateCallList(draft, 'create')).toEqual([]);
  });

  it('needs a name, a script, agents and a quota on create', () => {
    expect(validateCallList({}, 'create').map((v) => `${v.field}:${v.rule}`)).toEqual([
      'name:required',
      'callScriptId:required',
      'agentIds:required',
      'dailyQuota:outOfRange',
    ]);
  });

  it('refuses duplicate agents, a quota out of range and a bad filter', () => {
    const violations = validateCallList({ agentIds: ['a1', 'a1'], dailyQuota: 0, filter: { tier: ['Z' as never], contractEndingWithinDays: 400 } }, 'update');
    expect(violations.map((v) => `${v.field}:${v.rule}`)).toEqual([
      'agentIds:duplicate',
      'dailyQuota:outOfRange',
      'filter.tier:invalidChoice',
      'filter.contractEndingWithinDays:outOfRange',
    ]);
  });

  it('lets an update leave everything out', () => {
    expect(validateCallList({}, 'update')).toEqual([]);
  });
});

describe('callListLifecycles', () => {
  it('reads "unverified" as 已注册未认证, narrowed by chosen stages', () => {
    expect(callListLifecycles({ unverified: true })).toEqual(['REGISTERED']);
    expect(callListLifecycles({ unverified: true, lifecycle: ['ACTIVE'] })).toEqual([]);
    expect(callListLifecycles({ lifecycle: ['ACTIVE'] })).toEqual(['ACTIVE']);
    expect(callListLifecycles({})).toBeNull();
  });
});

describe('planCallListFollowUps', () => {
  it('deals customers evenly and makes each due by the end of its working day (国庆 skipped)', () => {
    const customers = Array.from({ length: 7 }, (_, i) => `c${i}`);
    const plan = planCallListFollowUps(customers, ['a1', 'a2'], 2, '2026-09-30', { calendar, policy, timeZone: 'Asia/Shanghai' });
    const perAgent = (id: string) => plan.filter((p) => p.agentId === id).length;
    expect(Math.abs(perAgent('a1') - perAgent('a2'))).toBeLessThanOrEqual(1);
    // 4 rounds at 2 a day: 9-30, then the first working day after the National Day holiday.
    expect([...new Set(plan.map((p) => p.dueAt.toISOString()))]).toEqual(['2026-09-30T12:30:00.000Z', '2026-10-08T12:30:00.000Z']);
  });
});

describe('callListProgress', () => {
  it('counts in all and per agent, agents without calls included', () => {
    const progress = callListProgress(
      [
        { agentId: 'a1', status: 'DONE', count: 3 },
        { agentId: 'a1', status: 'OPEN', count: 2 },
        { agentId: 'a2', status: 'UNREACHABLE', count: 1 },
        { agentId: 'a2', status: 'IN_PROGRESS', count: 1 },
      ],
      ['a1', 'a2', 'a3'],
    );
    expect(progress).toMatchObject({ total: 7, done: 3, unreachable: 1, open: 3, cancelled: 0 });
    expect(progress.agents.map((a) => [a.agentId, a.total, a.open])).toEqual([
      ['a1', 5, 2],
      ['a2', 2, 1],
      ['a3', 0, 0],
    ]);
  });
});
