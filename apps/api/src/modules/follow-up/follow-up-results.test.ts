import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team';
import { FollowUp } from './follow-up.entity';

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const FIELDS = 'id version status satisfaction note lastAttempt { outcome note }';
const CREATE = `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ${FIELDS} } }`;
const step = (name: string, input: string) => `mutation($id: ID!, $version: Int!, $input: ${input}!) { ${name}(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ATTEMPT = step('recordFollowUpAttempt', 'RecordFollowUpAttemptInput');
const COMPLETE = step('completeFollowUp', 'CompleteFollowUpInput');
const LIST = 'query($filter: FollowUpFilter) { followUps(filter: $filter) { items { id } total } }';

/** 回访结果: what an unsatisfied or serious answer sets off, who hears of an unreachable customer, and the filters. */
describe('follow-up results, the leader’s inbox and the filters', () => {
  let t: TestApp;
  type Person = { staff: { id: string }; token: string };
  let agent: Person;
  let leader: Person;
  let customerId: string;
  const teamId = '01900000-0000-7000-8000-0000000000d1';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00'));
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert({ id: teamId, version: 1, createdAt: now, updatedAt: now, name: '回访三组' });
    [agent, leader] = await Promise.all([t.staffWithToken('AGENT', { teamId }), t.staffWithToken('SHIFT_LEADER', { teamId })]);
    customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id, tier: 'A', name: '杭州顺丰冷链物流有限公司' })).id;
  });
  afterAll(() => t.close());

  const gql = async (query: string, variables: Record<string, unknown>, token = agent.token) => t.gql(query, variables, token);
  const reached = async (note = '了解换件后设备运行情况') => {
    const created = (await gql(CREATE, { input: { customerId, note } })).data?.createFollowUp;
    const attempt = await gql(ATTEMPT, { id: created.id, version: 1, input: { outcome: 'REACHED', identityVerified: true } });
    expect(attempt.errors).toBeUndefined();
    return created.id as string;
  };
  const pushes = async () => (await t.dataSource.query('SELECT kind, recipient_id AS recipientId FROM push_event ORDER BY id')) as Array<{ kind: string; recipientId: string }>;

  it('opens a task for the owner when a customer is unsatisfied with a follow-up that has no complaint to reopen', async () => {
    const id = await reached();
    const reopen = await gql(COMPLETE, { id, version: 2, input: { satisfaction: 'UNSATISFIED', score: 1, improvement: '维修师傅迟到两小时', unsatisfiedAction: 'REOPEN_COMPLAINT' } });
    expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'unsatisfiedAction', code: 'noComplaintToReopen' }] });
    const done = await gql(COMPLETE, { id, version: 2, input: { satisfaction: 'UNSATISFIED', score: 2, improvement: '维修师傅迟到两小时', unsatisfiedAction: 'OWNER_TASK' } });
    expect(done.data?.completeFollowUp).toMatchObject({ status: 'DONE', satisfaction: 'UNSATISFIED' });
    const task = await t.dataSource.getRepository(FollowUp).findOneByOrFail({ sourceId: id });
    expect(task).toMatchObject({ trigger: 'MANUAL', status: 'OPEN', assigneeId: agent.staff.id, createdById: agent.staff.id, note: '客户不满意，需跟进改进：维修师傅迟到两小时' });
    const second = await reached();
    await gql(COMPLETE, { id: second, version: 2, input: { satisfaction: 'UNSATISFIED', score: 1, improvement: '要求赔偿停机损失', unsatisfiedAction: 'NEW_COMPLAINT' } });
    expect((await t.dataSource.getRepository(FollowUp).findOneByOrFail({ sourceId: second })).note).toBe('客户不满意，需登记投诉：要求赔偿停机损失');
  });

  it('tells the team’s leader of a serious result and of an unreachable customer; both wait in the leader’s inbox', async () => {
    const before = (await pushes()).length;
    const serious = await reached();
    await gql(COMPLETE, { id: serious, version: 2, input: { satisfaction: 'AVERAGE', score: 3, suggestions: '客户称将向媒体反映', serious: true } });
    const failing = (await gql(CREATE, { input: { customerId } })).data?.createFollowUp.id;
    await gql(ATTEMPT, { id: failing, version: 1, input: { outcome: 'WRONG_NUMBER', note: '空号' } });
    expect((await pushes()).slice(before)).toEqual([
      { kind: 'FOLLOW_UP_NEEDS_LEADER', recipientId: leader.staff.id },
      { kind: 'FOLLOW_UP_NEEDS_LEADER', recipientId: leader.staff.id },
    ]);
    const inbox = (await gql(LIST, { filter: { awaitingMe: true } }, leader.token)).data?.followUps.items.map((f: { id: string }) => f.id);
    expect(inbox).toEqual(expect.arrayContaining([serious, failing]));
    const agentsInbox = (await gql(LIST, { filter: { awaitingMe: true } })).data?.followUps.items.map((f: { id: string }) => f.id);
    expect(agentsInbox).not.toContain(serious);
    expect(agentsInbox).not.toContain(failing);
  });

  it('filters by the customer’s name, by half-open due ranges (the old names still work) and by result', async () => {
    const other = await makeCustomer(t.dataSource, { ownerId: agent.staff.id, name: '宁波港集团' });
    const mineThere = (await gql(CREATE, { input: { customerId: other.id, dueAt: shanghai('2026-12-20', '00:00').toISOString() } })).data?.createFollowUp.id;
    const byName = (await gql(LIST, { filter: { q: '宁波港' } })).data?.followUps;
    expect(byName.items.map((f: { id: string }) => f.id)).toEqual([mineThere]);
    const range = (from: string, to: string, names = ['dueAtFrom', 'dueAtTo']) =>
      gql(LIST, { filter: { customerId: other.id, [names[0]]: shanghai(from, '00:00').toISOString(), [names[1]]: shanghai(to, '00:00').toISOString() } }).then((r) => r.data?.followUps.total);
    expect(await range('2026-12-20', '2026-12-21')).toBe(1);
    expect(await range('2026-12-19', '2026-12-20')).toBe(0);
    expect(await range('2026-12-20', '2026-12-21', ['dueFrom', 'dueTo'])).toBe(1);
    expect((await gql(LIST, { filter: { satisfaction: ['UNSATISFIED'], mine: true } })).data?.followUps.total).toBe(2);
    const tooLong = await gql(LIST, { filter: { q: '长'.repeat(101) } });
    expect(tooLong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers bad input with the documented codes, writing nothing', async () => {
    const id = await reached('核实新合同联系人 😀');
    expect((await gql(`query($id: ID!) { followUp(id: $id) { note } }`, { id })).data?.followUp.note).toBe('核实新合同联系人 😀');
    const unknown = await gql(ATTEMPT, { id: '01900000-0000-7000-8000-00000000dead', version: 1, input: { outcome: 'REACHED' } });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const stale = await gql(ATTEMPT, { id, version: 1, input: { outcome: 'REACHED' } });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const long = await gql(ATTEMPT, { id, version: 2, input: { outcome: 'REACHED', note: '长'.repeat(10_000) } });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    const emoji = await gql(ATTEMPT, { id, version: 2, input: { outcome: 'REACHED', note: '客户很满意 👍🏻 𠮷' } });
    expect(emoji.data?.recordFollowUpAttempt.lastAttempt).toEqual({ outcome: 'REACHED', note: '客户很满意 👍🏻 𠮷' });
    await gql(COMPLETE, { id, version: 3, input: { satisfaction: 'SATISFIED', score: 5 } });
    const onDone = await gql(ATTEMPT, { id, version: 4, input: { outcome: 'REACHED' } });
    expect(onDone.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DONE' });
    const longSuggestions = await gql(COMPLETE, { id: await reached(), version: 2, input: { satisfaction: 'SATISFIED', score: 5, suggestions: '好'.repeat(10_000) } });
    expect(longSuggestions.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'suggestions', code: 'tooLong' })]);
    expect(await t.dataSource.getRepository(FollowUp).countBy({ id, attemptCount: 2 })).toBe(1);
  });
});
