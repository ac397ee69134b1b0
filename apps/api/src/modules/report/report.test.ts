import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, sh } from '../../test/report-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { runRollupJob } from './report-rollup.job';

const FIGURES = `interactions { kind inbound outbound total } interactionTotal complaintsReceived complaintsClosed
  followUpsDue followUpsDone followUpsOverdue escalations { level count } escalationTotal urges feedback { satisfaction count }`;
const DAILY = `query($date: LocalDate, $teamId: ID) { dailyReport(date: $date, teamId: $teamId) {
  date teamId staffId figures { ${FIGURES} }
  byTeam { teamId teamName figures { interactionTotal urges } }
  byStaff { staffId staffName figures { interactionTotal followUpsOverdue } }
  longOpenTotal longOpenComplaints { id number ownerId ownerName receivedAt ageHours }
  staffing { headcount rostered onLeave available shifts }
} }`;
const WEEKLY = `query($date: LocalDate, $teamId: ID) { weeklyReport(date: $date, teamId: $teamId) {
  weekStart weekEnd teamId staffId figures { ${FIGURES} } days { date figures { interactionTotal urges followUpsDone } } byStaff { staffName figures { followUpsDone } }
} }`;

type Kinds = Array<{ kind: string; inbound: number; outbound: number; total: number }>;
const kinds = (rows: Kinds) => Object.fromEntries(rows.map((row) => [row.kind, [row.inbound, row.outbound]]));

