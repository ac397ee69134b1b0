import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

type Who = { staff: { id: string }; token: string };
const DUPLICATES = `query($name: String, $company: String, $phone: String, $excludeId: ID) { customerDuplicates(name: $name, company: $company, phone: $phone, excludeId: $excludeId) { customerId name company reasons canOpen } }`;
const MERGE = `mutation($s: ID!, $sv: Int!, $t: ID!, $tv: Int!) { mergeCustomers(sourceId: $s, sourceVersion: $sv, targetId: $t, targetVersion: $tv) { id version sourceId targetId movedCount undoneAt } }`;
const UNDO = `mutation($id: ID!, $v: Int!) { undoCustomerMerge(id: $id, version: $v) { id version undoneAt movedCount } }`;
const VERSION = `query($id: ID!) { customer(id: $id) { id version } }`;
const HISTORY = `query($id: ID!) { auditEntries(entity: CUSTOMER, entityId: $id) { action field newValue } }`;

/** Issue 8 point 6: duplicate customers are found while a form is filled, and a manager merges them (undo the same day). */
describe('duplicate customers and their merge', () => {
  let t: TestApp;
  let manager: Who, admin: Who, director: Who, owner: Who, agent: Who, leader: Who;
  let qualityId: string;

  beforeAll(async () => {
    t = await startTestApp({ TZ_BUSINESS: 'Asia/Shanghai' });
    t.clock.set(new Date('2026-12-01T02:00:00Z')); // 10:00 in Shanghai
    [manager, admin, director, owner, agent, leader] = await Promise.all([
      t.staffWithToken('DEPT_MANAGER'),
      t.staffWithToken('ADMIN'),
      t.staffWithToken('CENTER_DIRECTOR'),
      t.staffWithToken('AGENT'),
      t.staffWithToken('AGENT'),
      t.staffWithToken('SHIFT_LEADER'),
    ]);
    [{ id: qualityId }] = await t.dataSource.query('SELECT id FROM complaint_category WHERE code = ?', ['QUALITY']);
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, who: Who) => {
    const result = await t.gql(query, variables, who.token);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };
  const version = async (id: string) => (await ok(VERSION, { id }, manager)).customer?.version as number;

  it('warns of the same phone, or the same name and company, without showing the other customer’s phone', async () => {
    const existing = await makeCustomer(t.dataSource, { name: '王建国', company: '杭州华联商贸有限公司', phone: '13800138000', ownerId: owner.staff.id });
    const byPhone = await t.gql(DUPLICATES, { name: '王先生', phone: '138-0013 8000' }, agent.token);
    expect(byPhone.data?.customerDuplicates).toEqual([{ customerId: existing.id, name: '王建国', company: '杭州华联商贸有限公司', reasons: ['PHONE'], canOpen: true }]);
    expect(JSON.stringify(byPhone)).not.toContain('8000');
    expect((await ok(DUPLICATES, { name: '王建国', company: '杭州华联商贸有限公司' }, agent)).customerDuplicates[0].reasons).toEqual(['NAME_AND_COMPANY']);
    expect((await ok(DUPLICATES, { name: '王建国', company: '宁波华联' }, agent)).customerDuplicates).toEqual([]);
    expect((await ok(DUPLICATES, { phone: '13800138000', excludeId: existing.id }, owner)).customerDuplicates).toEqual([]);
    expect((await ok(DUPLICATES, { phone: '138' }, agent)).customerDuplicates).toEqual([]);
  });

  async function duplicatePair() {
    const target = await makeCustomer(t.dataSource, { name: '李梅', company: '苏州恒达物流有限公司', phone: '13912345678', ownerId: owner.staff.id });
    const source = await makeCustomer(t.dataSource, { name: '李梅', company: '苏州恒达物流有限公司', phone: '0512-66881234', contacts: [{ name: '周强', phone: '13700001111' }] });
    await ok(`mutation($i: CreateInteractionInput!) { createInteraction(input: $i) { id } }`, { i: { customerId: source.id, channel: 'PHONE', direction: 'INBOUND', summary: '询问冷柜保修' } }, agent);
    const contract = (await ok(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, { i: { customerId: source.id, number: `HT-${source.id.slice(-6)}`, title: '冷柜年度维保', startDate: '2026-01-01', endDate: '2026-12-31' } }, agent)).createContract.id as string;
    const complaint = (await ok(`mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }`, { i: { customerId: source.id, categoryId: qualityId, channel: 'PHONE', severity: 'LOW', emotion: 'CALM', description: '冷柜噪音大', customerRequest: '上门检修' } }, agent)).createComplaint.id as string;
    return { target, source, contract, complaint };
  }
  const countOn = async (customerId: string) => {
    const [row] = await t.dataSource.query(
      'SELECT (SELECT COUNT(*) FROM contact WHERE customer_id = ?) AS contacts, (SELECT COUNT(*) FROM interaction WHERE customer_id = ?) AS interactions, (SELECT COUNT(*) FROM contract WHERE customer_id = ?) AS contracts, (SELECT COUNT(*) FROM complaint WHERE customer_id = ?) AS complaints',
      [customerId, customerId, customerId, customerId],
    );
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  };

  it('a department manager or administrator merges: the records move, the duplicate is archived, both trails say so', async () => {
    const { target, source, complaint } = await duplicatePair();
    for (const who of [agent, owner, leader, director]) {
      expect((await t.gql(MERGE, { s: source.id, sv: 1, t: target.id, tv: 1 }, who.token)).errors?.[0].extensions.code, 'only DEPT_MANAGER/ADMIN').toBe('FORBIDDEN');
    }
    expect(await countOn(source.id)).toEqual({ contacts: 1, interactions: 1, contracts: 1, complaints: 1 });
    const merge = (await ok(MERGE, { s: source.id, sv: await version(source.id), t: target.id, tv: await version(target.id) }, manager)).mergeCustomers;
    expect(merge).toMatchObject({ sourceId: source.id, targetId: target.id, movedCount: 4, undoneAt: null });
    expect(await countOn(source.id)).toEqual({ contacts: 0, interactions: 0, contracts: 0, complaints: 0 });
    expect(await countOn(target.id)).toEqual({ contacts: 1, interactions: 1, contracts: 1, complaints: 1 });
    expect((await ok(VERSION, { id: source.id }, manager)).customer).toBeNull(); // archived
    expect((await ok(`query($id: ID!) { complaint(id: $id) { customerId } }`, { id: complaint }, manager)).complaint.customerId).toBe(target.id);
    // The kept customer is found by the duplicate's contact name.
    expect((await ok(`{ customers(filter: { q: "周强" }) { items { id } } }`, {}, manager)).customers.items).toEqual([{ id: target.id }]);
    expect((await ok(HISTORY, { id: source.id }, manager)).auditEntries).toContainEqual(expect.objectContaining({ action: 'ARCHIVE', field: 'mergedInto' }));
    expect((await ok(HISTORY, { id: target.id }, manager)).auditEntries).toContainEqual(expect.objectContaining({ field: 'mergedFrom' }));
    const complaintHistory = (await ok(`query($id: ID!) { auditEntries(entity: COMPLAINT, entityId: $id) { field newValue } }`, { id: complaint }, manager)).auditEntries;
    expect(complaintHistory).toContainEqual({ field: 'customerId', newValue: target.id });
  });

  it('checks both versions and refuses a customer merged into itself; nothing moves then', async () => {
    const { target, source } = await duplicatePair();
    const stale = await t.gql(MERGE, { s: source.id, sv: 1, t: target.id, tv: 99 }, admin.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await countOn(source.id)).toEqual({ contacts: 1, interactions: 1, contracts: 1, complaints: 1 });
    expect((await ok(VERSION, { id: source.id }, manager)).customer).not.toBeNull();
    const self = await t.gql(MERGE, { s: target.id, sv: 1, t: target.id, tv: 1 }, admin.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'targetId', code: 'sameCustomer' }] });
  });

  it('is undone the same business day: the records go back and the duplicate is live again; not the next day', async () => {
    const { target, source } = await duplicatePair();
    const merge = (await ok(MERGE, { s: source.id, sv: await version(source.id), t: target.id, tv: await version(target.id) }, admin)).mergeCustomers;
    expect((await t.gql(UNDO, { id: merge.id, v: merge.version }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UNDO, { id: merge.id, v: merge.version + 1 }, manager.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    const undone = (await ok(UNDO, { id: merge.id, v: merge.version }, manager)).undoCustomerMerge;
    expect(undone.undoneAt).not.toBeNull();
    expect(await countOn(source.id)).toEqual({ contacts: 1, interactions: 1, contracts: 1, complaints: 1 });
    expect((await ok(VERSION, { id: source.id }, manager)).customer).not.toBeNull();
    expect((await t.gql(UNDO, { id: merge.id, v: undone.version }, manager.token)).errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'mergeAlreadyUndone' }] });

    const again = (await ok(MERGE, { s: source.id, sv: await version(source.id), t: target.id, tv: await version(target.id) }, manager)).mergeCustomers;
    t.clock.set(new Date('2026-12-01T16:00:00Z')); // midnight in Shanghai: the next business day
    const token = await t.signIn(manager.staff as never);
    const late = await t.gql(UNDO, { id: again.id, v: again.version }, token);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'mergeUndoExpired', params: { day: '2026-12-01' } }] });
    expect(await countOn(source.id)).toEqual({ contacts: 0, interactions: 0, contracts: 0, complaints: 0 });
    t.clock.set(new Date('2026-12-01T02:00:00Z'));
  });
});
