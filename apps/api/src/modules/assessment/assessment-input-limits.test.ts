import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { MonthlyAssessment } from './monthly-assessment.entity';

const FIELDS = 'id version status adjustedScore adjustmentReason';
const COMPUTE = 'mutation($input: ComputeMonthlyAssessmentsInput!) { computeMonthlyAssessments(input: $input) { created updated unchanged } }';
const ONE = `query($id: ID!) { monthlyAssessment(id: $id) { ${FIELDS} } }`;
const ADJUST = `mutation($id: ID!, $version: Int!, $input: AdjustMonthlyAssessmentInput!) { adjustMonthlyAssessment(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $version: Int!, $input: ConfirmMonthlyAssessmentInput) { confirmMonthlyAssessment(id: $id, version: $version, input: $input) { ${FIELDS} } }`;

/** 10,000 characters: far beyond every limit. */
const HUGE = '核'.repeat(10_000);
/** Exactly `n` characters of astral Chinese (𠮷 and 𩸽: two UTF-16 units, four bytes in utf8mb4). */
const astral = (n: number) => '𠮷𩸽'.repeat(n / 2);

type Result = { errors?: Array<{ extensions: Record<string, any> }> };
const fieldsOf = (result: Result) => ({ code: result.errors?.[0].extensions.code, fields: (result.errors?.[0].extensions.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`) });

describe('monthly assessment (月考核): 10,000 characters and astral Chinese in the adjustment reason and confirmation note', () => {
  let t: TestApp;
  let manager: string;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-10T02:00:00Z'));
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    const inspector = (await t.staffWithToken('QA_INSPECTOR')).token;
    const agent = await makeStaff(t.dataSource, { role: 'AGENT' });
    expect((await t.gql(COMPUTE, { input: { month: '2026-11', staffIds: [agent.id] } }, inspector)).errors).toBeUndefined();
    id = (await t.dataSource.getRepository(MonthlyAssessment).findOneByOrFail({ staffId: agent.id, month: '2026-11' })).id;
  });
  afterAll(() => t.close());

  const stateOf = async () => ({ row: await t.dataSource.getRepository(MonthlyAssessment).findOneByOrFail({ id }), audit: await t.dataSource.getRepository(AuditEntry).countBy({ entityId: id }) });

  it('refuses a 10,000-character reason or note, and one character over, writing nothing', async () => {
    const before = await stateOf();
    expect(fieldsOf(await t.gql(ADJUST, { id, version: before.row.version, input: { score: 80, reason: HUGE } }, manager))).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason:tooLong'] });
    expect(fieldsOf(await t.gql(ADJUST, { id, version: before.row.version, input: { score: 80, reason: `${astral(500)}吉` } }, manager))).toEqual({ code: 'BAD_USER_INPUT', fields: ['reason:tooLong'] });
    expect(fieldsOf(await t.gql(CONFIRM, { id, version: before.row.version, input: { note: HUGE } }, manager))).toEqual({ code: 'BAD_USER_INPUT', fields: ['note:tooLong'] });
    expect(await stateOf()).toEqual(before);
  });

  it('stores a reason and a note of 500 astral characters and reads them back exactly', async () => {
    const text = astral(500);
    const { row } = await stateOf();
    const adjusted = await t.gql(ADJUST, { id, version: row.version, input: { score: 80, reason: text } }, manager);
    expect(adjusted.errors).toBeUndefined();
    expect(adjusted.data?.adjustMonthlyAssessment).toMatchObject({ adjustedScore: 80, adjustmentReason: text });
    expect((await t.gql(ONE, { id }, manager)).data?.monthlyAssessment.adjustmentReason).toBe(text);
    const confirmed = await t.gql(CONFIRM, { id, version: row.version + 1, input: { note: text } }, manager);
    expect(confirmed.data?.confirmMonthlyAssessment.status).toBe('CONFIRMED');
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: id });
    expect(audit.filter((a) => a.field === 'adjustmentReason' || a.field === 'confirmationNote').map((a) => a.newValue)).toEqual([text, text]);
  });
});
