import type { Role } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaff } from '../../test/factories';
import { type GraphQLResponse, startTestApp, type TestApp } from '../../test/test-app';

const READ = `query($id: ID!) { customer(id: $id) { phone email address piiMasked contacts { phone email } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: 1, input: $input) { id } }`;

type Outcome = 'ok' | 'FORBIDDEN';

/** Expected answers per role, straight from DOMAIN §1-2 (职责权限, 保密). */
const EXPECTED: Record<Role, { seesOthersPii: boolean; create: Outcome; editOthers: Outcome; delete: Outcome; export: Outcome; createStaff: Outcome }> = {
  AGENT: { seesOthersPii: false, create: 'ok', editOthers: 'FORBIDDEN', delete: 'FORBIDDEN', export: 'FORBIDDEN', createStaff: 'FORBIDDEN' },
  SHIFT_LEADER: { seesOthersPii: true, create: 'ok', editOthers: 'ok', delete: 'FORBIDDEN', export: 'ok', createStaff: 'FORBIDDEN' },
  QA_INSPECTOR: { seesOthersPii: false, create: 'FORBIDDEN', editOthers: 'FORBIDDEN', delete: 'FORBIDDEN', export: 'FORBIDDEN', createStaff: 'FORBIDDEN' },
  DEPT_MANAGER: { seesOthersPii: true, create: 'ok', editOthers: 'ok', delete: 'ok', export: 'ok', createStaff: 'FORBIDDEN' },
  CENTER_DIRECTOR: { seesOthersPii: true, create: 'ok', editOthers: 'ok', delete: 'ok', export: 'ok', createStaff: 'FORBIDDEN' },
  ADMIN: { seesOthersPii: false, create: 'FORBIDDEN', editOthers: 'FORBIDDEN', delete: 'FORBIDDEN', export: 'FORBIDDEN', createStaff: 'ok' },
};

describe('permissions and masking by role', () => {
  let t: TestApp;
  let ownerToken: string;
  let ownedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const owner = await t.staffWithToken('AGENT');
    ownerToken = owner.token;
    ownedId = (await makeCustomer(t.dataSource, { ownerId: owner.staff.id, contacts: [{ name: '李娜', phone: '13766667777' }] })).id;
  });
  afterAll(() => t.close());

  const outcome = (r: GraphQLResponse): string => (r.errors ? r.errors[0].extensions.code : 'ok');

  it('shows the owner full PII', async () => {
    const r = await t.gql(READ, { id: ownedId }, ownerToken);
    expect(r.data?.customer).toEqual({
      phone: '13812345678',
      email: 'kefu@example.cn',
      address: '浙江省杭州市西湖区文三路138号',
      piiMasked: false,
      contacts: [{ phone: '13766667777', email: null }],
    });
  });

  for (const [role, expected] of Object.entries(EXPECTED) as Array<[Role, (typeof EXPECTED)[Role]]>) {
    it(`${role}: PII ${expected.seesOthersPii ? 'visible' : 'masked'}, create ${expected.create}, edit others ${expected.editOthers}, delete ${expected.delete}, export ${expected.export}`, async () => {
      const { token } = await t.staffWithToken(role);
      const read = await t.gql(READ, { id: ownedId }, token);
      if (expected.seesOthersPii) {
        expect(read.data?.customer).toMatchObject({ phone: '13812345678', piiMasked: false });
      } else {
        expect(read.data?.customer).toMatchObject({ phone: '138****5678', email: 'k****@example.cn', address: '浙江省杭州市****', piiMasked: true, contacts: [{ phone: '137****7777' }] });
      }
      const created = await t.gql(`mutation { createCustomer(input: { kind: INDIVIDUAL, name: "王芳" }) { id } }`, {}, token);
      expect(outcome(created)).toBe(expected.create);
      const target = await makeCustomer(t.dataSource);
      expect(outcome(await t.gql(UPDATE, { id: target.id, input: { notes: '已核实' } }, token))).toBe(expected.editOthers);
      expect(outcome(await t.gql(`mutation($id: ID!) { deleteCustomer(id: $id, version: 1) }`, { id: (await makeCustomer(t.dataSource)).id }, token))).toBe(expected.delete);
      expect(outcome(await t.gql(`mutation { exportCustomers { rowCount } }`, {}, token))).toBe(expected.export);
      const staff = await t.gql(`mutation { createStaff(input: { username: "new${role.toLowerCase()}", password: "long-enough-1", name: "新员工", role: AGENT }) { id } }`, {}, token);
      expect(outcome(staff)).toBe(expected.createStaff);
    });
  }

  it('lets an agent edit the customers they own but not reassign them', async () => {
    expect(outcome(await t.gql(UPDATE, { id: ownedId, input: { notes: '客户要求周三上午回电' } }, ownerToken))).toBe('ok');
    const manager = await t.staffWithToken('DEPT_MANAGER');
    const reassign = await t.gql(`mutation($id: ID!, $owner: ID!) { updateCustomer(id: $id, version: 2, input: { ownerId: $owner }) { id } }`, { id: ownedId, owner: manager.staff.id }, ownerToken);
    expect(outcome(reassign)).toBe('FORBIDDEN');
  });

  it('refuses everything but login without a session', async () => {
    const r = await t.gql(`{ customers { items { id } } }`);
    expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ me { id } }`)).data?.me).toBeNull();
  });

  it('exports CSV masked for the viewer and audits the export', async () => {
    const leader = await t.staffWithToken('SHIFT_LEADER');
    const r = await t.gql(`mutation { exportCustomers(filter: { q: "李娜" }) { csv rowCount filename } }`, {}, leader.token);
    expect(r.data?.exportCustomers.rowCount).toBe(1);
    expect(r.data?.exportCustomers.csv.startsWith('\uFEFF编号 id,')).toBe(true);
    expect(r.data?.exportCustomers.csv).toContain('13812345678');
    const audit = await t.dataSource.query(`SELECT actor_id, new_value FROM audit_log WHERE action = 'EXPORT' AND actor_id = ?`, [leader.staff.id]);
    expect(JSON.parse(audit[0].new_value)).toEqual({ filter: { q: '李娜' }, rowCount: 1 });
  });

  it('writes labels and names in the CSV, not codes and ids', async () => {
    const leader = await t.staffWithToken('SHIFT_LEADER');
    const owner = await makeStaff(t.dataSource, { role: 'AGENT', name: '导出负责人' });
    await makeCustomer(t.dataSource, { name: '导出测试企业', tier: 'B', lifecycle: 'ACTIVE', ownerId: owner.id });
    const r = await t.gql(`mutation { exportCustomers(filter: { q: "导出测试企业" }) { csv rowCount } }`, {}, leader.token);
    const [header, row] = String(r.data?.exportCustomers.csv).replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toContain('负责人 owner');
    expect(row).toContain('企业客户');
    expect(row).toContain('B 普通客户');
    expect(row).toContain('使用中');
    expect(row).toContain('导出负责人');
    expect(row).not.toMatch(/COMPANY|ACTIVE/);
    expect(row).not.toContain(owner.id);
  });
});
