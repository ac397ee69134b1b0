import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { type GraphQLResponse, startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id number } }`;
const EXPORT = `mutation($f: ComplaintFilter) { exportComplaints(filter: $f) { csv rowCount filename } }`;
const outcome = (r: GraphQLResponse): string => (r.errors ? r.errors[0].extensions.code : 'ok');

/** Issue 8: the complaint list as a spreadsheet, numbers first, labels and names not codes; audited. */
describe('complaint export (CSV)', () => {
  let t: TestApp;
  let numbers: string[];
  let customerId: string;

  beforeAll(async () => {
    t = await startTestApp({ TZ_BUSINESS: 'Asia/Shanghai' });
    const agent = await t.staffWithToken('AGENT');
    await t.dataSource.query('UPDATE staff SET name = ? WHERE id = ?', ['导出坐席', agent.staff.id]);
    const [{ id: categoryId }] = await t.dataSource.query('SELECT id FROM complaint_category WHERE code = ?', ['QUALITY']);
    customerId = (await makeCustomer(t.dataSource, { name: '导出投诉客户' })).id;
    numbers = [];
    for (const severity of ['HIGH', 'LOW']) {
      const r = await t.gql(CREATE, { i: { customerId, categoryId, channel: 'PHONE', severity, emotion: 'CALM', description: '冷柜不制冷', customerRequest: '上门维修' } }, agent.token);
      expect(r.errors).toBeUndefined();
      numbers.push(r.data?.createComplaint.number);
    }
    await makeCustomer(t.dataSource, { name: '无投诉客户' });
  });
  afterAll(() => t.close());

  it('writes the filtered list, numbers first, with labels and names', async () => {
    const leader = await t.staffWithToken('SHIFT_LEADER');
    const r = await t.gql(EXPORT, { f: { customerId } }, leader.token);
    expect(r.errors).toBeUndefined();
    expect(r.data?.exportComplaints.rowCount).toBe(2);
    expect(r.data?.exportComplaints.filename).toMatch(/^complaints-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = String(r.data?.exportComplaints.csv).replace('\uFEFF', '').trim().split('\r\n');
    expect(header.split(',')).toEqual(['投诉编号 number', '客户 customer', '类别 category', '状态 status', '严重程度 severity', '负责人 owner', '受理时间 receivedAt', '办结时限 dueAt']);
    // Newest first, as the list shows them; the second registered has the higher number.
    expect(rows.map((row) => row.split(',')[0])).toEqual([...numbers].reverse());
    const cells = rows[1].split(',');
    expect(cells.slice(1, 6)).toEqual(['导出投诉客户', '质量', '已受理', '严重', '导出坐席']);
    expect(rows.join()).not.toMatch(/RECEIVED|QUALITY|HIGH/);
  });

  it('audits the export with its filter', async () => {
    const manager = await t.staffWithToken('DEPT_MANAGER');
    await t.gql(EXPORT, { f: { customerId } }, manager.token);
    const audit = await t.dataSource.query(`SELECT entity, new_value FROM audit_log WHERE action = 'EXPORT' AND actor_id = ?`, [manager.staff.id]);
    expect(audit[0].entity).toBe('complaintExport');
    expect(JSON.parse(audit[0].new_value)).toEqual({ filter: { customerId }, rowCount: 2 });
  });

  it('is for the roles the matrix lets export complaints', async () => {
    for (const role of ['AGENT', 'QA_INSPECTOR', 'ADMIN'] as const) {
      const { token } = await t.staffWithToken(role);
      expect(outcome(await t.gql(EXPORT, { f: { customerId } }, token))).toBe('FORBIDDEN');
    }
    const { token } = await t.staffWithToken('CENTER_DIRECTOR');
    expect(outcome(await t.gql(EXPORT, {}, token))).toBe('ok');
  });
});
