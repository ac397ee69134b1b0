import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, sh } from '../../test/report-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Complaint } from '../complaint/complaint.entity';
import { runRollupJob } from './report-rollup.job';

const HOME = 'query { homeScreen { countedAt items { key count needsAction target { route filter } } } }';
type Item = { key: string; count: number; needsAction: boolean; target: { route: string; filter: string | null } };

describe('the home screen per role (首页)', () => {
  let t: TestApp;
  let data: Awaited<ReturnType<typeof buildReportData>>;
  const home = async (token: string) => {
    const res = await t.gql<{ homeScreen: { items: Item[] } }>(HOME, {}, token);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.homeScreen.items.map((item) => [item.key, item]));
  };
  const counts = (items: Record<string, Item>) => Object.fromEntries(Object.entries(items).map(([key, item]) => [key, item.count]));

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(sh('2026-12-09', '20:00'));
    data = await buildReportData(t);
    await runRollupJob(t.dataSource, t.clock.now(), 'Asia/Shanghai');
    // A real urge of a2's complaint c5.
    const c5 = await t.dataSource.getRepository(Complaint).findOneByOrFail({ id: data.complaints.c5.id });
    const urged = await t.gql(
      'mutation($id: ID!, $version: Int) { urgeComplaint(id: $id, version: $version) { id } }',
      { id: c5.id, version: c5.version },
      data.a2.token,
    );
    expect(urged.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('an agent: first contacts, follow-ups due today, complaints, urged ones, shifts this week', async () => {
    const items = await home(data.a2.token);
    expect(Object.keys(items)).toEqual([
      'FIRST_CONTACTS_DUE',
      'FOLLOW_UPS_DUE_TODAY',
      'MY_OPEN_COMPLAINTS',
      'MY_OVERDUE_COMPLAINTS',
      'MY_URGED_COMPLAINTS',
      'MY_SHIFTS_THIS_WEEK',
      'UNREAD_NOTICES',
    ]);
    // f3 and f4 are due today and open; c5 is open and past its time limit (c3 is closed); the Wednesday shift.
    expect(counts(items)).toEqual({
      FIRST_CONTACTS_DUE: 0,
      FOLLOW_UPS_DUE_TODAY: 2,
      MY_OPEN_COMPLAINTS: 1,
      MY_OVERDUE_COMPLAINTS: 1,
      MY_URGED_COMPLAINTS: 1,
      MY_SHIFTS_THIS_WEEK: 1,
      UNREAD_NOTICES: 0,
    });
    expect(items.FOLLOW_UPS_DUE_TODAY.needsAction).toBe(true);
    expect(items.MY_OPEN_COMPLAINTS.needsAction).toBe(false);
    expect(items.FOLLOW_UPS_DUE_TODAY.target.route).toBe('/followUps');
    expect(JSON.parse(items.FOLLOW_UPS_DUE_TODAY.target.filter!)).toEqual({
      mine: true,
      status: ['OPEN', 'IN_PROGRESS'],
      dueAtTo: sh('2026-12-10', '00:00').toISOString(),
    });
    // The target list accepts its filter and shows the same number.
    const list = await t.gql(
      'query($f: FollowUpFilter) { followUps(filter: $f) { total items { id } } }',
      { f: JSON.parse(items.FOLLOW_UPS_DUE_TODAY.target.filter!) },
      data.a2.token,
    );
    expect(list.data!.followUps.items.map((f: { id: string }) => f.id).sort()).toEqual([data.followUps.f3.id, data.followUps.f4.id].sort());
    const complaints = await t.gql(
      'query($f: ComplaintFilter) { complaints(filter: $f) { items { id } } }',
      { f: JSON.parse(items.MY_OVERDUE_COMPLAINTS.target.filter!) },
      data.a2.token,
    );
    expect(complaints.data!.complaints.items).toEqual([{ id: data.complaints.c5.id }]);
  });

  it('a shift leader: escalations for their opinion, on duty, swaps, handovers, the team’s complaints open > 24 h', async () => {
    const items = await home(data.leader.token);
    expect(Object.keys(items)).toEqual([
      'ESCALATIONS_AWAITING_OPINION',
      'ON_DUTY_NOW',
      'SWAPS_AWAITING_ME',
      'HANDOVERS_TO_ACKNOWLEDGE',
      'TEAM_LONG_OPEN_COMPLAINTS',
      'FOLLOW_UPS_DUE_TODAY',
      'MY_SHIFTS_THIS_WEEK',
      'UNREAD_NOTICES',
    ]);
    const c = counts(items);
    // Three escalations went to the leader; at 20:00 the day shift (08:00–17:00) is over; c2 is the team's one open > 24 h.
    expect(c).toMatchObject({
      ESCALATIONS_AWAITING_OPINION: 3,
      ON_DUTY_NOW: 0,
      SWAPS_AWAITING_ME: 0,
      HANDOVERS_TO_ACKNOWLEDGE: 0,
      TEAM_LONG_OPEN_COMPLAINTS: 1,
      MY_SHIFTS_THIS_WEEK: 1,
    });
    expect(items.TEAM_LONG_OPEN_COMPLAINTS.target.route).toBe('/reports/daily');
    expect(items.ESCALATIONS_AWAITING_OPINION.needsAction).toBe(true);
  });

  it('a manager: approvals, leave, the overdue board, workload, key-customer coverage, complaints open > 24 h', async () => {
    const items = await home(data.manager.token);
    expect(Object.keys(items)).toEqual([
      'APPROVALS',
      'LEAVE_AWAITING_ME',
      'ESCALATIONS_AWAITING_OPINION',
      'OVERDUE_COMPLAINTS',
      'AGENTS_IN_WORKLOAD',
      'KEY_CUSTOMER_COVERAGE_GAPS',
      'TEAM_LONG_OPEN_COMPLAINTS',
      'QA_AGENTS_UNDER_QUOTA',
      'QA_DISPUTES',
    ]);
    // Open and past the time limit: c1, c2, c4, c5; open > 24 h department-wide: c2 and c4; three active agents.
    expect(counts(items)).toMatchObject({
      APPROVALS: 0,
      LEAVE_AWAITING_ME: 0,
      ESCALATIONS_AWAITING_OPINION: 0,
      OVERDUE_COMPLAINTS: 4,
      AGENTS_IN_WORKLOAD: 3,
      TEAM_LONG_OPEN_COMPLAINTS: 2,
    });
    expect(items.OVERDUE_COMPLAINTS.target.route).toBe('/complaints-overdue');
  });

  it('QA: agents under the month’s quota, disputes, unread notices; an agent’s unread notice counts until read', async () => {
    const before = await home(data.qa.token);
    expect(Object.keys(before)).toEqual(['QA_AGENTS_UNDER_QUOTA', 'QA_DISPUTES', 'UNREAD_NOTICES', 'MY_SHIFTS_THIS_WEEK']);
    // Three active agents, none evaluated this month yet.
    expect(counts(before)).toMatchObject({ QA_AGENTS_UNDER_QUOTA: 3, QA_DISPUTES: 0, UNREAD_NOTICES: 0 });
    expect(before.QA_AGENTS_UNDER_QUOTA.target.route).toBe('/quality/workspace');

    // QA scores one of a2's calls of the month and a2 disputes it; the manager publishes a notice.
    const [call] = await t.dataSource.query('SELECT id FROM interaction WHERE staff_id = ? AND archived_at IS NULL ORDER BY occurred_at DESC LIMIT 1', [
      data.a2.staff.id,
    ]);
    const draft = await t.gql(
      'mutation($i: CreateQualityEvaluationInput!) { createQualityEvaluation(input: $i) { id version } }',
      { i: { subjectKind: 'INTERACTION', subjectId: call.id } },
      data.qa.token,
    );
    expect(draft.errors).toBeUndefined();
    const scores = ['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY'].map((dimension) => ({ dimension, score: 6 }));
    const { id, version } = draft.data!.createQualityEvaluation;
    const submitted = await t.gql(
      'mutation($id: ID!, $v: Int!, $i: SubmitQualityEvaluationInput!) { submitQualityEvaluation(id: $id, version: $v, input: $i) { version } }',
      { id, v: version, i: { scores } },
      data.qa.token,
    );
    expect(submitted.errors).toBeUndefined();
    const disputed = await t.gql(
      'mutation($id: ID!, $v: Int!) { disputeQualityEvaluation(id: $id, version: $v, input: { reason: "通话中已复述客户诉求，请复核" }) { status } }',
      { id, v: submitted.data!.submitQualityEvaluation.version },
      data.a2.token,
    );
    expect(disputed.errors).toBeUndefined();
    const notice = await t.gql(
      'mutation($i: CreateNoticeInput!) { createNotice(input: $i) { id version } }',
      { i: { kind: 'POLICY_CHANGE', title: '退货期限调整', body: '质量问题退货期限延长至15天。' } },
      data.manager.token,
    );
    const published = await t.gql(
      'mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }',
      { id: notice.data!.createNotice.id, v: notice.data!.createNotice.version },
      data.manager.token,
    );
    expect(published.errors).toBeUndefined();

    const after = await home(data.qa.token);
    expect(counts(after)).toMatchObject({ QA_AGENTS_UNDER_QUOTA: 2, QA_DISPUTES: 1, UNREAD_NOTICES: 1 });
    expect(JSON.parse(after.QA_DISPUTES.target.filter!)).toEqual({ status: ['DISPUTED'] });
    expect((await home(data.manager.token)).QA_DISPUTES.count).toBe(1);
    const agentHome = await home(data.a2.token);
    expect(agentHome.UNREAD_NOTICES).toMatchObject({
      count: 1,
      needsAction: true,
      target: { route: '/notices', filter: JSON.stringify({ awaitingMe: true }) },
    });
    await t.gql('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: notice.data!.createNotice.id }, data.a2.token);
    expect((await home(data.a2.token)).UNREAD_NOTICES.count).toBe(0);
  });

  it('an administrator: users, settings, years without holidays', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const items = await home(admin.token);
    expect(Object.keys(items)).toEqual(['ACTIVE_USERS', 'SETTINGS', 'HOLIDAY_YEARS_MISSING']);
    expect(items.ACTIVE_USERS.count).toBe(7);
    expect(items.SETTINGS.count).toBeGreaterThan(10);
    expect(items.HOLIDAY_YEARS_MISSING.target.route).toBe('/holiday-import');
  });

  it('refuses without a session', async () => {
    const res = await t.gql(HOME, {});
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
