import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvaluationRows } from '../quality-summary/evaluation-rows';
import { Team } from '../team';
import { sh } from '../../test/report-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';

const QA = `query($date: LocalDate, $teamId: ID) { weeklyReport(date: $date, teamId: $teamId) { weekStart teamId staffId qa {
  overall { evaluations average previousEvaluations previousAverage change dimensions { dimension average items } }
  lowestItems { agentId dimension score maxScore comment } disputesOpen disputesDecided
} } }`;
const WITHOUT_QA = 'query($date: LocalDate, $teamId: ID) { weeklyReport(date: $date, teamId: $teamId) { weekStart } }';
const DIMENSIONS = ['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY'];

type Qa = {
  overall: { evaluations: number; average: number | null; previousEvaluations: number; previousAverage: number | null; change: number | null; dimensions: Array<{ dimension: string; average: number | null; items: number }> };
  lowestItems: Array<{ agentId: string; dimension: string; score: number; maxScore: number; comment: string | null }>;
  disputesOpen: number;
  disputesDecided: number;
};
const dimensionAverages = (qa: Qa) => Object.fromEntries(qa.overall.dimensions.map((d) => [d.dimension, d.average]));

/**
 * The weekly report's QA section (周报·质检汇总) against a hand-built set: the week of Monday 2026-12-07,
 * team A (a1, a2) and team B (b1). Every figure below is counted by hand from these rows.
 */
