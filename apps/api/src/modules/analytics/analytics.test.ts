import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnalyticsData } from '../../test/analytics-data';
import { sh } from '../../test/report-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { runRollupJob } from '../report';

const ALL = `query($f: AnalyticsFilter!) { analytics(filter: $f) {
  from to previousFrom previousTo teamId staffId
  categoryMix { categoryId categoryName count share previousCount change }
  monthlyTrend { month received closed }
  deadlineCompliance { month closed onTime rate }
  satisfaction { month satisfied average unsatisfied satisfiedRate meanScore }
  workload { staffId staffName complaintsHandled followUpsDone interactions }
} }`;
const PERIOD = { from: '2026-10-01', to: '2026-11-30' };

type Mix = Array<{ categoryName: string; count: number; share: number; previousCount: number; change: number | null }>;
const mix = (rows: Mix) => rows.map((row) => [row.categoryName, row.count, Number(row.share.toFixed(2)), row.previousCount, row.change === null ? null : Number(row.change.toFixed(2))]);

describe('统计分析 (analytics) against a hand-built data set', () => {
  let t: TestApp;
  let data: Awaited<ReturnType<typeof buildAnalyticsData>>;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(sh('2026-12-05', '12:00'));
    data = await buildAnalyticsData(t);
    expect((await runRollupJob(t.dataSource, t.clock.now(), 'Asia/Shanghai')).ran).toBe(true);
  });
  afterAll(() => t?.close());

  const ask = async (token: string, filter: Record<string, unknown>, query = ALL) => {
    const res = await t.gql(query, { f: { ...PERIOD, ...filter } }, token);
    return res;
  };
  const analyticsOf = async (token: string, filter: Record<string, unknown> = {}) => {
    const res = await ask(token, filter);
    expect(res.errors).toBeUndefined();
    return res.data!.analytics;
  };

  it('the department: every figure as counted by hand', async () => {
    const a = await analyticsOf(data.manager.token);
    expect([a.from, a.to, a.previousFrom, a.previousTo, a.teamId, a.staffId]).toEqual(['2026-10-01', '2026-11-30', '2026-08-01', '2026-09-30', null, null]);
    // Received: 质量 3 (k1, k2, the one at 11-30 23:30), 价格 2 (k3, k4); the previous period 质量 1, 价格 2 (edges outside both).
    expect(mix(a.categoryMix)).toEqual([
      ['质量', 3, 60, 1, 200],
      ['价格', 2, 40, 2, 0],
    ]);
    expect(a.categoryMix.reduce((sum: number, row: { share: number }) => sum + row.share, 0)).toBeCloseTo(100, 6);
    // From the roll-up: received Oct k1 k2, Nov k3 k4 k5; closed Oct k1 k2 and 二组's from September, Nov k3.
    expect(a.monthlyTrend).toEqual([
      { month: '2026-10', received: 2, closed: 3 },
      { month: '2026-11', received: 3, closed: 1 },
    ]);
    // October: k2 closed a day late; November: k3 on time.
    expect(a.deadlineCompliance.map((m: { month: string; closed: number; onTime: number; rate: number }) => [m.month, m.closed, m.onTime, Number(m.rate.toFixed(2))])).toEqual([
      ['2026-10', 3, 2, 66.67],
      ['2026-11', 1, 1, 100],
    ]);
    // The archived and the open follow-ups do not count.
    expect(a.satisfaction).toEqual([
      { month: '2026-10', satisfied: 1, average: 1, unsatisfied: 0, satisfiedRate: 50, meanScore: 4 },
      { month: '2026-11', satisfied: 1, average: 0, unsatisfied: 1, satisfiedRate: 50, meanScore: 2.5 },
    ]);
    // 王芳: k1, k2 closed, f1 and f4 done, three records and one follow-up call; 张伟: the September one, f3, one record; 李娜: k3, f2.
    expect(a.workload.map((w: { staffName: string; complaintsHandled: number; followUpsDone: number; interactions: number }) => [w.staffName, w.complaintsHandled, w.followUpsDone, w.interactions])).toEqual([
      ['王芳', 2, 2, 4],
      ['张伟', 1, 1, 1],
      ['李娜', 1, 1, 0],
    ]);
  });

  it('a team: the category mix’s change is null without a previous count, and −50 % where it halved', async () => {
    const a = await analyticsOf(data.manager.token, { teamId: data.teamA });
    expect(a.teamId).toBe(data.teamA);
    expect(mix(a.categoryMix)).toEqual([
      ['质量', 3, 75, 0, null],
      ['价格', 1, 25, 2, -50],
    ]);
    expect(a.monthlyTrend).toEqual([
      { month: '2026-10', received: 2, closed: 2 },
      { month: '2026-11', received: 2, closed: 1 },
    ]);
    expect(a.deadlineCompliance.map((m: { rate: number }) => m.rate)).toEqual([50, 100]);
    expect(a.satisfaction.map((m: { satisfied: number; meanScore: number }) => [m.satisfied, m.meanScore])).toEqual([
      [1, 4],
      [1, 4],
    ]);
    expect(a.workload.map((w: { staffName: string }) => w.staffName)).toEqual(['王芳', '李娜']);
  });

  it('filters by category and severity read the raw rows, and agree with the roll-up when they keep everything', async () => {
    const quality = await analyticsOf(data.manager.token, { categoryIds: [data.category.QUALITY] });
    expect(quality.categoryMix.map((row: { categoryName: string; share: number }) => [row.categoryName, row.share])).toEqual([['质量', 100]]);
    expect(quality.monthlyTrend).toEqual([
      { month: '2026-10', received: 2, closed: 3 },
      { month: '2026-11', received: 1, closed: 0 },
    ]);
    expect(quality.satisfaction.map((m: { satisfied: number; unsatisfied: number }) => [m.satisfied, m.unsatisfied])).toEqual([
      [1, 0],
      [0, 0],
    ]);
    const critical = await analyticsOf(data.manager.token, { severities: ['CRITICAL'] });
    expect(critical.monthlyTrend).toEqual([
      { month: '2026-10', received: 0, closed: 0 },
      { month: '2026-11', received: 1, closed: 0 },
    ]);
    expect(critical.deadlineCompliance.map((m: { closed: number; rate: number | null }) => [m.closed, m.rate])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(critical.satisfaction[1]).toMatchObject({ satisfied: 0, unsatisfied: 1, meanScore: 1 });
    const high = await analyticsOf(data.manager.token, { severities: ['HIGH'], teamId: data.teamA });
    expect(high.deadlineCompliance.map((m: { closed: number; onTime: number }) => [m.closed, m.onTime])).toEqual([
      [1, 0],
      [0, 0],
    ]);
    const everything = await analyticsOf(data.manager.token, { categoryIds: [data.category.QUALITY, data.category.PRICE] });
    const unfiltered = await analyticsOf(data.manager.token);
    expect(everything.monthlyTrend).toEqual(unfiltered.monthlyTrend);
    // The workload has no category: the filter leaves it alone.
    expect(quality.workload).toEqual(unfiltered.workload);
  });

  it('a month clipped by the period, and the previous period of equal length', async () => {
    const a = await analyticsOf(data.manager.token, { from: '2026-10-10', to: '2026-11-03' });
    expect([a.previousFrom, a.previousTo]).toEqual(['2026-09-15', '2026-10-09']);
    // Received 10-10 … 11-03: k2, k3; before: 09-15 … 10-09: the September one (质量) and k1.
    expect(mix(a.categoryMix)).toEqual([
      ['质量', 1, 50, 2, -50],
      ['价格', 1, 50, 0, null],
    ]);
    expect(a.monthlyTrend).toEqual([
      { month: '2026-10', received: 1, closed: 1 },
      { month: '2026-11', received: 1, closed: 0 },
    ]);
  });

  it('an agent sees their own figures only, and may not ask for a team', async () => {
    const a = await analyticsOf(data.a1.token);
    expect([a.teamId, a.staffId]).toEqual([null, data.a1.staff.id]);
    expect(mix(a.categoryMix)).toEqual([
      ['质量', 2, 100, 0, null],
      ['价格', 0, 0, 1, -100],
    ]);
    expect(a.monthlyTrend).toEqual([
      { month: '2026-10', received: 2, closed: 2 },
      { month: '2026-11', received: 0, closed: 0 },
    ]);
    expect(a.satisfaction.map((m: { satisfied: number; average: number }) => [m.satisfied, m.average])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(a.workload.map((w: { staffId: string }) => w.staffId)).toEqual([data.a1.staff.id]);
    expect((await ask(data.a1.token, { teamId: data.teamA })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a shift leader sees their team, not another; QA any; the administrator none', async () => {
    const own = await analyticsOf(data.leader.token);
    expect(own.teamId).toBe(data.teamA);
    expect(own.workload.map((w: { staffName: string }) => w.staffName)).toEqual(['王芳', '李娜']);
    expect((await ask(data.leader.token, { teamId: data.teamB })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const qa = await analyticsOf(data.qa.token, { teamId: data.teamB });
    expect(qa.workload.map((w: { staffName: string }) => w.staffName)).toEqual(['张伟']);
    expect((await ask(data.admin.token, {})).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts, longer than 24 months, or too many categories', async () => {
    const fields = async (filter: Record<string, unknown>) => {
      const res = await ask(data.manager.token, filter);
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return (res.errors?.[0].extensions.fields as Array<{ path: string; code: string }>).map((f) => [f.path, f.code]);
    };
    expect(await fields({ from: '2026-11-01', to: '2026-10-31' })).toEqual([['to', 'endsBeforeStart']]);
    expect(await fields({ from: '2024-10-01', to: '2026-10-31' })).toEqual([['to', 'outOfRange']]);
    expect(await fields({ categoryIds: Array.from({ length: 51 }, (_, i) => `c${i}`) })).toEqual([['categoryIds', 'tooMany']]);
    // 24 months is allowed.
    expect((await ask(data.manager.token, { from: '2024-12-01', to: '2026-11-30' })).errors).toBeUndefined();
  });

  it('statements: the session, then one per part asked for (the workload two: its counts and the names)', async () => {
    const count = async (token: string, query: string) => {
      t.stats.length = 0;
      const res = await t.gql(query, { f: PERIOD }, token);
      expect(res.errors).toBeUndefined();
      return t.stats[0].statements;
    };
    expect(await count(data.manager.token, ALL)).toBe(7);
    expect(await count(data.manager.token, 'query($f: AnalyticsFilter!) { analytics(filter: $f) { categoryMix { count } } }')).toBe(2);
    expect(await count(data.manager.token, 'query($f: AnalyticsFilter!) { analytics(filter: $f) { from } }')).toBe(1);
    // A leader's team is one read more.
    expect(await count(data.leader.token, 'query($f: AnalyticsFilter!) { analytics(filter: $f) { monthlyTrend { month } } }')).toBe(3);
  });
});
