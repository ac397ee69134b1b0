import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit';
import { Interaction } from '../interaction';
import { insertEvaluationRows } from '../quality-summary/evaluation-rows';
import { readSettings } from '../setting';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';

const FIELDS = 'id version status comment disputeReason decisionReason overQuotaReason scores { dimension comment }';
const CREATE = `mutation($input: CreateQualityEvaluationInput!) { createQualityEvaluation(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!, $input: SubmitQualityEvaluationInput!) { submitQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const DISPUTE = `mutation($id: ID!, $version: Int!, $input: QualityEvaluationReasonInput!) { disputeQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const UPHOLD = `mutation($id: ID!, $version: Int!, $input: QualityEvaluationReasonInput!) { upholdQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!, $version: Int!, $input: ReviseQualityEvaluationInput!) { reviseQualityEvaluation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { qualityEvaluation(id: $id) { ${FIELDS} } }`;

/** 10,000 characters: far beyond every limit. */
const HUGE = '投'.repeat(10_000);
/** Exactly `n` characters of astral Chinese (𠮷 and 𩸽 are two UTF-16 units each, four bytes in utf8mb4). */
const astral = (n: number) => '𠮷𩸽'.repeat(n / 2);

const SCORES = [
  { dimension: 'SERVICE_LANGUAGE', score: 8 },
  { dimension: 'ATTITUDE', score: 9 },
  { dimension: 'TONE', score: 7 },
  { dimension: 'NEEDS_SUMMARY', score: 6 },
  { dimension: 'ADAPTABILITY', score: 10 },
];

type Result = { errors?: Array<{ extensions: Record<string, any> }> };
const fieldsOf = (result: Result) => ({ code: result.errors?.[0].extensions.code, fields: (result.errors?.[0].extensions.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`) });

describe('quality evaluations: 10,000 characters and astral Chinese in every free text', () => {
  let t: TestApp;
  let qa: { id: string; token: string };
  let agent: { id: string; token: string };
  let manager: string;
  let customerId: string;
  let months = 0;

  /** A record of the agent in a month of its own (from 2025-12 back), so each flow has its own quota. */
  const record = async () => {
    const row = Object.assign(new Interaction(), {
      ...newRecord(new Date()),
      customerId,
      contactId: null,
      staffId: agent.id,
      channel: 'PHONE',
      direction: 'INBOUND',
      summary: '咨询滤芯更换',
      outcome: null,
      occurredAt: new Date(Date.UTC(2025, 11 - months++, 10, 3)),
      archivedAt: null,
    });
    await t.dataSource.getRepository(Interaction).insert(row);
    return row.id;
  };
  const submitted = async () => {
    const draft = (await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await record() } }, qa.token)).data?.createQualityEvaluation;
    const done = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: { scores: SCORES } }, qa.token);
    expect(done.errors).toBeUndefined();
    return done.data?.submitQualityEvaluation;
  };
  const disputed = async () => {
    const evaluation = await submitted();
    const result = await t.gql(DISPUTE, { id: evaluation.id, version: 2, input: { reason: '客户先挂断' } }, agent.token);
    expect(result.errors).toBeUndefined();
    return result.data?.disputeQualityEvaluation;
  };
  const counts = async () => ({
    evaluations: await t.dataSource.getRepository(QualityEvaluation).count(),
    scores: await t.dataSource.getRepository(QualityEvaluationScore).count(),
    audit: await t.dataSource.getRepository(AuditEntry).count(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    const [inspector, person, boss] = await Promise.all([t.staffWithToken('QA_INSPECTOR'), t.staffWithToken('AGENT'), t.staffWithToken('DEPT_MANAGER')]);
    qa = { id: inspector.staff.id, token: inspector.token };
    agent = { id: person.staff.id, token: person.token };
    manager = boss.token;
    customerId = (await makeCustomer(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('refuses a 10,000-character overall or item comment and writes nothing', async () => {
    const subjectId = await record();
    const before = await counts();
    const long = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, comment: HUGE } }, qa.token);
    expect(fieldsOf(long)).toEqual({ code: 'BAD_USER_INPUT', fields: ['comment:maxLength'] });
    const longItem = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, scores: [{ dimension: 'TONE', score: 7, comment: HUGE }] } }, qa.token);
    expect(fieldsOf(longItem)).toEqual({ code: 'BAD_USER_INPUT', fields: ['scores.0.comment:maxLength'] });
    const oneOver = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, comment: `${astral(1000)}吉` } }, qa.token);
    expect(fieldsOf(oneOver)).toEqual({ code: 'BAD_USER_INPUT', fields: ['comment:maxLength'] });
    expect(await counts()).toEqual(before);
    const draft = (await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId } }, qa.token)).data?.createQualityEvaluation;
    const afterDraft = await counts();
    const submit = await t.gql(SUBMIT, { id: draft.id, version: draft.version, input: { scores: [SCORES[0], { ...SCORES[1], comment: HUGE }] } }, qa.token);
    expect(fieldsOf(submit)).toEqual({ code: 'BAD_USER_INPUT', fields: ['scores.1.comment:maxLength'] });
    expect(await counts()).toEqual(afterDraft);
    expect((await t.gql(ONE, { id: draft.id }, qa.token)).data?.qualityEvaluation).toMatchObject({ status: 'DRAFT', comment: null });
  });

  it('stores comments at their limit in astral Chinese and reads them back exactly', async () => {
    const overall = astral(1000);
    const item = astral(500);
    const draft = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId: await record(), comment: overall, scores: [{ dimension: 'TONE', score: 7, comment: item }] } }, qa.token);
    expect(draft.errors).toBeUndefined();
    const id = draft.data?.createQualityEvaluation.id;
    const read = (await t.gql(ONE, { id }, qa.token)).data?.qualityEvaluation;
    expect(read.comment).toBe(overall);
    expect(read.scores.find((s: { dimension: string }) => s.dimension === 'TONE').comment).toBe(item);
    expect((await t.dataSource.getRepository(QualityEvaluation).findOneByOrFail({ id })).comment).toBe(overall);
  });

  it('refuses a 10,000-character dispute, decision or revision reason and keeps the evaluation as it was', async () => {
    const evaluation = await submitted();
    const before = await counts();
    expect(fieldsOf(await t.gql(DISPUTE, { id: evaluation.id, version: 2, input: { reason: HUGE } }, agent.token))).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason:maxLength'] });
    const open = await disputed();
    const afterDispute = await counts();
    expect(fieldsOf(await t.gql(UPHOLD, { id: open.id, version: open.version, input: { reason: HUGE } }, manager))).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason:maxLength'] });
    const revise = await t.gql(REVISE, { id: open.id, version: open.version, input: { scores: [{ dimension: 'TONE', score: 9 }], reason: HUGE } }, manager);
    expect(fieldsOf(revise)).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason:maxLength'] });
    expect(await counts()).toEqual(afterDispute);
    expect(afterDispute.evaluations).toBeGreaterThan(before.evaluations);
    expect((await t.gql(ONE, { id: evaluation.id }, qa.token)).data?.qualityEvaluation).toMatchObject({ status: 'SUBMITTED', disputeReason: null });
    expect((await t.gql(ONE, { id: open.id }, qa.token)).data?.qualityEvaluation).toMatchObject({ status: 'DISPUTED', decisionReason: null });
  });

  it('stores dispute, decision and revision reasons of 500 astral characters exactly', async () => {
    const reason = astral(500);
    const evaluation = await submitted();
    const dispute = await t.gql(DISPUTE, { id: evaluation.id, version: 2, input: { reason } }, agent.token);
    expect(dispute.data?.disputeQualityEvaluation.disputeReason).toBe(reason);
    const upheld = await t.gql(UPHOLD, { id: evaluation.id, version: 3, input: { reason } }, manager);
    expect(upheld.data?.upholdQualityEvaluation).toMatchObject({ status: 'UPHELD', decisionReason: reason });
    const open = await disputed();
    const revised = await t.gql(REVISE, { id: open.id, version: open.version, input: { scores: [{ dimension: 'TONE', score: 9 }], reason } }, manager);
    expect(revised.data?.reviseQualityEvaluation).toMatchObject({ status: 'REVISED', decisionReason: reason });
    const stored = await t.dataSource.getRepository(QualityEvaluation).findOneByOrFail({ id: evaluation.id });
    expect([stored.disputeReason, stored.decisionReason]).toEqual([reason, reason]);
    expect((await t.gql(ONE, { id: open.id }, qa.token)).data?.qualityEvaluation.decisionReason).toBe(reason);
  });

  it('takes an over-quota reason up to 500 astral characters, refuses a longer one and writes nothing', async () => {
    const subjectId = await record();
    const month = `2025-${String(12 - months + 1).padStart(2, '0')}`;
    const { 'quality.maxPerAgent': max } = await readSettings(t.dataSource.manager);
    const full = Array.from({ length: Number(max) }, () => ({ agentId: agent.id, teamId: null, inspectorId: qa.id, month, status: 'SUBMITTED', total: 80, submittedAt: new Date(), scores: [] }));
    await insertEvaluationRows(t.dataSource.manager, full);
    const before = await counts();
    const long = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, overQuotaReason: HUGE } }, qa.token);
    expect(fieldsOf(long)).toEqual({ code: 'BAD_USER_INPUT', fields: ['overQuotaReason:maxLength'] });
    expect(await counts()).toEqual(before);
    const reason = astral(500);
    const created = await t.gql(CREATE, { input: { subjectKind: 'INTERACTION', subjectId, overQuotaReason: reason } }, qa.token);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createQualityEvaluation.overQuotaReason).toBe(reason);
    expect((await t.dataSource.getRepository(QualityEvaluation).findOneByOrFail({ id: created.data?.createQualityEvaluation.id })).overQuotaReason).toBe(reason);
  });
});
