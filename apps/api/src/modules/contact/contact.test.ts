import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { id version name position phone email isPrimary customer { id } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateContactInput!) {
  updateContact(id: $id, version: $version, input: $input) { id version name position phone email isPrimary }
}`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteContact(id: $id, version: $version) }`;
const LIST = `query($filter: ContactFilter, $sort: [ContactSort!], $page: PageInput) {
  contacts(filter: $filter, sort: $sort, page: $page) { total items { name phone email } pageInfo { hasNextPage endCursor } }
}`;

type Staffer = Awaited<ReturnType<TestApp['staffWithToken']>>;

describe('contacts', () => {
  let t: TestApp;
  let owner: Staffer;
  let otherAgent: Staffer;
  let leader: Staffer;
  let customerId: string;

  const addContact = async (input: Record<string, unknown>, token = owner.token) => {
    const result = await t.gql(CREATE, { input: { customerId, ...input } }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createContact as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.staffWithToken('AGENT');
    otherAgent = await t.staffWithToken('AGENT');
    leader = await t.staffWithToken('SHIFT_LEADER');
    customerId = (await makeCustomer(t.dataSource, { ownerId: owner.staff.id })).id;
  });
  afterAll(() => t.close());

  it('lets the customer’s owner and supervisors add contacts, trimmed, but not another agent', async () => {
    const created = await t.gql(CREATE, { input: { customerId, name: ' 司马光 ', position: ' 采购经理 ', phone: '021-62345678', email: ' ', isPrimary: true } }, owner.token);
    expect(created.data?.createContact).toMatchObject({ version: 1, name: '司马光', position: '采购经理', phone: '021-62345678', email: null, isPrimary: true, customer: { id: customerId } });
    const bySupervisor = await t.gql(CREATE, { input: { customerId, name: '诸葛亮' } }, leader.token);
    expect(bySupervisor.data?.createContact).toMatchObject({ name: '诸葛亮', isPrimary: false });
    const byOther = await t.gql(CREATE, { input: { customerId, name: '王安石' } }, otherAgent.token);
    expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(CREATE, { input: { customerId, name: '王安石' } });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers bad input field by field and writes nothing', async () => {
    const bad = await t.gql(CREATE, { input: { customerId, name: '', phone: 'abc', email: 'not-an-email', position: '职'.repeat(51) } }, owner.token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual([
      'email:invalidEmail',
      'name:required',
      'phone:invalidPhone',
      'position:tooLong',
    ]);
    const unknownCustomer = await t.gql(CREATE, { input: { customerId: 'no-such-customer', name: '苏轼' } }, owner.token);
    expect(unknownCustomer.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'customerId', code: 'notFound' })]);
    const names = await t.gql(LIST, { filter: { customerId, q: '苏轼' } }, owner.token);
    expect(names.data?.contacts.total).toBe(0);
  });

  it('lists a customer’s contacts by name, sorted and paged, with phone and email masked for other agents', async () => {
    const own = await makeCustomer(t.dataSource, { ownerId: owner.staff.id });
    for (const name of ['上官婉儿', '上官仪', '欧阳修']) await t.gql(CREATE, { input: { customerId: own.id, name, phone: '13812340000', email: 'lianxi@example.cn' } }, owner.token);
    const sorted = await t.gql(LIST, { filter: { customerId: own.id }, sort: [{ field: 'NAME', direction: 'DESC' }] }, owner.token);
    expect(sorted.data?.contacts.items.map((c: { name: string }) => c.name)).toEqual(['欧阳修', '上官婉儿', '上官仪']);
    const search = await t.gql(LIST, { filter: { customerId: own.id, q: '上官' } }, owner.token);
    expect(search.data?.contacts.total).toBe(2);
    const first = await t.gql(LIST, { filter: { customerId: own.id }, page: { limit: 2 } }, owner.token);
    expect(first.data?.contacts.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql(LIST, { filter: { customerId: own.id }, page: { limit: 2, after: first.data?.contacts.pageInfo.endCursor } }, owner.token);
    expect(rest.data?.contacts).toMatchObject({ items: [expect.any(Object)], pageInfo: { hasNextPage: false } });

    expect(sorted.data?.contacts.items[0]).toMatchObject({ phone: '13812340000', email: 'lianxi@example.cn' });
    const masked = await t.gql(LIST, { filter: { customerId: own.id, q: '欧阳' } }, otherAgent.token);
    expect(masked.data?.contacts.items[0].phone).toMatch(/^138\*{4}0000$/);
    expect(masked.data?.contacts.items[0].email).not.toBe('lianxi@example.cn');
    const supervisor = await t.gql(LIST, { filter: { customerId: own.id, q: '欧阳' } }, leader.token);
    expect(supervisor.data?.contacts.items[0]).toMatchObject({ phone: '13812340000', email: 'lianxi@example.cn' });
  });

  it('updates only the fields given, checks the version, and audits with the PII masked', async () => {
    const contact = await addContact({ name: '韩愈', phone: '13900001234' });
    const updated = await t.gql(UPDATE, { id: contact.id, version: 1, input: { phone: '13900005678', position: '总经理' } }, owner.token);
    expect(updated.data?.updateContact).toMatchObject({ version: 2, name: '韩愈', phone: '13900005678', position: '总经理' });
    const stale = await t.gql(UPDATE, { id: contact.id, version: 1, input: { name: '韩退之' } }, owner.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const cleared = await t.gql(UPDATE, { id: contact.id, version: 2, input: { name: ' ' } }, owner.token);
    expect(cleared.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'name', code: 'required' })]);
    const byOther = await t.gql(UPDATE, { id: contact.id, version: 2, input: { position: '副总' } }, otherAgent.token);
    expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const history = await t.gql(`query($id: ID!) { auditEntries(entity: CONTACT, entityId: $id) { action field oldValue newValue } }`, { id: contact.id }, owner.token);
    const [creation, ...changes] = history.data?.auditEntries ?? [];
    expect(creation).toEqual({ action: 'CREATE', field: null, oldValue: null, newValue: '韩愈' });
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { action: 'UPDATE', field: 'phone', oldValue: '139****1234', newValue: '139****5678' },
        { action: 'UPDATE', field: 'position', oldValue: null, newValue: '总经理' },
      ]),
    );
  });

  it('archives a contact: gone from lists, single reads and customer search; a second delete is NOT_FOUND', async () => {
    const contact = await addContact({ name: '柳宗元' });
    const byOther = await t.gql(DELETE, { id: contact.id, version: 1 }, otherAgent.token);
    expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(`{ customers(filter: { q: "柳宗元" }) { total } }`, {}, owner.token)).data?.customers.total).toBe(1);
    const stale = await t.gql(DELETE, { id: contact.id, version: 7 }, owner.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(DELETE, { id: contact.id, version: 1 }, owner.token)).data?.deleteContact).toBe(contact.id);
    expect((await t.gql(`query($id: ID!) { contact(id: $id) { id } }`, { id: contact.id }, owner.token)).data?.contact).toBeNull();
    expect((await t.gql(LIST, { filter: { customerId, q: '柳宗元' } }, owner.token)).data?.contacts.total).toBe(0);
    expect((await t.gql(`{ customers(filter: { q: "柳宗元" }) { total } }`, {}, owner.token)).data?.customers.total).toBe(0);
    const again = await t.gql(DELETE, { id: contact.id, version: 2 }, owner.token);
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
