import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newId } from '../../shared/ids';
import { AuditEntry } from '../audit';
import { Team } from '../team';
import { insertEvaluationRows } from './evaluation-rows';
import { TrainingSession } from './training-session.entity';

const FIGURES = 'agentId teamId evaluations average previousEvaluations previousAverage change dimensions { dimension average items previousAverage change }';
const SUMMARY = `query($period: SummaryPeriodKind!, $date: LocalDate!, $teamId: ID, $lowestLimit: Int) {
  qualitySummary(period: $period, date: $date, teamId: $teamId, lowestLimit: $lowestLimit) {
    periodStart periodEnd previousStart overall { ${FIGURES} } teams { ${FIGURES} team { name } } agents { ${FIGURES} agent { name } }
    lowestItems { agentId dimension score maxScore comment agent { id } } commonComments { phrase count } } }`;

/** `path:code` of each field error of the first error. */
const fieldCodes = (result: { errors?: Array<{ extensions: Record<string, any> }> }) => (result.errors?.[0].extensions.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`);

const dims = (tone: number, attitude: number, toneComment: string | null = null, attitudeComment: string | null = null) => [
  { dimension: 'TONE', score: tone, maxScore: 10, comment: toneComment },
  { dimension: 'ATTITUDE', score: attitude, maxScore: 10, comment: attitudeComment },
];

describe('QA summaries (质检汇总) and training plans (培训)', () => {
  let t: TestApp;
  let qa: string;
  let manager: string;
  let leader: string;
  let agentToken: string;
  let a: string;
  let b: string;
  let c: string;
  let t1: string;
  let t2: string;

  beforeAll(async () => {
    t = await startTestApp();
    [t1, t2] = [newId(), newId()];
    const now = new Date();
    await t.dataSource.getRepository(Team).insert([
      { id: t1, version: 1, createdAt: now, updatedAt: now, name: '一组' },
      { id: t2, version: 1, createdAt: now, updatedAt: now, name: '二组' },
    ] as never);
    const inspector = await t.staffWithToken('QA_INSPECTOR');
    qa = inspector.token;
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    leader = (await t.staffWithToken('SHIFT_LEADER', { teamId: t1 })).token;
    const agentA = await t.staffWithToken('AGENT', { teamId: t1, name: '张敏' });
    [a, agentToken] = [agentA.staff.id, agentA.token];
    b = (await makeStaff(t.dataSource, { role: 'AGENT', teamId: t1, name: '李娜' })).id;
    c = (await makeStaff(t.dataSource, { role: 'AGENT', teamId: t2, name: '王强' })).id;
    const row = (agentId: string, teamId: string, month: string, status: string, total: number, submittedAt: string, scores: ReturnType<typeof dims>) => ({
      agentId, teamId, inspectorId: inspector.staff.id, month, status, total, submittedAt: new Date(submittedAt), scores,
    });
    await insertEvaluationRows(t.dataSource.manager, [
      row(a, t1, '2026-11', 'SUBMITTED', 80, '2026-11-18T02:00:00Z', dims(8, 8, '语速过快，未使用标准开场白', '态度冷淡')),
      row(a, t1, '2026-11', 'ACKNOWLEDGED', 60, '2026-11-10T02:00:00Z', dims(5, 7, '语速过快')),
      // 00:30 on Monday 16 November in Shanghai: the week of the 18th, though still Sunday in UTC
      row(b, t1, '2026-11', 'REVISED', 90, '2026-11-15T16:30:00Z', dims(9, 9, '未使用标准开场白。')),
      row(b, t1, '2026-11', 'DRAFT', 10, '2026-11-18T03:00:00Z', dims(1, 1, '草稿', '草稿')),
      row(c, t2, '2026-11', 'DISPUTED', 0, '2026-11-03T02:00:00Z', dims(2, 10, '语速过快')),
      row(a, t1, '2026-10', 'UPHELD', 70, '2026-10-20T02:00:00Z', dims(7, 7)),
      row(c, t2, '2026-10', 'SUBMITTED', 50, '2026-10-21T02:00:00Z', dims(5, 5)),
    ]);
  });
  afterAll(() => t.close());

  const summary = (variables: Record<string, unknown>, token = qa) => t.gql(SUMMARY, { period: 'MONTH', date: '2026-11-20', ...variables }, token);

  it('averages the month per dimension against the month before, counting no drafts', async () => {
    const result = await summary({});
    expect(result.errors).toBeUndefined();
    const s = result.data?.qualitySummary;
    expect(s).toMatchObject({ periodStart: '2026-11-01', periodEnd: '2026-11-30', previousStart: '2026-10-01' });
    expect(s.overall).toMatchObject({ agentId: null, evaluations: 4, average: 57.5, previousEvaluations: 2, previousAverage: 60, change: -2.5 });
    expect(s.overall.dimensions).toEqual([
      { dimension: 'ATTITUDE', average: 85, items: 4, previousAverage: 60, change: 25 },
      { dimension: 'TONE', average: 60, items: 4, previousAverage: 60, change: 0 },
    ]);
  });

  it('gives each team and agent their figures and trend', async () => {
    const s = (await summary({})).data?.qualitySummary;
    const byTeam = Object.fromEntries(s.teams.map((x: { team: { name: string }; average: number; previousAverage: number; change: number }) => [x.team.name, [x.average, x.previousAverage, x.change]]));
    expect(byTeam).toEqual({ 一组: [76.7, 70, 6.7], 二组: [0, 50, -50] });
    const byName = Object.fromEntries(s.agents.map((x: { agent: { name: string } }) => [x.agent.name, x]));
    expect(byName.张敏).toMatchObject({ teamId: t1, evaluations: 2, average: 70, previousAverage: 70, change: 0 });
    expect(byName.李娜).toMatchObject({ evaluations: 1, average: 90, previousAverage: null, change: null });
    expect(byName.王强).toMatchObject({ teamId: t2, average: 0, previousAverage: 50, change: -50 });
    expect(byName.李娜.dimensions).toEqual([
      { dimension: 'ATTITUDE', average: 90, items: 1, previousAverage: null, change: null },
      { dimension: 'TONE', average: 90, items: 1, previousAverage: null, change: null },
    ]);
  });

  it('lists the lowest items with their comments, and the clauses the comments repeat', async () => {
    const s = (await summary({ lowestLimit: 3 })).data?.qualitySummary;
    expect(s.lowestItems).toEqual([
      { agentId: c, dimension: 'TONE', score: 2, maxScore: 10, comment: '语速过快', agent: { id: c } },
      { agentId: a, dimension: 'TONE', score: 5, maxScore: 10, comment: '语速过快', agent: { id: a } },
      { agentId: a, dimension: 'ATTITUDE', score: 7, maxScore: 10, comment: null, agent: { id: a } },
    ]);
    expect(s.commonComments).toEqual([
      { phrase: '语速过快', count: 3 },
      { phrase: '未使用标准开场白', count: 2 },
    ]);
  });

  it('reads a summary in the same few statements for one team or all, with agents and teams (no N+1)', async () => {
    const statementsOf = async (variables: Record<string, unknown>) => {
      t.stats.length = 0;
      expect((await summary(variables)).errors).toBeUndefined();
      return t.stats[0].statements;
    };
    const all = await statementsOf({ lowestLimit: 50 });
    expect(await statementsOf({ teamId: t2, lowestLimit: 1 })).toBe(all);
    // session, totals, per-dimension sums, deducted items, then the agents and teams of the answer
    expect(all).toBeLessThanOrEqual(6);
  });

  it('summarises a week Monday to Sunday in business time, against the week before', async () => {
    const s = (await summary({ period: 'WEEK', date: '2026-11-18' })).data?.qualitySummary;
    expect(s).toMatchObject({ periodStart: '2026-11-16', periodEnd: '2026-11-22', previousStart: '2026-11-09' });
    expect(s.overall).toMatchObject({ evaluations: 2, average: 85, previousEvaluations: 1, previousAverage: 60, change: 25 });
  });

  it('narrows to a team; a shift leader sees only their own team; agents see none', async () => {
    expect((await summary({ teamId: t2 })).data?.qualitySummary.overall).toMatchObject({ evaluations: 1, average: 0 });
    const asLeader = (await summary({ teamId: t2 }, leader)).data?.qualitySummary;
    expect(asLeader.overall).toMatchObject({ evaluations: 3, average: 76.7 });
    expect(asLeader.agents.map((x: { agentId: string }) => x.agentId).sort()).toEqual([a, b].sort());
    expect((await summary({}, agentToken)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers bad input with BAD_USER_INPUT and the field', async () => {
    const badDate = await summary({ date: '2026-02-30' });
    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const badLimit = await summary({ lowestLimit: 51 });
    expect(badLimit.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldCodes(badLimit)).toEqual(['lowestLimit:outOfRange']);
  });

  const PLAN = 'id version status topic dimension plannedOn agentIds sourcePeriodKind sourcePeriodStart availableActions sessions { heldOn results { staffId attended examScore staff { id } } }';
  const CREATE_PLAN = `mutation($input: CreateTrainingPlanInput!) { createTrainingPlan(input: $input) { ${PLAN} } }`;
  const SESSION = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id heldOn results { staffId attended examScore } } }`;
  const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveTrainingPlan(id: $id, version: $version, input: { note: "已完成" }) { ${PLAN} } }`;
  const UPDATE_PLAN = `mutation($id: ID!, $version: Int!, $input: UpdateTrainingPlanInput!) { updateTrainingPlan(id: $id, version: $version, input: $input) { ${PLAN} } }`;
  const PLANS = `query($filter: TrainingPlanFilter) { trainingPlans(filter: $filter) { items { id topic } } }`;

  it('plans training from a summary, records a session with attendance and exam scores, and archives it for good', async () => {
    const created = await t.gql(CREATE_PLAN, { input: { topic: '语速与开场白专项培训', dimension: 'TONE', agentIds: [a, b], plannedOn: '2026-12-08', sourcePeriodKind: 'MONTH', sourcePeriodStart: '2026-11-01' } }, qa);
    expect(created.errors).toBeUndefined();
    const plan = created.data?.createTrainingPlan;
    expect(plan).toMatchObject({ version: 1, status: 'PLANNED', dimension: 'TONE', agentIds: [a, b].sort(), sourcePeriodKind: 'MONTH', availableActions: ['UPDATE', 'ARCHIVE'], sessions: [] });

    expect((await t.gql(PLANS, {}, agentToken)).data?.trainingPlans.items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    const other = await t.staffWithToken('AGENT');
    expect((await t.gql(PLANS, {}, other.token)).data?.trainingPlans.items).toEqual([]);

    const notInPlan = await t.gql(SESSION, { input: { planId: plan.id, heldOn: '2026-12-08', results: [{ staffId: c, attended: true, examScore: 90 }] } }, qa);
    expect(fieldCodes(notInPlan)).toEqual(['results.0.staffId:notInPlan']);
    const absentWithScore = await t.gql(SESSION, { input: { planId: plan.id, heldOn: '2026-12-08', results: [{ staffId: b, attended: false, examScore: 60 }] } }, qa);
    expect(fieldCodes(absentWithScore)).toEqual(['results.0.examScore:scoreWithoutAttendance']);
    expect(await t.dataSource.getRepository(TrainingSession).countBy({ planId: plan.id })).toBe(0);

    const session = await t.gql(SESSION, { input: { planId: plan.id, heldOn: '2026-12-08', note: '讲解标准开场白', results: [{ staffId: a, attended: true, examScore: 88.5 }, { staffId: b, attended: false }] } }, qa);
    expect(session.errors).toBeUndefined();
    expect(session.data?.createTrainingSession.results).toEqual([
      { staffId: a, attended: true, examScore: 88.5 },
      { staffId: b, attended: false, examScore: null },
    ].sort((x, y) => (x.staffId < y.staffId ? -1 : 1)));

    expect((await t.gql(ARCHIVE, { id: plan.id, version: 1 }, manager)).errors?.[0].extensions.code).toBe('CONFLICT');
    const archived = await t.gql(ARCHIVE, { id: plan.id, version: 2 }, manager);
    expect(archived.data?.archiveTrainingPlan).toMatchObject({ status: 'ARCHIVED', availableActions: [], sessions: [{ heldOn: '2026-12-08' }] });
    expect(archived.data?.archiveTrainingPlan.sessions[0].results).toHaveLength(2);
    expect((await t.gql(ARCHIVE, { id: plan.id, version: 3 }, manager)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect((await t.gql(UPDATE_PLAN, { id: plan.id, version: 3, input: { topic: '改' } }, manager)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect((await t.gql(SESSION, { input: { planId: plan.id, heldOn: '2026-12-09', results: [] } }, qa)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');

    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: plan.id });
    expect(audit.map((row) => `${row.action}:${row.field ?? ''}`).sort()).toEqual(['CREATE:', 'UPDATE:archiveNote', 'UPDATE:status']);
  });

  it('checks a plan’s input and who may write one', async () => {
    const bad = await t.gql(CREATE_PLAN, { input: { topic: ' ', agentIds: [a, a], plannedOn: '2026-12-08' } }, qa);
    expect(fieldCodes(bad)).toEqual(['topic:required', 'agentIds:duplicate']);
    const unknown = await t.gql(CREATE_PLAN, { input: { topic: '培训', agentIds: [a, newId()], plannedOn: '2026-12-08' } }, qa);
    expect(fieldCodes(unknown)).toEqual(['agentIds.1:notFound']);
    expect((await t.gql(CREATE_PLAN, { input: { topic: '培训', agentIds: [a], plannedOn: '2026-12-08' } }, agentToken)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const planned = (await t.gql(CREATE_PLAN, { input: { topic: '应变能力', agentIds: [c], plannedOn: '2026-12-20' } }, leader)).data?.createTrainingPlan;
    const moved = await t.gql(UPDATE_PLAN, { id: planned.id, version: 1, input: { agentIds: [b, c], plannedOn: '2026-12-21' } }, qa);
    expect(moved.data?.updateTrainingPlan).toMatchObject({ version: 2, plannedOn: '2026-12-21', agentIds: [b, c].sort() });
  });
});
