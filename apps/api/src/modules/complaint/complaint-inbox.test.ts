import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { makeComplaint } from '../../test/factories';
import { firstEvent } from '../../test/subscriptions';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team/team.entity';

const URGED = `query($page: PageInput) { myInbox { urged(page: $page) { items { id } total pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
const URGE = 'mutation($id: ID!) { urgeComplaint(id: $id, note: "客户来电催促") { id } }';
const REFER = 'mutation($id: ID!, $v: Int!) { referComplaint(id: $id, version: $v, input: { reason: "客户要求主管出面" }) { id } }';
const REASSIGN = 'mutation($id: ID!, $v: Int!, $to: ID!) { reassignComplaint(id: $id, version: $v, input: { handlerId: $to, reason: "换专员跟进" }) { id } }';

type Who = { staff: { id: string }; token: string };

// Issue 10, point 5: myInbox lists page like every list, and a referral or a transfer is pushed to whom it reaches.
describe('我的待办: paged lists and their push', () => {
  let t: TestApp;
  let owner: Who;
  let other: Who;
  let leader: Who;
  let manager: Who;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const team = { ...newRecord(t.clock.now()), name: '三班' };
    await t.dataSource.getRepository(Team).insert(team);
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId: team.id });
    owner = await t.staffWithToken('AGENT', { teamId: team.id });
    other = await t.staffWithToken('AGENT', { teamId: team.id });
    manager = await t.staffWithToken('DEPT_MANAGER');
    const start = t.clock.now().getTime();
    for (let i = 0; i < 3; i++) {
      t.clock.set(new Date(start + i * 60_000));
      const complaint = await makeComplaint(t.dataSource, { ownerId: owner.staff.id, receivedAt: t.clock.now() });
      expect((await t.gql(URGE, { id: complaint.id }, manager.token)).errors).toBeUndefined();
      ids.push(complaint.id);
    }
  });
  afterAll(() => t.close());

  it('pages the urged list forward and backward with a total, last urged first', async () => {
    const first = (await t.gql(URGED, { page: { limit: 2 } }, owner.token)).data?.myInbox.urged;
    expect(first).toMatchObject({ items: [{ id: ids[2] }, { id: ids[1] }], total: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const next = (await t.gql(URGED, { page: { limit: 2, after: first.pageInfo.endCursor } }, owner.token)).data?.myInbox.urged;
    expect(next).toMatchObject({ items: [{ id: ids[0] }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const back = (await t.gql(URGED, { page: { limit: 2, before: next.pageInfo.startCursor } }, owner.token)).data?.myInbox.urged;
    expect(back.items).toEqual(first.items);
    const misuse = await t.gql(URGED, { page: { offset: 1, after: first.pageInfo.endCursor } }, owner.token);
    expect(misuse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'page.after', code: 'invalidCursor' }] });
    expect((await t.gql(URGED, {}, other.token)).data?.myInbox.urged).toMatchObject({ items: [], total: 0 });
  });

  it('pushes escalationReachedMe to the leader a complaint is handed up to, and myInboxChanged to whom it is transferred', async () => {
    const reached = firstEvent(t.url, 'subscription { escalationReachedMe { kind complaintId } }', { authorization: `Bearer ${leader.token}` });
    const transferred = firstEvent(t.url, 'subscription { myInboxChanged { kind complaintId } }', { authorization: `Bearer ${other.token}` });
    await Promise.all([reached.subscribed, transferred.subscribed]);
    const version = async (id: string) => (await t.gql('query($id: ID!) { complaint(id: $id) { version } }', { id }, manager.token)).data?.complaint.version;

    expect((await t.gql(REFER, { id: ids[0], v: await version(ids[0]) }, owner.token)).errors).toBeUndefined();
    expect((await reached.first).value).toMatchObject({ data: { escalationReachedMe: { kind: 'ESCALATION_REACHED', complaintId: ids[0] } } });

    expect((await t.gql(REASSIGN, { id: ids[1], v: await version(ids[1]), to: other.staff.id }, leader.token)).errors).toBeUndefined();
    expect((await transferred.first).value).toMatchObject({ data: { myInboxChanged: { kind: 'INBOX_CHANGED', complaintId: ids[1] } } });
    expect((await t.gql('{ myInbox { reassigned { items { id } total } } }', {}, other.token)).data?.myInbox.reassigned).toEqual({ items: [{ id: ids[1] }], total: 1 });
  });
});
