import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { FollowUp } from '../follow-up';
import { followUpRecord } from '../follow-up';
import { Team } from '../team';

const FIELDS =
  'id version name status customerCount startDate callScriptRevision dailyQuota filter { tier unverified } agents { id } callScript { id } scriptRevision { revision } progress { total done unreachable open cancelled agents { agentId agent { id } total done unreachable open } }';
const CREATE = `mutation($input: CreateCallListInput!) { createCallList(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateCallListInput!) { updateCallList(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const LAUNCH = `mutation($id: ID!, $version: Int!, $input: LaunchCallListInput) { launchCallList(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const CREATE_SCRIPT = 'mutation($input: CreateCallScriptInput!) { createCallScript(input: $input) { id version revision } }';
const LIST = `{ callLists { items { ${FIELDS} } total } }`;

/** Wall-clock time in Shanghai. */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('call lists (外呼任务)', () => {
  let t: TestApp;
  let manager: string;
  let leader: string;
  let agentToken: string;
  let agents: string[];
  let scriptId: string;
  const teamId = '01900000-0000-7000-8000-0000000000e1';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00')); // a Wednesday
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert({ id: teamId, version: 1, createdAt: now, updatedAt: now, name: '外呼组' });
    const people = await Promise.all([t.staffWithToken('DEPT_MANAGER'), t.staffWithToken('SHIFT_LEADER', { teamId }), t.staffWithToken('AGENT', { teamId }), t.staffWithToken('AGENT', { teamId }), t.staffWithToken('AGENT', { teamId })]);
    [manager, leader, agentToken] = [people[0].token, people[1].token, people[2].token];
    agents = people.slice(2).map((p) => p.staff.id);
    for (let i = 0; i < 13; i += 1) await makeCustomer(t.dataSource, { tier: 'A', name: `重点客户${i}` });
    for (let i = 0; i < 4; i += 1) await makeCustomer(t.dataSource, { tier: 'C', lifecycle: 'REGISTERED', name: `待认证客户${i}` });
    const script = await t.gql(CREATE_SCRIPT, { input: { callType: 'PERIODIC_CARE', name: '节日问候', steps: [{ kind: 'GREETING', branch: 'ALL', text: '{称呼}您好，新年快乐！' }] } }, manager);
    scriptId = script.data?.createCallScript.id;
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown> = {}, token = manager) =>
    t.gql(CREATE, { input: { name: '春节问候', callScriptId: scriptId, agentIds: agents, dailyQuota: 2, filter: { tier: ['A'] }, ...input } }, token);
  const created = async (input: Record<string, unknown> = {}) => {
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    return result.data?.createCallList as { id: string; version: number };
  };
  const followUpsOf = (listId: string) => t.dataSource.getRepository(FollowUp).find({ where: { sourceId: listId, trigger: 'CALL_LIST' }, order: { dueAt: 'ASC' } });

  it('is drafted by a manager with the script’s current revision and no follow-ups yet', async () => {
    const list = await create();
    expect(list.errors).toBeUndefined();
    expect(list.data?.createCallList).toMatchObject({ status: 'DRAFT', callScriptRevision: 1, customerCount: null, filter: { tier: ['A'], unverified: null }, agents: agents.map((id) => ({ id })), progress: { total: 0 } });
  });

  it('launches into follow-ups dealt evenly over the agents, within the daily quota on working days, once', async () => {
    const list = await created();
    const launched = await t.gql(LAUNCH, { id: list.id, version: list.version }, manager);
    expect(launched.errors).toBeUndefined();
    expect(launched.data?.launchCallList).toMatchObject({ status: 'LAUNCHED', customerCount: 13, startDate: '2026-12-09', version: 2, scriptRevision: { revision: 1 }, progress: { total: 13, open: 13, done: 0 } });
    const followUps = await followUpsOf(list.id);
    expect(followUps).toHaveLength(13);
    expect(new Set(followUps.map((f) => f.triggerKey))).toEqual(new Set(followUps.map((f) => `CALL_LIST:${list.id}:${f.customerId}`)));
    const perAgent = agents.map((agent) => followUps.filter((f) => f.assigneeId === agent).length);
    expect(Math.max(...perAgent) - Math.min(...perAgent)).toBeLessThanOrEqual(1);
    const perAgentDay = new Map<string, number>();
    for (const f of followUps) perAgentDay.set(`${f.assigneeId}:${f.dueAt.toISOString()}`, (perAgentDay.get(`${f.assigneeId}:${f.dueAt.toISOString()}`) ?? 0) + 1);
    expect(Math.max(...perAgentDay.values())).toBeLessThanOrEqual(2);
    // 13 customers / 3 agents = 5 rounds at 2 a day: Wednesday to Friday, each due at the end of the day's calling hours.
    expect([...new Set(followUps.map((f) => f.dueAt.toISOString()))]).toEqual(['2026-12-09', '2026-12-10', '2026-12-11'].map((d) => shanghai(d, '20:30').toISOString()));
    expect(followUps.every((f) => f.status === 'OPEN' && f.teamId === teamId)).toBe(true);

    const again = await t.gql(LAUNCH, { id: list.id, version: list.version }, manager);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const twice = await t.gql(LAUNCH, { id: list.id, version: 2 }, manager);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'id', code: 'launched' }] });
    expect(await followUpsOf(list.id)).toHaveLength(13);
    const edit = await t.gql(UPDATE, { id: list.id, version: 2, input: { dailyQuota: 5 } }, manager);
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'id', code: 'launched' }] });
  });

  it('gives each of its follow-ups the pinned script revision to read, even after the script moved on', async () => {
    const list = await created({ name: '话术版本' });
    await t.gql(LAUNCH, { id: list.id, version: list.version }, manager);
    await t.gql('mutation($id: ID!) { updateCallScript(id: $id, version: 1, input: { name: "节日问候（新）" }) { revision } }', { id: scriptId }, manager);
    const [followUp] = await followUpsOf(list.id);
    const shown = await t.gql('query($id: ID!) { followUp(id: $id) { callScript { revision name steps { text } } } }', { id: followUp.id }, manager);
    expect(shown.data?.followUp.callScript).toEqual({ revision: 1, name: '节日问候', steps: [{ text: '{称呼}您好，新年快乐！' }] });
  });

  it('skips follow-ups already there (a resumed launch never doubles one)', async () => {
    const list = await created({ name: '认证提醒', filter: { unverified: true } });
    const [customer] = await t.dataSource.query("SELECT id FROM customer WHERE lifecycle = 'REGISTERED' ORDER BY id LIMIT 1");
    const now = t.clock.now();
    await t.dataSource.getRepository(FollowUp).insert(
      followUpRecord({ customerId: customer.id, contactId: null, trigger: 'CALL_LIST', sourceId: list.id, triggerKey: `CALL_LIST:${list.id}:${customer.id}`, assigneeId: agents[0], teamId, dueAt: now, createdById: null, note: null, triggeredAt: now }),
    );
    const launched = await t.gql(LAUNCH, { id: list.id, version: list.version, input: { startDate: '2026-12-14' } }, manager);
    expect(launched.data?.launchCallList).toMatchObject({ customerCount: 4, startDate: '2026-12-14', progress: { total: 4 } });
    expect(await followUpsOf(list.id)).toHaveLength(4);
  });

  it('launches once when two launches race: the other answers CONFLICT', async () => {
    const list = await created({ name: '并发下发' });
    const results = await Promise.all([1, 2].map(() => t.gql(LAUNCH, { id: list.id, version: list.version }, manager)));
    expect(results.map((r) => r.errors?.[0].extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await followUpsOf(list.id)).toHaveLength(13);
  });

  it('shows progress per list and per agent, in a constant number of statements', async () => {
    const list = await created({ name: '满意度调查', dailyQuota: 10 });
    await t.gql(LAUNCH, { id: list.id, version: list.version }, manager);
    const followUps = await followUpsOf(list.id);
    const mine = followUps.filter((f) => f.assigneeId === agents[0]);
    await t.dataSource.getRepository(FollowUp).update({ id: mine[0].id }, { status: 'DONE' });
    await t.dataSource.getRepository(FollowUp).update({ id: mine[1].id }, { status: 'UNREACHABLE' });
    const shown = await t.gql(`query($id: ID!) { callList(id: $id) { ${FIELDS} } }`, { id: list.id }, leader);
    expect(shown.data?.callList.progress).toMatchObject({ total: 13, done: 1, unreachable: 1, open: 11 });
    expect(shown.data?.callList.progress.agents[0]).toMatchObject({ agentId: agents[0], agent: { id: agents[0] }, total: mine.length, done: 1, unreachable: 1, open: mine.length - 2 });

    t.stats.length = 0;
    const few = await t.gql(`{ callLists(page: { limit: 1 }) { items { ${FIELDS} } } }`, {}, leader);
    const fewStatements = t.stats[0].statements;
    t.stats.length = 0;
    const all = await t.gql(LIST, {}, leader);
    expect(all.data?.callLists.items.length).toBeGreaterThan(3);
    expect(few.errors).toBeUndefined();
    // session, page, count, scripts, revisions, staff, progress (one grouped query for the page)
    expect(t.stats[0].statements).toBe(fewStatements + 1);
  });

  it('lets leaders read and only managers create; agents see no call lists', async () => {
    expect((await create({}, leader)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, {}, agentToken)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, {}, leader)).errors).toBeUndefined();
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = (await t.gql(LIST, {}, manager)).data?.callLists.total;
    const unknownScript = await create({ callScriptId: '01900000-0000-7000-8000-000000000000' });
    expect(unknownScript.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'callScriptId', code: 'notFound' }] });
    const strangers = await create({ agentIds: [agents[0], '01900000-0000-7000-8000-000000000001'] });
    expect(strangers.errors?.[0].extensions.fields).toMatchObject([{ path: 'agentIds.1', code: 'inactive' }]);
    const quota = await create({ dailyQuota: 0, agentIds: [agents[0], agents[0]] });
    expect(quota.errors?.[0].extensions.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(['agentIds:duplicate', 'dailyQuota:outOfRange']);
    const long = await create({ name: '问'.repeat(10_000) });
    expect(long.errors?.[0].extensions.fields).toMatchObject([{ path: 'name', code: 'tooLong' }]);
    const days = await create({ filter: { contractEndingWithinDays: 1000 } });
    expect(days.errors?.[0].extensions.fields).toMatchObject([{ path: 'filter.contractEndingWithinDays', code: 'outOfRange' }]);
    expect((await t.gql(LIST, {}, manager)).data?.callLists.total).toBe(before);
    const emoji = await create({ name: '新年问候 🧧' });
    expect(emoji.data?.createCallList.name).toBe('新年问候 🧧');
  });

  it('answers NOT_FOUND for an unknown list, RULE_VIOLATION when no customer matches, and a bad start date', async () => {
    const unknown = await t.gql(LAUNCH, { id: '01900000-0000-7000-8000-000000000002', version: 1 }, manager);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const empty = await created({ name: '无人', filter: { tier: ['B'] } });
    const none = await t.gql(LAUNCH, { id: empty.id, version: empty.version }, manager);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'id', code: 'noCustomers' }] });
    const past = await t.gql(LAUNCH, { id: empty.id, version: empty.version, input: { startDate: '2026-12-01' } }, manager);
    expect(past.errors?.[0].extensions.fields).toMatchObject([{ path: 'startDate', code: 'beforeToday' }]);
    const shown = await t.gql(`query($id: ID!) { callList(id: $id) { status version } }`, { id: empty.id }, manager);
    expect(shown.data?.callList).toEqual({ status: 'DRAFT', version: 1 });
  });
});
