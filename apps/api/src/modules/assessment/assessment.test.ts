import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplaint, makeCustomer, makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { AttendanceViolation } from '../attendance';
import { AuditEntry } from '../audit';
import { Complaint } from '../complaint';
import { FollowUp } from '../follow-up';
import { insertEvaluationRows } from '../quality-summary/evaluation-rows';
import { MonthlyAssessment } from './monthly-assessment.entity';

const FIELDS = 'id version status staffId month score computedScore adjustedScore adjustmentReason qaAverage qaEvaluations followUpsDue followUpsOnTime complaintsClosed complaintsWithinDeadline satisfactionAnswers satisfied violations pointsPerViolation parts { part value weight } availableActions';
const COMPUTE = 'mutation($input: ComputeMonthlyAssessmentsInput!) { computeMonthlyAssessments(input: $input) { month created updated unchanged } }';
const LIST = `query($filter: MonthlyAssessmentFilter) { monthlyAssessments(filter: $filter, page: { limit: 50 }) { items { ${FIELDS} staff { id } } } }`;
const ONE = `query($id: ID!) { monthlyAssessment(id: $id) { ${FIELDS} } }`;
const ADJUST = `mutation($id: ID!, $version: Int!, $input: AdjustMonthlyAssessmentInput!) { adjustMonthlyAssessment(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $version: Int!) { confirmMonthlyAssessment(id: $id, version: $version, input: { note: "已核对" }) { ${FIELDS} } }`;
const SETTING = 'mutation($version: Int!, $value: Int!) { updateSetting(key: QUALITY_ASSESSMENT_WEIGHT_QA, version: $version, value: $value) { version value } }';