describe('daily and weekly reports (日报 / 周报) against a hand-built data set', () => {
  let t: TestApp;
  let data: Awaited<ReturnType<typeof buildReportData>>;
  const D = '2026-12-09';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(sh(D, '20:00'));
    data = await buildReportData(t);
    const run = await runRollupJob(t.dataSource, t.clock.now(), 'Asia/Shanghai');
    expect(run.ran).toBe(true);
  });
  afterAll(() => t?.close());

  it('a team’s day: every figure as counted by hand', async () => {
    const res = await t.gql(DAILY, { date: D, teamId: data.teamA }, data.manager.token);
    expect(res.errors).toBeUndefined();
    const report = res.data!.dailyReport;
    expect(report.teamId).toBe(data.teamA);
    const f = report.figures;
    // 咨询 4 (a1 three, a2 one; a2's archived record is not counted), 查询 1, 主动服务 2, 投诉 1, 回访 3 calls.
    expect(kinds(f.interactions)).toEqual({ CONSULTATION: [4, 0], QUERY: [1, 0], PROACTIVE_CALL: [0, 2], COMPLAINT: [1, 0], FOLLOW_UP: [0, 3] });
    expect(f.interactionTotal).toBe(11);
    expect([f.complaintsReceived, f.complaintsClosed]).toEqual([1, 1]);
    // Due: f1–f4 (f5 cancelled); done: f1, f2; overdue: f2 done late, f3 not done by 12:00 (f4 is due at 22:00).
    expect([f.followUpsDue, f.followUpsDone, f.followUpsOverdue]).toEqual([4, 2, 2]);
    expect(f.escalations).toEqual([
      { level: 'SHIFT_LEADER', count: 1 },
      { level: 'DEPT_MANAGER', count: 1 },
    ]);
    expect([f.escalationTotal, f.urges]).toEqual([2, 2]);
    expect(f.feedback).toEqual(
      expect.arrayContaining([
        { satisfaction: 'SATISFIED', count: 1 },
        { satisfaction: 'AVERAGE', count: 1 },
      ]),
    );
    expect(f.feedback).toHaveLength(2);
    expect(report.byTeam).toEqual([]);
    expect(report.byStaff).toEqual([
      { staffId: data.a1.staff.id, staffName: '王芳', figures: { interactionTotal: 9, followUpsOverdue: 1 } },
      { staffId: data.a2.staff.id, staffName: '李娜', figures: { interactionTotal: 2, followUpsOverdue: 1 } },
    ]);
    // Open > 24 h at 20:00: c2 (since the 7th, 58 h); c5 (23 h) is not yet, c3 is closed.
    expect(report.longOpenTotal).toBe(1);
    expect(report.longOpenComplaints).toEqual([
      {
        id: data.complaints.c2.id,
        number: data.complaints.c2.number,
        ownerId: data.a1.staff.id,
        ownerName: '王芳',
        receivedAt: sh('2026-12-07', '10:00').toISOString(),
        ageHours: 58,
      },
    ]);
    // Team 一组: a1, a2 and the leader; all three rostered, a2 on leave.
    expect(report.staffing).toEqual({ headcount: 3, rostered: 3, onLeave: 1, available: 2, shifts: 1 });
  });

  it('the department’s day adds team 二组 and lists each team', async () => {
    const res = await t.gql(DAILY, { date: D }, data.qa.token);
    expect(res.errors).toBeUndefined();
    const report = res.data!.dailyReport;
    expect([report.teamId, report.staffId]).toEqual([null, null]);
    const f = report.figures;
    expect(kinds(f.interactions).PROACTIVE_CALL).toEqual([0, 3]);
    expect(f.interactionTotal).toBe(12);
    expect([f.followUpsDue, f.followUpsDone, f.followUpsOverdue]).toEqual([4, 3, 2]);
    expect([f.escalationTotal, f.urges]).toEqual([3, 3]);
    expect(f.feedback).toEqual(expect.arrayContaining([{ satisfaction: 'UNSATISFIED', count: 1 }]));
    expect(report.byTeam).toEqual([
      // By name in pinyin order (二 èr before 一 yī), as the console's pickers sort.
      { teamId: data.teamB, teamName: '坐席二组', figures: { interactionTotal: 1, urges: 1 } },
      { teamId: data.teamA, teamName: '坐席一组', figures: { interactionTotal: 11, urges: 2 } },
    ]);
    expect(report.longOpenComplaints.map((c: { id: string; ageHours: number }) => [c.id, c.ageHours])).toEqual([
      [data.complaints.c4.id, 83],
      [data.complaints.c2.id, 58],
    ]);
    expect(report.staffing.rostered).toBe(3);
  });

  it('a past day: its own figures, and complaints open > 24 h at its end', async () => {
    const res = await t.gql(DAILY, { date: '2026-12-08', teamId: data.teamA }, data.leader.token);
    expect(res.errors).toBeUndefined();
    const report = res.data!.dailyReport;
    expect(kinds(report.figures.interactions).CONSULTATION).toEqual([1, 0]);
    expect(report.figures.interactionTotal).toBe(1);
    // At midnight after the 8th: c2 open 38 h; c3 (received the 8th 08:00) and c5 are younger than 24 h.
    expect(report.longOpenComplaints.map((c: { id: string; ageHours: number }) => [c.id, c.ageHours])).toEqual([[data.complaints.c2.id, 38]]);
    expect(report.staffing.rostered).toBe(0);
  });

  it('an agent sees their own figures only, and cannot ask for a team', async () => {
    const own = await t.gql(DAILY, { date: D }, data.a1.token);
    expect(own.errors).toBeUndefined();
    const report = own.data!.dailyReport;
    expect([report.teamId, report.staffId]).toEqual([null, data.a1.staff.id]);
    expect(kinds(report.figures.interactions)).toEqual({ CONSULTATION: [3, 0], QUERY: [1, 0], PROACTIVE_CALL: [0, 2], COMPLAINT: [1, 0], FOLLOW_UP: [0, 2] });
    expect([report.figures.complaintsReceived, report.figures.followUpsDue, report.figures.followUpsDone, report.figures.followUpsOverdue]).toEqual([
      1, 2, 2, 1,
    ]);
    expect([report.figures.escalationTotal, report.figures.urges]).toEqual([2, 2]);
    expect(report.longOpenComplaints.map((c: { id: string }) => c.id)).toEqual([data.complaints.c2.id]);
    expect(report.staffing).toEqual({ headcount: 1, rostered: 1, onLeave: 0, available: 1, shifts: 1 });
    const team = await t.gql(DAILY, { date: D, teamId: data.teamA }, data.a1.token);
    expect(team.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a shift leader gets their team by default and may not read another', async () => {
    const own = await t.gql(DAILY, { date: D }, data.leader.token);
    expect(own.data!.dailyReport.teamId).toBe(data.teamA);
    expect(own.data!.dailyReport.figures.interactionTotal).toBe(11);
    const other = await t.gql(DAILY, { date: D, teamId: data.teamB }, data.leader.token);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reads only what is selected: the long-open count alone is one COUNT after the session', async () => {
    const statementsOf = async (query: string) => {
      t.stats.length = 0;
      const res = await t.gql(query, { date: D, teamId: data.teamA }, data.manager.token);
      expect(res.errors).toBeUndefined();
      return { report: res.data!.dailyReport, count: t.stats[0].statements };
    };
    const countOnly = await statementsOf('query($date: LocalDate, $teamId: ID) { dailyReport(date: $date, teamId: $teamId) { longOpenTotal } }');
    const whole = await statementsOf(DAILY);
    expect(countOnly.report.longOpenTotal).toBe(whole.report.longOpenTotal);
    // The session and the COUNT; the whole report reads the roll-ups, the list, the names and the roster too.
    expect(countOnly.count).toBe(2);
    expect(whole.count).toBeGreaterThan(countOnly.count + 3);
  });

  it('an administrator has no reports', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const res = await t.gql(DAILY, { date: D }, admin.token);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the week: Monday to Sunday, its days and its sums', async () => {
    const res = await t.gql(WEEKLY, { date: D, teamId: data.teamA }, data.manager.token);
    expect(res.errors).toBeUndefined();
    const week = res.data!.weeklyReport;
    expect([week.weekStart, week.weekEnd]).toEqual(['2026-12-07', '2026-12-13']);
    expect(week.days.map((d: { date: string; figures: { interactionTotal: number } }) => [d.date, d.figures.interactionTotal])).toEqual([
      ['2026-12-07', 0],
      ['2026-12-08', 1],
      ['2026-12-09', 11],
      ['2026-12-10', 1],
      ['2026-12-11', 0],
      ['2026-12-12', 0],
      ['2026-12-13', 0],
    ]);
    const f = week.figures;
    expect(f.interactionTotal).toBe(13);
    // Received that week: c2 (the 7th), c3 and c5 (the 8th), c1 (the 9th); closed: c3.
    expect([f.urges, f.followUpsDue, f.followUpsDone, f.followUpsOverdue, f.escalationTotal, f.complaintsReceived, f.complaintsClosed]).toEqual([
      2, 4, 2, 2, 2, 4, 1,
    ]);
    expect(f.feedback).toHaveLength(2);
    expect(week.byStaff).toEqual(expect.arrayContaining([{ staffName: '王芳', figures: { followUpsDone: 2 } }]));
  });
});
