import { describe, expect, it } from 'vitest';
import { commonPhrases, previousPeriod, summarizeQuality, summaryPeriod } from './quality.summary';

describe('summary periods', () => {
  it('runs a week Monday to Sunday, across a month and a year end', () => {
    expect(summaryPeriod('WEEK', '2026-12-02')).toEqual({ kind: 'WEEK', start: '2026-11-30', end: '2026-12-06', month: null });
    expect(summaryPeriod('WEEK', '2026-11-30').start).toBe('2026-11-30');
    expect(summaryPeriod('WEEK', '2026-12-06').start).toBe('2026-11-30');
    expect(summaryPeriod('WEEK', '2027-01-01')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(previousPeriod(summaryPeriod('WEEK', '2026-12-02'))).toMatchObject({ start: '2026-11-23', end: '2026-11-29' });
  });

  it('runs a month from its first to its last day, February of a leap year too', () => {
    expect(summaryPeriod('MONTH', '2028-02-15')).toEqual({ kind: 'MONTH', start: '2028-02-01', end: '2028-02-29', month: '2028-02' });
    expect(previousPeriod(summaryPeriod('MONTH', '2027-01-31'))).toEqual({ kind: 'MONTH', start: '2026-12-01', end: '2026-12-31', month: '2026-12' });
  });
});

describe('summarizeQuality', () => {
  const totals = [
    { agentId: 'a1', teamId: 't1', period: 0 as const, evaluations: 2, totalSum: 170 },
    { agentId: 'a2', teamId: 't1', period: 0 as const, evaluations: 1, totalSum: 60 },
    { agentId: 'a1', teamId: 't1', period: 1 as const, evaluations: 1, totalSum: 80 },
    { agentId: 'a3', teamId: null, period: 1 as const, evaluations: 1, totalSum: 90 },
  ];
  const scores = [
    { agentId: 'a1', teamId: 't1', period: 0 as const, dimension: 'TONE', scoreSum: 16, maxSum: 20, items: 2 },
    { agentId: 'a1', teamId: 't1', period: 0 as const, dimension: 'ATTITUDE', scoreSum: 18, maxSum: 20, items: 2 },
    { agentId: 'a2', teamId: 't1', period: 0 as const, dimension: 'TONE', scoreSum: 4, maxSum: 10, items: 1 },
    { agentId: 'a1', teamId: 't1', period: 1 as const, dimension: 'TONE', scoreSum: 7, maxSum: 10, items: 1 },
  ];
  const figures = summarizeQuality(scores, totals, ['ATTITUDE', 'TONE']);

  it('weighs every evaluation and item alike, not the agents’ averages', () => {
    // (170 + 60) / 3 evaluations, not (85 + 60) / 2 agents
    expect(figures.overall).toMatchObject({ evaluations: 3, average: 76.7, previousEvaluations: 2, previousAverage: 85, change: -8.3 });
    expect(figures.overall.dimensions).toEqual([
      { dimension: 'ATTITUDE', average: 90, items: 2, previousAverage: null, change: null },
      { dimension: 'TONE', average: 66.7, items: 3, previousAverage: 70, change: -3.3 },
    ]);
  });

  it('gives each team and agent their own figures and trend, null where a period had nothing', () => {
    expect(figures.teams.map((t) => [t.key, t.average, t.previousAverage])).toEqual([
      [null, null, 90],
      ['t1', 76.7, 80],
    ]);
    const a2 = figures.agents.find((a) => a.key === 'a2');
    expect(a2).toMatchObject({ evaluations: 1, average: 60, previousAverage: null, change: null });
    expect(figures.agents.find((a) => a.key === 'a3')).toMatchObject({ evaluations: 0, average: null, previousAverage: 90, dimensions: [] });
  });

  it('answers nothing for nothing', () => {
    expect(summarizeQuality([], [])).toEqual({ overall: { key: null, evaluations: 0, average: null, previousEvaluations: 0, previousAverage: null, change: null, dimensions: [] }, teams: [], agents: [] });
  });
});

describe('commonPhrases', () => {
  it('counts clauses said in two or more comments, once per comment, ignoring spaces and case', () => {
    const comments = ['未使用标准开场白，语速过快。', '语速过快；未确认客户需求', '未使用 标准开场白', '语速过快,语速过快', null, '好', 'Too fast', 'too  fast'];
    expect(commonPhrases(comments)).toEqual([
      { phrase: '语速过快', count: 3 },
      { phrase: 'Too fast', count: 2 },
      { phrase: '未使用标准开场白', count: 2 },
    ]);
  });

  it('keeps the most frequent up to the limit', () => {
    expect(commonPhrases(['甲乙，丙丁', '甲乙，丙丁', '甲乙'], 1)).toEqual([{ phrase: '甲乙', count: 3 }]);
  });
});