describe('the weekly report’s QA summary (周报·质检汇总)', () => {
  let t: TestApp;
  const people: Record<string, { id: string; token: string }> = {};
  const teams: Record<string, string> = {};
  const WEEK = '2026-12-09';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(sh('2026-12-16', '10:00'));
    teams.A = newId();
    teams.B = newId();
    await t.dataSource.getRepository(Team).insert([
      { ...newRecord(sh('2026-01-01', '08:00')), id: teams.A, name: '质检一组' },
      { ...newRecord(sh('2026-01-01', '08:00')), id: teams.B, name: '质检二组' },
    ]);
    const made = await Promise.all([
      t.staffWithToken('AGENT', { teamId: teams.A, name: '王芳' }),
      t.staffWithToken('AGENT', { teamId: teams.A, name: '李娜' }),
      t.staffWithToken('AGENT', { teamId: teams.B, name: '张伟' }),
      t.staffWithToken('SHIFT_LEADER', { teamId: teams.A, name: '刘洋' }),
      t.staffWithToken('DEPT_MANAGER', { name: '陈静' }),
      t.staffWithToken('QA_INSPECTOR', { name: '杨磊' }),
    ]);
    for (const [i, key] of ['a1', 'a2', 'b1', 'leader', 'manager', 'qa'].entries()) people[key] = { id: made[i].staff.id, token: made[i].token };
    const evaluation = (agent: string, team: string, status: string, submittedAt: Date, points: number[], comment: string | null = null) => ({
      agentId: people[agent].id,
      teamId: teams[team],
      inspectorId: people.qa.id,
      month: '2026-12',
      status,
      total: points.reduce((a, b) => a + b, 0),
      submittedAt,
      scores: DIMENSIONS.map((dimension, i) => ({ dimension, score: points[i], maxScore: 20, comment: points[i] < 20 ? comment : null })),
    });
    await insertEvaluationRows(t.dataSource.manager, [
      evaluation('a1', 'A', 'ACKNOWLEDGED', sh('2026-12-07', '10:00'), [15, 20, 15, 15, 15], '开场白不规范'),
      evaluation('a1', 'A', 'DISPUTED', sh('2026-12-09', '15:00'), [20, 20, 20, 15, 15]),
      evaluation('a2', 'A', 'UPHELD', sh('2026-12-10', '11:00'), [10, 15, 15, 15, 15], '语气生硬'),
      evaluation('b1', 'B', 'ACKNOWLEDGED', sh('2026-12-13', '23:00'), [13, 13, 12, 13, 13]),
      // Not counted: a draft, the week before (the trend's base only), the week after.
      evaluation('a2', 'A', 'DRAFT', sh('2026-12-08', '10:00'), [0, 0, 0, 0, 0]),
      evaluation('a1', 'A', 'ACKNOWLEDGED', sh('2026-12-06', '23:00'), [14, 14, 14, 14, 14]),
      evaluation('b1', 'B', 'DISPUTED', sh('2026-12-14', '00:30'), [5, 5, 5, 5, 5]),
    ]);
  });
  afterAll(() => t?.close());

  const qaOf = async (token: string, teamId: string | null = null) => {
    const res = await t.gql(QA, { date: WEEK, teamId }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.weeklyReport as { weekStart: string; teamId: string | null; staffId: string | null; qa: Qa };
  };

  it('the department’s week: evaluations, mean total, per-dimension means, the lowest items and disputes', async () => {
    const report = await qaOf(people.manager.token);
    expect(report.weekStart).toBe('2026-12-07');
    const { qa } = report;
    // (80 + 90 + 70 + 64) / 4; the week before: a1's 70 alone.
    expect(qa.overall).toMatchObject({ evaluations: 4, average: 76, previousEvaluations: 1, previousAverage: 70, change: 6 });
    // Points scored ÷ points possible per dimension: SERVICE_LANGUAGE (15+20+10+13)/80 …
    expect(dimensionAverages(qa)).toEqual({ SERVICE_LANGUAGE: 72.5, ATTITUDE: 85, TONE: 77.5, NEEDS_SUMMARY: 72.5, ADAPTABILITY: 72.5 });
    expect(qa.overall.dimensions.map((d) => d.items)).toEqual([4, 4, 4, 4, 4]);
    expect(qa.lowestItems).toHaveLength(5);
    expect(qa.lowestItems.slice(0, 2)).toEqual([
      { agentId: people.a2.id, dimension: 'SERVICE_LANGUAGE', score: 10, maxScore: 20, comment: '语气生硬' },
      { agentId: people.b1.id, dimension: 'TONE', score: 12, maxScore: 20, comment: null },
    ]);
    expect([qa.disputesOpen, qa.disputesDecided]).toEqual([1, 1]);
  });

  it('a shift leader sees their team, a manager any team', async () => {
    const leader = await qaOf(people.leader.token);
    expect(leader.teamId).toBe(teams.A);
    // (80 + 90 + 70) / 3; ATTITUDE 55/60, TONE 50/60
    expect(leader.qa.overall).toMatchObject({ evaluations: 3, average: 80 });
    expect(dimensionAverages(leader.qa)).toMatchObject({ SERVICE_LANGUAGE: 75, ATTITUDE: 91.7, TONE: 83.3 });
    expect([leader.qa.disputesOpen, leader.qa.disputesDecided]).toEqual([1, 1]);
    const teamB = await qaOf(people.manager.token, teams.B);
    expect(teamB.qa.overall).toMatchObject({ evaluations: 1, average: 64 });
    expect([teamB.qa.disputesOpen, teamB.qa.disputesDecided]).toEqual([0, 0]);
  });

  it('an agent sees their own evaluations only, and may not ask for a team', async () => {
    const own = await qaOf(people.a1.token);
    expect(own.staffId).toBe(people.a1.id);
    expect(own.qa.overall).toMatchObject({ evaluations: 2, average: 85, previousAverage: 70, change: 15 });
    expect(own.qa.lowestItems.every((item) => item.agentId === people.a1.id)).toBe(true);
    expect(own.qa.lowestItems).toHaveLength(5);
    expect([own.qa.disputesOpen, own.qa.disputesDecided]).toEqual([1, 0]);
    const other = await qaOf(people.b1.token);
    expect(other.qa.overall).toMatchObject({ evaluations: 1, average: 64 });
    expect((await t.gql(QA, { date: WEEK, teamId: teams.A }, people.a2.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reads the QA section in four statements, and only when it is selected', async () => {
    const statements = async (query: string) => {
      t.stats.length = 0;
      const res = await t.gql(query, { date: WEEK, teamId: null }, people.manager.token);
      expect(res.errors).toBeUndefined();
      return t.stats[0].statements;
    };
    // The totals, the per-dimension sums and the deducted items of the summary, and the disputes.
    expect((await statements(QA)) - (await statements(WITHOUT_QA))).toBe(4);
  });
});
