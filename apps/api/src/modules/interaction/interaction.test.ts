import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const LOG = `mutation($input: CreateInteractionInput!) {
  createInteraction(input: $input) { id version channel direction summary outcome occurredAt staff { id } customer { id } contact { name } }
}`;

describe('contacts and interactions', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<TestApp['staffWithToken']>>;
  let customerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    agent = await t.staffWithToken('AGENT');
    customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id })).id;
  });
  afterAll(() => t.close());

  it('adds a contact that the customer search then finds, with an audit row', async () => {
    const created = await t.gql(
      `mutation($input: CreateContactInput!) { createContact(input: $input) { id name phone customer { id } } }`,
      { input: { customerId, name: '欧阳娜娜', position: '行政主管', phone: '13511112222', isPrimary: true } },
      agent.token,
    );
    expect(created.data?.createContact).toMatchObject({ name: '欧阳娜娜', phone: '13511112222', customer: { id: customerId } });
    const found = await t.gql(`{ customers(filter: { q: "欧阳" }) { items { id contacts { name } } } }`, {}, agent.token);
    expect(found.data?.customers.items).toEqual([{ id: customerId, contacts: [{ name: '欧阳娜娜' }] }]);
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: CONTACT, entityId: $id) { action } }`, { id: created.data?.createContact.id }, agent.token);
    expect(history.data?.auditEntries).toEqual([{ action: 'CREATE' }]);
  });

  it('logs an interaction by the signed-in agent, at now by default', async () => {
    const logged = await t.gql(LOG, { input: { customerId, channel: 'PHONE', direction: 'INBOUND', summary: '客户咨询发票开具流程，已告知。', outcome: 'INFO_GIVEN' } }, agent.token);
    expect(logged.data?.createInteraction).toMatchObject({
      version: 1,
      channel: 'PHONE',
      staff: { id: agent.staff.id },
      customer: { id: customerId },
      occurredAt: '2026-11-25T02:00:00.000Z',
    });
    const timeline = await t.gql(`query($c: ID!) { interactions(filter: { customerId: $c }) { items { summary } } }`, { c: customerId }, agent.token);
    expect(timeline.data?.interactions.items).toEqual([{ summary: '客户咨询发票开具流程，已告知。' }]);
  });

  it('rejects an interaction in the future, without a summary, or for an unknown customer', async () => {
    const future = await t.gql(LOG, { input: { customerId, channel: 'PHONE', direction: 'OUTBOUND', summary: '回访', occurredAt: '2026-11-26T02:00:00Z' } }, agent.token);
    expect(future.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'occurredAt', code: 'inFuture' })]);
    const blank = await t.gql(LOG, { input: { customerId, channel: 'PHONE', direction: 'OUTBOUND', summary: ' ' } }, agent.token);
    expect(blank.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'summary', code: 'required' })]);
    const unknown = await t.gql(LOG, { input: { customerId: 'nope', channel: 'PHONE', direction: 'OUTBOUND', summary: '回访' } }, agent.token);
    expect(unknown.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'customerId', code: 'notFound' })]);
    const badDate = await t.gql(LOG, { input: { customerId, channel: 'PHONE', direction: 'OUTBOUND', summary: '回访', occurredAt: 'yesterday' } }, agent.token);
    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("lets only the author edit an interaction, and not clear its channel", async () => {
    const logged = await t.gql(LOG, { input: { customerId, channel: 'VISIT', direction: 'OUTBOUND', summary: '上门走访' } }, agent.token);
    const id = logged.data?.createInteraction.id;
    const other = await t.staffWithToken('AGENT');
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateInteractionInput!) { updateInteraction(id: $id, version: $v, input: $input) { version summary } }`;
    expect((await t.gql(UPDATE, { id, v: 1, input: { summary: '改写' } }, other.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE, { id, v: 1, input: { channel: null } }, agent.token)).errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'channel', code: 'required' }),
    ]);
    expect((await t.gql(UPDATE, { id, v: 1, input: { summary: '上门走访，客户提出续约意向' } }, agent.token)).data?.updateInteraction).toEqual({ version: 2, summary: '上门走访，客户提出续约意向' });
  });
});

describe('staff administration', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['staffWithToken']>>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffWithToken('ADMIN');
  });
  afterAll(() => t.close());

  const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id username role skillLevel active } }`;

  it('creates staff with a hashed password that can sign in', async () => {
    const created = await t.gql(CREATE, { input: { username: 'wangfang', password: 'a-long-password', name: '王芳', role: 'AGENT', skillLevel: 4 } }, admin.token);
    expect(created.data?.createStaff).toMatchObject({ username: 'wangfang', role: 'AGENT', skillLevel: 4, active: true });
    const [{ password_hash }] = await t.dataSource.query('SELECT password_hash FROM staff WHERE username = ?', ['wangfang']);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    const login = await t.gql(`mutation { login(input: { username: "wangfang", password: "a-long-password" }) { staff { name } } }`);
    expect(login.data?.login.staff.name).toBe('王芳');
  });

  it('rejects duplicate usernames, short passwords and skill levels out of range', async () => {
    await t.gql(CREATE, { input: { username: 'lina', password: 'a-long-password', name: '李娜', role: 'AGENT' } }, admin.token);
    const again = await t.gql(CREATE, { input: { username: 'lina', password: 'short', name: '李娜', role: 'AGENT', skillLevel: 9 } }, admin.token);
    expect(again.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions.fields.map((f: { field: string }) => f.field).sort()).toEqual(['password', 'skillLevel']);
    const duplicate = await t.gql(CREATE, { input: { username: 'lina', password: 'a-long-password', name: '李娜', role: 'AGENT' } }, admin.token);
    expect(duplicate.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'username', code: 'duplicate' })]);
  });

  it('does not let administrators lock themselves out', async () => {
    const self = await t.gql(`mutation($id: ID!) { deleteStaff(id: $id, version: 1) }`, { id: admin.staff.id }, admin.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'selfLockout', path: 'id' }] });
  });

  it('masks staff phones except for managers, administrators and the person themself', async () => {
    const agent = await t.staffWithToken('AGENT');
    const query = `query($id: ID!) { staffMember(id: $id) { phone } }`;
    expect((await t.gql(query, { id: admin.staff.id }, agent.token)).data?.staffMember.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect((await t.gql(query, { id: agent.staff.id }, agent.token)).data?.staffMember.phone).toBe(agent.staff.phone);
    expect((await t.gql(query, { id: agent.staff.id }, admin.token)).data?.staffMember.phone).toBe(agent.staff.phone);
  });
});
