import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { TrainingPlan } from './training-plan.entity';
import { TrainingSession } from './training-session.entity';

const PLAN = 'id version status topic dimension note sessions { id note }';
const CREATE_PLAN = `mutation($input: CreateTrainingPlanInput!) { createTrainingPlan(input: $input) { ${PLAN} } }`;
const UPDATE_PLAN = `mutation($id: ID!, $version: Int!, $input: UpdateTrainingPlanInput!) { updateTrainingPlan(id: $id, version: $version, input: $input) { ${PLAN} } }`;
const SESSION = 'mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id note } }';
const ARCHIVE = `mutation($id: ID!, $version: Int!, $input: ArchiveTrainingPlanInput) { archiveTrainingPlan(id: $id, version: $version, input: $input) { ${PLAN} } }`;
const ONE = `query($id: ID!) { trainingPlan(id: $id) { ${PLAN} } }`;

/** 10,000 characters: far beyond every limit. */
const HUGE = '训'.repeat(10_000);
/** Exactly `n` characters of astral Chinese (𠮷 and 𩸽: two UTF-16 units, four bytes in utf8mb4). */
const astral = (n: number) => '𠮷𩸽'.repeat(n / 2);

type Result = { errors?: Array<{ extensions: Record<string, any> }> };
const fieldsOf = (result: Result) => ({ code: result.errors?.[0].extensions.code, fields: (result.errors?.[0].extensions.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`) });

describe('training plans and sessions (培训): 10,000 characters and astral Chinese in every free text', () => {
  let t: TestApp;
  let qa: string;
  let manager: string;
  let agentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    qa = (await t.staffWithToken('QA_INSPECTOR')).token;
    manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    agentId = (await t.staffWithToken('AGENT')).staff.id;
  });
  afterAll(() => t.close());

  const counts = async () => ({
    plans: await t.dataSource.getRepository(TrainingPlan).count(),
    sessions: await t.dataSource.getRepository(TrainingSession).count(),
    audit: await t.dataSource.getRepository(AuditEntry).count(),
  });
  const plan = async (input: Record<string, unknown> = {}) => t.gql(CREATE_PLAN, { input: { topic: '开场白专项培训', agentIds: [agentId], plannedOn: '2026-12-08', ...input } }, qa);

  it('refuses 10,000 characters in the topic, dimension, notes and archive note, writing nothing', async () => {
    const before = await counts();
    expect(fieldsOf(await plan({ topic: HUGE, dimension: HUGE, note: HUGE }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['topic:tooLong', 'dimension:tooLong', 'note:tooLong'] });
    expect(fieldsOf(await plan({ topic: `${astral(200)}吉` }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['topic:tooLong'] });
    expect(await counts()).toEqual(before);

    const created = (await plan()).data?.createTrainingPlan;
    const afterCreate = await counts();
    expect(fieldsOf(await t.gql(UPDATE_PLAN, { id: created.id, version: 1, input: { topic: HUGE, note: HUGE } }, qa))).toEqual({ code: 'BAD_USER_INPUT', fields: ['topic:tooLong', 'note:tooLong'] });
    expect(fieldsOf(await t.gql(SESSION, { input: { planId: created.id, heldOn: '2026-12-08', note: HUGE, results: [{ staffId: agentId, attended: true }] } }, qa))).toEqual({ code: 'BAD_USER_INPUT', fields: ['note:tooLong'] });
    expect(fieldsOf(await t.gql(ARCHIVE, { id: created.id, version: 1, input: { note: HUGE } }, manager))).toEqual({ code: 'BAD_USER_INPUT', fields: ['note:tooLong'] });
    expect(await counts()).toEqual(afterCreate);
    expect((await t.gql(ONE, { id: created.id }, qa)).data?.trainingPlan).toMatchObject({ version: 1, status: 'PLANNED', topic: '开场白专项培训', note: null, sessions: [] });
  });

  it('stores every text at its limit in astral Chinese and reads it back exactly', async () => {
    const [topic, note, archiveNote] = [astral(200), astral(1000), astral(500)];
    const created = await plan({ topic, note });
    expect(created.errors).toBeUndefined();
    const id = created.data?.createTrainingPlan.id;
    const renamed = await t.gql(UPDATE_PLAN, { id, version: 1, input: { topic: astral(198), note: astral(998) } }, qa);
    expect(renamed.data?.updateTrainingPlan).toMatchObject({ topic: astral(198), note: astral(998) });
    const session = await t.gql(SESSION, { input: { planId: id, heldOn: '2026-12-08', note, results: [{ staffId: agentId, attended: true, examScore: 90 }] } }, qa);
    expect(session.data?.createTrainingSession.note).toBe(note);
    // the session made version 3
    const archived = await t.gql(ARCHIVE, { id, version: 3, input: { note: archiveNote } }, manager);
    expect(archived.errors).toBeUndefined();
    expect((await t.gql(ONE, { id }, qa)).data?.trainingPlan).toMatchObject({ status: 'ARCHIVED', topic: astral(198), note: astral(998), sessions: [{ note }] });
    expect((await t.dataSource.getRepository(TrainingPlan).findOneByOrFail({ id })).note).toBe(astral(998));
    expect((await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: id, field: 'archiveNote' })).newValue).toBe(archiveNote);
  });
});
