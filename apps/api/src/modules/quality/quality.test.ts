import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplaint, makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit';
import { Interaction } from '../interaction';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';

const FIELDS =
  'id version status total weightedTotal criticalFailed criticalFailures month channel agentId inspectorId templateVersion disputeReason decisionReason availableActions scores { dimension score maxScore weight comment }';
const CREATE = `mutation($input: CreateQualityEvaluationInput!) { createQualityEvaluation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateQualityEvaluationInput!) { updateQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!, $input: SubmitQualityEvaluationInput!) { submitQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation($id: ID!, $version: Int!) { acknowledgeQualityEvaluation(id: $id, version: $version) { ${FIELDS} } }`;
const DISPUTE = `mutation($id: ID!, $version: Int!, $input: QualityEvaluationReasonInput!) { disputeQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const UPHOLD = `mutation($id: ID!, $version: Int!, $input: QualityEvaluationReasonInput!) { upholdQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!, $version: Int!, $input: ReviseQualityEvaluationInput!) { reviseQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const LIST = 'query($filter: QualityEvaluationFilter) { qualityEvaluations(filter: $filter) { items { id agentId status } total } }';
const ONE = `query($id: ID!) { qualityEvaluation(id: $id) { ${FIELDS} } }`;
const TEMPLATES =
  'query { scorecardTemplates { items { id version name active currentVersion current { templateVersion dimensions { code weight maxScore } criticalItems } } } }';
const UPDATE_TEMPLATE =
  'mutation($id: ID!, $version: Int!, $input: UpdateScorecardTemplateInput!) { updateScorecardTemplate(id: $id, version: $version, input: $input) { id version currentVersion versions { templateVersion } } }';
const UNDER_QUOTA = 'query($month: String!) { qualityAgentsUnderQuota(month: $month) }';
const QUEUE =
  'query($month: String!, $seed: String) { qualityQueue(month: $month, seed: $seed) { agentId evaluations quotaStatus proposals { kind id channel flagged evaluationId } } }';
const TREND =
  'query($from: String!, $to: String!, $agentId: ID) { qualityTrend(fromMonth: $from, toMonth: $to, agentId: $agentId) { month averageTotal evaluations } }';

const FULL = [
  { dimension: 'SERVICE_LANGUAGE', score: 8, comment: '开场白规范' },
  { dimension: 'ATTITUDE', score: 9 },
  { dimension: 'TONE', score: 7 },
  { dimension: 'NEEDS_SUMMARY', score: 6, comment: '未复述客户诉求' },
  { dimension: 'ADAPTABILITY', score: 10 },
];

describe('quality evaluations (质检评分)', () => {
  let t: TestApp;
  let qa: { id: string; token: string };
  let qa2: { id: string; token: string };
  let agent: { id: string; token: string };
  let other: { id: string; token: string };
  let manager: { id: string; token: string };
  let director: { id: string; token: string };
  let customerId: string;

  // Each record in a month of its own (from 2026-03 back), so these flows stay within the monthly quota.
  let records = 0;
  const interaction = async (staffId: string, occurredAt = new Date(Date.UTC(2026, 2 - records++, 10, 3)), channel: Interaction['channel'] = 'PHONE') => {
    const row = Object.assign(new Interaction(), {
      ...newRecord(new Date()),
      customerId,
      contactId: null,
      staffId,
      channel,
      direction: 'INBOUND',
      summary: '咨询滤芯更换',
      outcome: null,
      occurredAt,
      archivedAt: null,
    });
    await t.dataSource.getRepository(Interaction).insert(row);
    return row.id;
  };
  const created = async (staffId = agent.id, token = qa.token, input: Record<string, unknown> = {}) => {
    const result = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await interaction(staffId), ...input } }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.createQualityEvaluation;
  };
  const submitted = async (staffId = agent.id, token = qa.token) => {
    const draft = await created(staffId, token);
    const result = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: { scores: FULL } }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.submitQualityEvaluation;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const people = await Promise.all([
      t.staffWithToken('QA_INSPECTOR'),
      t.staffWithToken('QA_INSPECTOR'),
      t.staffWithToken('AGENT'),
      t.staffWithToken('AGENT'),
      t.staffWithToken('DEPT_MANAGER'),
      t.staffWithToken('CENTER_DIRECTOR'),
    ]);
    [qa, qa2, agent, other, manager, director] = people.map((p) => ({ id: p.staff.id, token: p.token }));
    customerId = (await makeCustomer(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('scores a record on the default scorecard: a draft, then submitted with the domain total, audited', async () => {
    const draft = await created(agent.id, qa.token, { scores: [{ dimension: 'ATTITUDE', score: 9 }] });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      total: null,
      agentId: agent.id,
      inspectorId: qa.id,
      month: '2026-03',
      channel: 'PHONE',
      templateVersion: 1,
      availableActions: ['SUBMIT'],
    });
    const incomplete = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: {} }, qa.token);
    expect(incomplete.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const done = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: { scores: FULL } }, qa.token);
    expect(done.errors).toBeUndefined();
    // (8 + 9 + 7 + 6 + 10) / 50 × 100
    expect(done.data?.submitQualityEvaluation).toMatchObject({ status: 'SUBMITTED', total: 80, weightedTotal: 80, criticalFailed: false, version: 2 });
    expect(done.data?.submitQualityEvaluation.scores.map((s: { dimension: string }) => s.dimension)).toEqual(FULL.map((s) => s.dimension));
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: draft.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['CREATE', 'UPDATE']);
  });

  it('fails the whole evaluation on a critical item but keeps the weighted total', async () => {
    const draft = await created();
    const done = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: { scores: FULL, criticalFailures: ['RUDE_LANGUAGE'] } }, qa.token);
    expect(done.data?.submitQualityEvaluation).toMatchObject({ total: 0, weightedTotal: 80, criticalFailed: true, criticalFailures: ['RUDE_LANGUAGE'] });
  });

  it('answers bad input with the documented codes and writes nothing', async () => {
    const before = await t.dataSource.getRepository(QualityEvaluation).count();
    const subjectId = await interaction(agent.id);
    const outOfScale = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, scores: [{ dimension: 'TONE', score: 11 }] } }, qa.token);
    expect(outOfScale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = await t.gql(
      CREATE,
      { input: { subjectKind: 'INTERACTION', subjectId, scores: [{ dimension: 'SPEED', score: 1 }], criticalFailures: ['NOPE'] } },
      qa.token,
    );
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await t.gql(CREATE, { input: { subjectKind: 'COMPLAINT', subjectId } }, qa.token);
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await t.dataSource.getRepository(QualityEvaluation).count()).toBe(before);
  });

  it('never lets an inspector evaluate themselves, nor an agent evaluate anyone', async () => {
    const own = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await interaction(qa.id) } }, qa.token);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(own.errors?.[0].extensions.violations[0].rule).toBe('noSelfEvaluation');
    const byAgent = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await interaction(other.id) } }, agent.token);
    expect(byAgent.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets only its inspector change a draft, with the version checked', async () => {
    const draft = await created();
    const byOther = await t.gql(UPDATE, { id: draft.id, version: draft.version, input: { comment: '改' } }, qa2.token);
    expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const stale = await t.gql(UPDATE, { id: draft.id, version: 99, input: { comment: '改' } }, qa.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const ok = await t.gql(
      UPDATE,
      { id: draft.id, version: draft.version, input: { comment: '整体良好', scores: [{ dimension: 'TONE', score: 5 }] } },
      qa.token,
    );
    expect(ok.data?.updateQualityEvaluation).toMatchObject({ version: 2, status: 'DRAFT', scores: [{ dimension: 'TONE', score: 5 }] });
  });

  it('shows an agent only their own submitted evaluations; QA and managers see all', async () => {
    const mine = await submitted(agent.id);
    const theirs = await submitted(other.id);
    const draft = await created(agent.id);
    const agentList = await t.gql(LIST, {}, agent.token);
    const ids = agentList.data?.qualityEvaluations.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(ids).not.toContain(draft.id);
    expect(agentList.data?.qualityEvaluations.items.every((e: { agentId: string }) => e.agentId === agent.id)).toBe(true);
    // a filter naming someone else does not widen it
    const sneaky = await t.gql(LIST, { filter: { agentId: other.id } }, agent.token);
    expect(sneaky.data?.qualityEvaluations.items).toEqual([]);
    expect((await t.gql(ONE, { id: theirs.id }, agent.token)).data?.qualityEvaluation).toBeNull();
    expect((await t.gql(ONE, { id: mine.id }, agent.token)).data?.qualityEvaluation.id).toBe(mine.id);
    for (const viewer of [qa2, manager, director]) {
      const all = await t.gql(LIST, { filter: { ids: [mine.id, theirs.id, draft.id] } }, viewer.token);
      expect(all.data?.qualityEvaluations.total).toBe(3);
    }
  });

  it('goes SUBMITTED → ACKNOWLEDGED by the agent only', async () => {
    const evaluation = await submitted();
    expect((await t.gql(ACKNOWLEDGE, { id: evaluation.id, version: evaluation.version }, other.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(ACKNOWLEDGE, { id: evaluation.id, version: evaluation.version }, qa.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const done = await t.gql(ACKNOWLEDGE, { id: evaluation.id, version: evaluation.version }, agent.token);
    expect(done.data?.acknowledgeQualityEvaluation).toMatchObject({ status: 'ACKNOWLEDGED', availableActions: [] });
    const again = await t.gql(DISPUTE, { id: evaluation.id, version: evaluation.version + 1, input: { reason: '不同意' } }, agent.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ACKNOWLEDGED', action: 'dispute' });
  });

  it('disputes with a reason and a manager upholds it; never the inspector who scored it', async () => {
    const evaluation = await submitted(agent.id, director.token);
    const noReason = await t.gql(DISPUTE, { id: evaluation.id, version: evaluation.version, input: { reason: '  ' } }, agent.token);
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const disputed = await t.gql(DISPUTE, { id: evaluation.id, version: evaluation.version, input: { reason: '客户先挂断，并非我应变不足' } }, agent.token);
    expect(disputed.data?.disputeQualityEvaluation).toMatchObject({ status: 'DISPUTED', disputeReason: '客户先挂断，并非我应变不足' });
    const byOwnInspector = await t.gql(UPHOLD, { id: evaluation.id, version: evaluation.version + 1, input: { reason: '维持' } }, director.token);
    expect(byOwnInspector.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byQa = await t.gql(UPHOLD, { id: evaluation.id, version: evaluation.version + 1, input: { reason: '维持' } }, qa.token);
    expect(byQa.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const upheld = await t.gql(UPHOLD, { id: evaluation.id, version: evaluation.version + 1, input: { reason: '录音显示语气生硬' } }, manager.token);
    expect(upheld.data?.upholdQualityEvaluation).toMatchObject({ status: 'UPHELD', decisionReason: '录音显示语气生硬', total: 80 });
  });

  it('a manager revises a disputed score in one transaction: rows updated in place, total recomputed, old values audited', async () => {
    const evaluation = await submitted();
    const disputed = (await t.gql(DISPUTE, { id: evaluation.id, version: evaluation.version, input: { reason: '需求归纳已复述' } }, agent.token)).data
      ?.disputeQualityEvaluation;
    const bad = await t.gql(
      REVISE,
      { id: evaluation.id, version: disputed.version, input: { scores: [{ dimension: 'NEEDS_SUMMARY', score: 12 }], reason: '复核录音' } },
      manager.token,
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.getRepository(QualityEvaluation).findOneByOrFail({ id: evaluation.id })).status).toBe('DISPUTED');
    const revised = await t.gql(
      REVISE,
      { id: evaluation.id, version: disputed.version, input: { scores: [{ dimension: 'NEEDS_SUMMARY', score: 9 }], reason: '复核录音：已复述诉求' } },
      manager.token,
    );
    expect(revised.errors).toBeUndefined();
    expect(revised.data?.reviseQualityEvaluation).toMatchObject({ status: 'REVISED', total: 86, decisionReason: '复核录音：已复述诉求' });
    const rows = await t.dataSource.getRepository(QualityEvaluationScore).findBy({ evaluationId: evaluation.id });
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.dimension === 'NEEDS_SUMMARY')?.score).toBe(9);
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: evaluation.id, field: 'score.NEEDS_SUMMARY' });
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([['6', '9']]);
  });

  it('keeps the scorecard version an evaluation used when the scorecard is edited', async () => {
    const before = await submitted();
    const template = (await t.gql(TEMPLATES, {}, manager.token)).data?.scorecardTemplates.items.find((x: { active: boolean }) => x.active);
    expect(template.current.dimensions).toHaveLength(5);
    const dimensions = template.current.dimensions.map((d: { code: string; weight: number; maxScore: number }) => ({
      ...d,
      weight: d.code === 'ATTITUDE' ? 40 : d.code === 'TONE' ? 0 : d.weight,
    }));
    const zero = await t.gql(UPDATE_TEMPLATE, { id: template.id, version: template.version, input: { dimensions } }, manager.token);
    expect(zero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const byAgent = await t.gql(UPDATE_TEMPLATE, { id: template.id, version: template.version, input: { name: '新' } }, agent.token);
    expect(byAgent.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const edited = await t.gql(
      UPDATE_TEMPLATE,
      { id: template.id, version: template.version, input: { dimensions: dimensions.filter((d: { code: string }) => d.code !== 'TONE') } },
      manager.token,
    );
    expect(edited.data?.updateScorecardTemplate).toMatchObject({ currentVersion: 2, versions: [{ templateVersion: 2 }, { templateVersion: 1 }] });
    expect((await t.gql(ONE, { id: before.id }, qa.token)).data?.qualityEvaluation).toMatchObject({ templateVersion: 1, total: 80 });
    const after = await created();
    expect(after.templateVersion).toBe(2);
    // back to the five, so the other tests score on the default
    await t.gql(UPDATE_TEMPLATE, { id: template.id, version: template.version + 1, input: { dimensions: template.current.dimensions } }, manager.token);
  });
});

describe('monthly sampling and quota (抽检)', () => {
  let t: TestApp;
  let qa: string;
  let agents: string[];
  let trendAgent: string;

  beforeAll(async () => {
    t = await startTestApp();
    qa = (await t.staffWithToken('QA_INSPECTOR')).token;
    const people = await Promise.all([t.staffWithToken('AGENT'), t.staffWithToken('AGENT'), t.staffWithToken('AGENT')]);
    agents = people.map((p) => p.staff.id);
    trendAgent = people[0].token;
    const customerId = (await makeCustomer(t.dataSource)).id;
    const rows = agents.flatMap((staffId, a) =>
      Array.from({ length: 8 }, (_, i) =>
        Object.assign(new Interaction(), {
          ...newRecord(new Date()),
          customerId,
          contactId: null,
          staffId,
          channel: i % 2 ? 'PHONE' : 'ONLINE',
          direction: 'INBOUND',
          summary: `第${a}-${i}次来电`,
          outcome: null,
          occurredAt: new Date(Date.UTC(2026, 3, 2 + i, 2)),
          archivedAt: null,
        }),
      ),
    );
    await t.dataSource.getRepository(Interaction).insert(rows);
    await makeComplaint(t.dataSource, { ownerId: agents[0], receivedAt: new Date('2026-04-05T02:00:00Z') });
  });
  afterAll(() => t.close());

  it('proposes the same records for the same month and seed, and others for another seed', async () => {
    const first = await t.gql(QUEUE, { month: '2026-04', seed: 'a' }, qa);
    expect(first.errors).toBeUndefined();
    const again = await t.gql(QUEUE, { month: '2026-04', seed: 'a' }, qa);
    expect(again.data).toEqual(first.data);
    const rows = first.data?.qualityQueue.filter((r: { agentId: string }) => agents.includes(r.agentId));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ evaluations: 0, quotaStatus: 'UNDER' });
    for (const row of rows) expect(row.proposals.length).toBe(1);
    const seeds = await Promise.all(['b', 'c', 'd', 'e', 'f'].map((seed) => t.gql(QUEUE, { month: '2026-04', seed }, qa)));
    const drawn = new Set(seeds.flatMap((s) => s.data?.qualityQueue.flatMap((r: { proposals: Array<{ id: string }> }) => r.proposals.map((p) => p.id))));
    expect(drawn.size).toBeGreaterThan(3);
  });

  it('counts evaluations against the quota and asks a reason beyond the maximum', async () => {
    const rows = (await t.gql(QUEUE, { month: '2026-04' }, qa)).data?.qualityQueue;
    const row = rows.find((r: { agentId: string }) => r.agentId === agents[1]);
    const records = await t.dataSource.getRepository(Interaction).find({ where: { staffId: agents[1] }, order: { id: 'ASC' } });
    for (const record of records.slice(0, 5)) {
      const result = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: record.id } }, qa);
      expect(result.errors).toBeUndefined();
      const id = result.data?.createQualityEvaluation.id;
      await t.gql(SUBMIT, { id, version: 1, input: { scores: FULL } }, qa);
    }
    const over = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: records[5].id } }, qa);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(over.errors?.[0].extensions.fields?.[0]?.path ?? over.errors?.[0].extensions.violations?.[0]?.field).toBeDefined();
    const withReason = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: records[5].id, overQuotaReason: '客户连续投诉，加抽一次' } }, qa);
    expect(withReason.errors).toBeUndefined();
    const stored = await t.dataSource.getRepository(QualityEvaluation).findOneByOrFail({ id: withReason.data?.createQualityEvaluation.id });
    expect(stored.overQuotaReason).toBe('客户连续投诉，加抽一次');
    const after = (await t.gql(QUEUE, { month: '2026-04' }, qa)).data?.qualityQueue.find((r: { agentId: string }) => r.agentId === agents[1]);
    expect(after).toMatchObject({ evaluations: 6, quotaStatus: 'OVER' });
    // the proposal stays the same, now marked when evaluated
    expect(after.proposals.map((p: { id: string }) => p.id)).toEqual(row.proposals.map((p: { id: string }) => p.id));
  });

  it('counts the agents under quota as the queue does, in two statements', async () => {
    const under = async () => ((await t.gql(QUEUE, { month: '2026-04' }, qa)).data?.qualityQueue ?? []).filter((r: { quotaStatus: string }) => r.quotaStatus === 'UNDER').length;
    t.stats.length = 0;
    const counted = await t.gql(UNDER_QUOTA, { month: '2026-04' }, qa);
    expect(counted.errors).toBeUndefined();
    // the session, the settings, the count
    expect(t.stats[0].statements).toBe(3);
    expect(counted.data?.qualityAgentsUnderQuota).toBe(await under());
    expect(counted.data?.qualityAgentsUnderQuota).toBeGreaterThan(0);
    expect((await t.gql(UNDER_QUOTA, { month: '2026-05' }, qa)).data?.qualityAgentsUnderQuota).toBe(
      ((await t.gql(QUEUE, { month: '2026-05' }, qa)).data?.qualityQueue ?? []).filter((r: { quotaStatus: string }) => r.quotaStatus === 'UNDER').length,
    );
    expect((await t.gql(UNDER_QUOTA, { month: '2026-04' }, trendAgent)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UNDER_QUOTA, { month: '2026-4' }, qa)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the queue to agents and gives them their own monthly trend', async () => {
    expect((await t.gql(QUEUE, { month: '2026-04' }, trendAgent)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(TREND, { from: '2026-4', to: '2026-04' }, trendAgent);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const record = await t.dataSource.getRepository(Interaction).findOneOrFail({ where: { staffId: agents[0] } });
    const made = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: record.id } }, qa);
    await t.gql(SUBMIT, { id: made.data?.createQualityEvaluation.id, version: 1, input: { scores: FULL } }, qa);
    const trend = await t.gql(TREND, { from: '2026-03', to: '2026-04', agentId: agents[1] }, trendAgent);
    expect(trend.data?.qualityTrend).toEqual([
      { month: '2026-03', averageTotal: null, evaluations: 0 },
      { month: '2026-04', averageTotal: 80, evaluations: 1 },
    ]);
  });
});