const fieldCodes = (result: { errors?: Array<{ extensions: Record<string, any> }> }) => (result.errors?.[0].extensions.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`);
const at = (iso: string) => new Date(iso);

describe('monthly assessment (月考核)', () => {
  let t: TestApp;
  let manager: string;
  let inspector: string;
  let leader: string;
  let admin: string;
  let agentToken: string;
  let a: string;
  let b: string;
  let c: string;
  const team = newId();

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at('2026-12-10T02:00:00Z'));
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    const qa = await t.staffWithToken('QA_INSPECTOR');
    inspector = qa.token;
    leader = (await t.staffWithToken('SHIFT_LEADER', { teamId: team })).token;
    admin = (await t.staffWithToken('ADMIN')).token;
    const agentA = await t.staffWithToken('AGENT', { teamId: team });
    [a, agentToken] = [agentA.staff.id, agentA.token];
    b = (await makeStaff(t.dataSource, { role: 'AGENT', teamId: team })).id;
    c = (await makeStaff(t.dataSource, { role: 'AGENT' })).id;
    await makeStaff(t.dataSource, { role: 'AGENT', active: false });

    const ev = (agentId: string, status: string, total: number, month = '2026-11') => ({ agentId, teamId: team, inspectorId: qa.staff.id, month, status, total, submittedAt: at('2026-11-20T02:00:00Z'), scores: [] });
    await insertEvaluationRows(t.dataSource.manager, [ev(a, 'SUBMITTED', 80), ev(a, 'ACKNOWLEDGED', 60), ev(a, 'DRAFT', 0), ev(a, 'SUBMITTED', 10, '2026-10'), ev(b, 'REVISED', 90), ev(c, 'DISPUTED', 0)]);

    // A: two follow-ups due in November, one done in time (满意) and one late (不满意); a cancelled one does not count
    const customer = await makeCustomer(t.dataSource);
    const followUp = (assigneeId: string, dueAt: string, status: string, completedAt: string | null, satisfaction: string | null) =>
      Object.assign(new FollowUp(), { ...newRecord(at('2026-11-01T00:00:00Z')), customerId: customer.id, contactId: null, trigger: 'MANUAL', sourceId: null, sourceCategoryId: null, triggerKey: null, assigneeId, teamId: team, dueAt: at(dueAt), status, nextAttemptAt: null, appointmentAt: null, attemptCount: 1, attemptsCountedFrom: null, reachedAt: completedAt ? at(completedAt) : null, completedAt: completedAt ? at(completedAt) : null, satisfaction, score: null, suggestions: null, improvement: null, unsatisfiedAction: null, serious: false, note: null, createdById: null, archivedAt: null });
    await t.dataSource.getRepository(FollowUp).insert([
      followUp(a, '2026-11-05T09:00:00Z', 'DONE', '2026-11-04T09:00:00Z', 'SATISFIED'),
      followUp(a, '2026-11-10T09:00:00Z', 'DONE', '2026-11-12T09:00:00Z', 'UNSATISFIED'),
      followUp(a, '2026-11-15T09:00:00Z', 'CANCELLED', null, null),
    ]);
    // A closes a complaint in time, B one late
    const inTime = await makeComplaint(t.dataSource, { ownerId: a, receivedAt: at('2026-11-02T02:00:00Z') });
    const late = await makeComplaint(t.dataSource, { ownerId: b, receivedAt: at('2026-11-02T02:00:00Z') });
    await t.dataSource.getRepository(Complaint).update(inTime.id, { status: 'CLOSED', dueAt: at('2026-11-09T02:00:00Z'), closedAt: at('2026-11-06T02:00:00Z') } as never);
    await t.dataSource.getRepository(Complaint).update(late.id, { status: 'CLOSED', dueAt: at('2026-11-09T02:00:00Z'), closedAt: at('2026-11-11T02:00:00Z') } as never);
    // A one violation, C six (the discipline part cannot go below 0)
    const violation = (staffId: string) => ({ id: newId(), staffId, teamId: null, kind: 'LATE', occurredAt: at('2026-11-03T01:00:00Z'), month: '2026-11', minutes: 25, note: null, attendanceRecordId: null, recordedById: null, createdAt: at('2026-11-03T01:00:00Z') });
    await t.dataSource.getRepository(AttendanceViolation).insert([violation(a), ...Array.from({ length: 6 }, () => violation(c))] as never);
  });
  afterAll(() => t.close());

  const mine = async (staffId: string) => (await t.dataSource.getRepository(MonthlyAssessment).findOneByOrFail({ staffId, month: '2026-11' })).id;
  const read = async (staffId: string, token = manager) => (await t.gql(ONE, { id: await mine(staffId) }, token)).data?.monthlyAssessment;

  it('computes every active agent’s month from the figures behind it, with the weights of the settings', async () => {
    const computed = await t.gql(COMPUTE, { input: { month: '2026-11' } }, inspector);
    expect(computed.errors).toBeUndefined();
    expect(computed.data?.computeMonthlyAssessments).toEqual({ month: '2026-11', created: 3, updated: 0, unchanged: 0 });
    // A: QA 70, follow-ups 1/2 = 50, complaints 1/1 = 100, satisfaction 1/2 = 50, discipline 100 − 20 = 80
    // (70×40 + 50×15 + 100×15 + 50×20 + 80×10) / 100 = 68.5
    expect(await read(a)).toMatchObject({
      status: 'COMPUTED', score: 68.5, computedScore: 68.5, adjustedScore: null, qaAverage: 70, qaEvaluations: 2, followUpsDue: 2, followUpsOnTime: 1,
      complaintsClosed: 1, complaintsWithinDeadline: 1, satisfactionAnswers: 2, satisfied: 1, violations: 1, pointsPerViolation: 20, availableActions: ['ADJUST', 'CONFIRM'],
      parts: [
        { part: 'qa', value: 70, weight: 40 },
        { part: 'followUpTimeliness', value: 50, weight: 15 },
        { part: 'complaintTimeliness', value: 100, weight: 15 },
        { part: 'satisfaction', value: 50, weight: 20 },
        { part: 'discipline', value: 80, weight: 10 },
      ],
    });
    // B: no follow-ups, so those parts pass their weight on: (90×40 + 0×15 + 100×10) / 65 = 70.8
    expect(await read(b)).toMatchObject({ score: 70.8, followUpsDue: 0, complaintsClosed: 1, complaintsWithinDeadline: 0 });
    expect((await read(b)).parts.map((p: { value: number | null }) => p.value)).toEqual([90, null, 0, null, 100]);
    // C: a disputed 0 and six violations
    expect(await read(c)).toMatchObject({ score: 0, qaAverage: 0, violations: 6 });
  });

  it('recomputes with changed weights (kept with each assessment), and leaves unchanged figures alone', async () => {
    expect((await t.gql(COMPUTE, { input: { month: '2026-11' } }, manager)).data?.computeMonthlyAssessments).toEqual({ month: '2026-11', created: 0, updated: 0, unchanged: 3 });
    const setting = await t.gql(SETTING, { version: 0, value: 0 }, admin);
    expect(setting.errors).toBeUndefined();
    expect((await t.gql(COMPUTE, { input: { month: '2026-11' } }, manager)).data?.computeMonthlyAssessments).toMatchObject({ updated: 3, unchanged: 0 });
    // without QA: (50×15 + 100×15 + 50×20 + 80×10) / 60 = 67.5
    expect(await read(a)).toMatchObject({ score: 67.5, version: 2 });
    await t.gql(SETTING, { version: setting.data?.updateSetting.version, value: 40 }, admin);
    await t.gql(COMPUTE, { input: { month: '2026-11' } }, manager);
    expect(await read(a)).toMatchObject({ score: 68.5, version: 3 });
  });

  it('shows an agent only their own, a shift leader their team’s', async () => {
    const own = (await t.gql(LIST, {}, agentToken)).data?.monthlyAssessments.items;
    expect(own.map((x: { staffId: string }) => x.staffId)).toEqual([a]);
    expect(own[0].availableActions).toEqual([]);
    expect((await t.gql(ONE, { id: await mine(b) }, agentToken)).data?.monthlyAssessment).toBeNull();
    expect((await t.gql(LIST, { filter: { staffId: b } }, agentToken)).data?.monthlyAssessments.items).toEqual([]);
    const team = (await t.gql(LIST, { filter: { month: '2026-11' } }, leader)).data?.monthlyAssessments.items;
    expect(team.map((x: { staffId: string }) => x.staffId).sort()).toEqual([a, b].sort());
    expect((await t.gql(LIST, { filter: { month: '2026-11' } }, manager)).data?.monthlyAssessments.items).toHaveLength(3);
  });

  it('is adjusted by a manager with a reason (audited), then confirmed; inspectors can do neither', async () => {
    const id = await mine(a);
    expect((await t.gql(ADJUST, { id, version: 3, input: { score: 75, reason: '客户表扬信两封' } }, inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(CONFIRM, { id, version: 3 }, inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(ADJUST, { id, version: 3, input: { score: 100.5, reason: ' ' } }, manager);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldCodes(bad)).toEqual(['score:outOfRange', 'reason:required']);
    expect((await t.gql(ADJUST, { id, version: 2, input: { score: 75, reason: '客户表扬信两封' } }, manager)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await read(a)).version).toBe(3);

    const adjusted = await t.gql(ADJUST, { id, version: 3, input: { score: 75, reason: '客户表扬信两封' } }, manager);
    expect(adjusted.data?.adjustMonthlyAssessment).toMatchObject({ version: 4, status: 'COMPUTED', score: 75, computedScore: 68.5, adjustedScore: 75, adjustmentReason: '客户表扬信两封' });
    // a recomputation keeps the adjustment
    await t.gql(COMPUTE, { input: { month: '2026-11', staffIds: [a] } }, inspector);
    expect(await read(a)).toMatchObject({ score: 75, version: 4 });

    const confirmed = await t.gql(CONFIRM, { id, version: 4 }, manager);
    expect(confirmed.data?.confirmMonthlyAssessment).toMatchObject({ version: 5, status: 'CONFIRMED', score: 75, availableActions: [] });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: id });
    expect(audit.filter((row) => row.field !== 'computedScore' && row.field !== 'qaAverage').map((row) => `${row.field}:${row.newValue}`).sort()).toEqual(
      ['adjustedScore:75', 'adjustmentReason:客户表扬信两封', 'confirmationNote:已核对', 'status:CONFIRMED'].sort(),
    );
  });

  it('keeps a confirmed assessment as it is: no recomputation, no adjustment, no second confirmation', async () => {
    const id = await mine(a);
    await t.dataSource.getRepository(AttendanceViolation).insert({ id: newId(), staffId: a, teamId: null, kind: 'ABSENT_FROM_POST', occurredAt: at('2026-11-20T03:00:00Z'), month: '2026-11', minutes: 30, note: '离岗', attendanceRecordId: null, recordedById: null, createdAt: at('2026-11-20T03:00:00Z') } as never);
    expect((await t.gql(COMPUTE, { input: { month: '2026-11' } }, inspector)).data?.computeMonthlyAssessments).toMatchObject({ updated: 0, unchanged: 3 });
    expect(await read(a)).toMatchObject({ version: 5, violations: 1, score: 75, status: 'CONFIRMED' });
    expect((await t.gql(ADJUST, { id, version: 5, input: { score: 60, reason: '再议' } }, manager)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect((await t.gql(CONFIRM, { id, version: 5 }, manager)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a malformed or future month, unknown agents, and agents and leaders computing', async () => {
    expect(fieldCodes(await t.gql(COMPUTE, { input: { month: '2026-13' } }, manager))).toEqual(['month:invalidMonth']);
    expect(fieldCodes(await t.gql(COMPUTE, { input: { month: '2027-01' } }, manager))).toEqual(['month:inFuture']);
    expect(fieldCodes(await t.gql(COMPUTE, { input: { month: '2026-11', staffIds: [a, newId()] } }, manager))).toEqual(['staffIds.1:notFound']);
    expect(fieldCodes(await t.gql(LIST, { filter: { month: '11/2026' } }, manager))).toEqual(['filter.month:invalidMonth']);
    expect((await t.gql(COMPUTE, { input: { month: '2026-11' } }, agentToken)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(COMPUTE, { input: { month: '2026-11' } }, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(MonthlyAssessment).countBy({ month: '2026-11' })).toBe(3);
  });

  it('computes one agent or all in the same statements (figures grouped, one insert, one audit batch)', async () => {
    const statementsOf = async (input: Record<string, unknown>) => {
      t.stats.length = 0;
      const result = await t.gql(COMPUTE, { input }, inspector);
      expect(result.errors).toBeUndefined();
      return t.stats[0].statements;
    };
    const one = await statementsOf({ month: '2026-09', staffIds: [a] });
    const all = await statementsOf({ month: '2026-08' });
    expect(all).toBe(one);
    // session, settings, agents, five figure statements, existing assessments, insert, audit (+ transaction)
    expect(all).toBeLessThanOrEqual(14);
  });
});
