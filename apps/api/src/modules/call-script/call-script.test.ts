import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';

const FIELDS = 'id version callType name active revision steps { kind branch text } phrases { situation text } revisions { revision name author { id } steps { text } }';
const CREATE = `mutation($input: CreateCallScriptInput!) { createCallScript(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateCallScriptInput!) { updateCallScript(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteCallScript(id: $id, version: $version) }';
const REVISION = 'query($id: ID!, $revision: Int!) { callScriptRevision(callScriptId: $id, revision: $revision) { revision name steps { text } phrases { situation } callScript { id } } }';
const ACTIVE = 'query($callType: CallType!) { activeCallScript(callType: $callType) { id name } }';
const LIST = 'query($filter: CallScriptFilter) { callScripts(filter: $filter) { items { id name active } total } }';

const steps = [
  { kind: 'GREETING', branch: 'ALL', text: '您好，请问是{称呼}吗？我是客服{客服姓名}。' },
  { kind: 'QUESTION', branch: 'ALL', text: '您对{产品}的维修结果满意吗？' },
  { kind: 'QUESTION', branch: 'SATISFIED', text: '感谢您的认可！' },
  { kind: 'QUESTION', branch: 'UNSATISFIED', text: '请问哪里还需要改进？' },
  { kind: 'CLOSE', branch: 'ALL', text: '谢谢您对我们的支持，再见' },
];
const phrases = [{ situation: 'NO_TIME', text: '请问您什么时间方便？我再打给您。' }];

describe('call scripts (标准服务用语)', () => {
  let t: TestApp;
  let manager: string;
  let director: string;
  let agent: string;
  let leader: string;

  beforeAll(async () => {
    t = await startTestApp();
    [manager, director, agent, leader] = (
      await Promise.all([t.staffWithToken('DEPT_MANAGER'), t.staffWithToken('CENTER_DIRECTOR'), t.staffWithToken('AGENT'), t.staffWithToken('SHIFT_LEADER')])
    ).map((p) => p.token);
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown> = {}, token = manager) => t.gql(CREATE, { input: { callType: 'COMPLAINT_FOLLOW_UP', name: '投诉回访话术', steps, phrases, ...input } }, token);

  it('is created by a manager at revision 1, active as the first of its call type, and audited', async () => {
    const result = await create();
    expect(result.errors).toBeUndefined();
    const script = result.data?.createCallScript;
    expect(script).toMatchObject({ version: 1, revision: 1, active: true, callType: 'COMPLAINT_FOLLOW_UP', steps, phrases });
    expect(script.revisions).toHaveLength(1);
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: script.id });
    expect(audit.map((a) => a.action)).toEqual(['CREATE']);
  });

  it('saves a new revision on each edit of the text, keeps the old ones readable, and audits the change', async () => {
    const script = (await create({ name: '服务回访', callType: 'SERVICE_FOLLOW_UP' })).data?.createCallScript;
    const edited = await t.gql(UPDATE, { id: script.id, version: 1, input: { steps: [...steps.slice(0, 2), { kind: 'CLOSE', branch: 'ALL', text: '祝您生活愉快 😊，再见' }] } }, director);
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateCallScript).toMatchObject({ version: 2, revision: 2, name: '服务回访', phrases });
    expect(edited.data?.updateCallScript.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    const first = await t.gql(REVISION, { id: script.id, revision: 1 }, agent);
    expect(first.data?.callScriptRevision).toMatchObject({ revision: 1, name: '服务回访', phrases: [{ situation: 'NO_TIME' }], callScript: { id: script.id } });
    expect(first.data?.callScriptRevision.steps).toHaveLength(5);
    const renamedOnly = await t.gql(UPDATE, { id: script.id, version: 2, input: { name: '服务回访（新）' } }, manager);
    expect(renamedOnly.data?.updateCallScript).toMatchObject({ revision: 3, steps: [{ text: steps[0].text }, { text: steps[1].text }, { text: '祝您生活愉快 😊，再见' }] });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: script.id, field: 'revision' });
    expect(audit.map((a) => a.newValue).sort()).toEqual(['2', '3']);
  });

  it('keeps one active script per call type: activating one retires the other', async () => {
    const first = (await create({ callType: 'FIRST_CONTACT', name: '首次联系 A' })).data?.createCallScript;
    const second = (await create({ callType: 'FIRST_CONTACT', name: '首次联系 B' })).data?.createCallScript;
    expect([first.active, second.active]).toEqual([true, false]);
    await t.gql(UPDATE, { id: second.id, version: 1, input: { active: true } }, manager);
    const active = await t.gql(ACTIVE, { callType: 'FIRST_CONTACT' }, agent);
    expect(active.data?.activeCallScript).toEqual({ id: second.id, name: '首次联系 B' });
    const list = await t.gql(LIST, { filter: { callType: 'FIRST_CONTACT' } }, agent);
    expect(list.data?.callScripts.items.map((s: { active: boolean }) => s.active).sort()).toEqual([false, true]);
  });

  it('lets agents and leaders read but not edit', async () => {
    expect((await create({}, agent)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await create({}, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, {}, agent)).data?.callScripts.total).toBeGreaterThan(0);
  });

  it('refuses bad input with field paths: empty steps, unknown placeholders, 10,000 characters', async () => {
    const empty = await create({ steps: [] });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'steps', code: 'required' }] });
    const typo = await create({ steps: [{ kind: 'GREETING', branch: 'ALL', text: '{姓名}您好' }] });
    expect(typo.errors?.[0].extensions.fields).toMatchObject([{ path: 'steps.0.text', code: 'unknownPlaceholder', params: { placeholder: '{姓名}' } }]);
    const long = await create({ phrases: [{ situation: 'ANGRY', text: '很'.repeat(10_000) }] });
    expect(long.errors?.[0].extensions.fields).toMatchObject([{ path: 'phrases.0.text', code: 'tooLong', params: { max: 1000 } }]);
    // Only the first test's script has this name: nothing of the refused ones was written.
    const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM call_script WHERE name = '投诉回访话术'");
    expect(Number(n)).toBe(1);
  });

  it('stores 4-byte characters as they are', async () => {
    const result = await create({ callType: 'VERIFICATION', name: '核实 𠮷 😊', steps: [{ kind: 'GREETING', branch: 'ALL', text: '您好 😊 𠮷' }] });
    expect(result.data?.createCallScript).toMatchObject({ name: '核实 𠮷 😊', steps: [{ text: '您好 😊 𠮷' }] });
  });

  it('answers NOT_FOUND for an unknown id and CONFLICT for a stale version, writing nothing', async () => {
    const unknown = await t.gql(UPDATE, { id: '01900000-0000-7000-8000-000000000000', version: 1, input: { name: 'x' } }, manager);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const script = (await create({ callType: 'PERIODIC_CARE', name: '关怀' })).data?.createCallScript;
    await t.gql(UPDATE, { id: script.id, version: 1, input: { name: '关怀 2' } }, manager);
    const stale = await t.gql(UPDATE, { id: script.id, version: 1, input: { steps } }, manager);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const revisions = await t.dataSource.query('SELECT revision FROM call_script_revision WHERE call_script_id = ? ORDER BY revision', [script.id]);
    expect(revisions.map((r: { revision: number }) => Number(r.revision))).toEqual([1, 2]);
  });

  it('is deleted (archived) with its revisions still readable', async () => {
    const script = (await create({ callType: 'PERIODIC_CARE', name: '旧关怀话术', active: false })).data?.createCallScript;
    const deleted = await t.gql(DELETE, { id: script.id, version: 1 }, manager);
    expect(deleted.data?.deleteCallScript).toBe(script.id);
    expect((await t.gql('query($id: ID!) { callScript(id: $id) { id } }', { id: script.id }, agent)).data?.callScript).toBeNull();
    const revision = await t.gql(REVISION, { id: script.id, revision: 1 }, agent);
    expect(revision.data?.callScriptRevision).toMatchObject({ name: '旧关怀话术', callScript: null });
    expect((await t.gql(DELETE, { id: script.id, version: 2 }, manager)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
