import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaff } from '../../test/factories';
import { csvOf, JOB, RUN, uploadImport } from '../../test/import-uploads';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { Contract } from '../contract';

describe('imports of contracts', () => {
  let t: TestApp;
  let leader: { staff: { id: string; username: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    leader = await t.staffWithToken('SHIFT_LEADER');
  });
  afterAll(() => t.close());

  it('finds the customer by name or phone and the owner by username, refuses what the domain refuses, imports the rest', async () => {
    const customer = await makeCustomer(t.dataSource, { name: '温州瑞丰机械', phone: '13812349001' });
    const agent = await makeStaff(t.dataSource, { role: 'AGENT', name: '周杰' });
    const first = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id number } }`,
      { input: { number: 'HT-2026-0001', title: '已有合同', customerId: customer.id, startDate: '2026-01-01', endDate: '2026-12-31' } },
      leader.token,
    );
    expect(first.errors).toBeUndefined();
    const csv = csvOf([
      ['合同编号', '合同名称', '客户', '负责人', '开始日期', '结束日期', '金额'],
      ['HT-2026-0101', '年度维保合同', '温州瑞丰机械', '', '2026-03-01', '2027-02-28', '12,800.50'],
      ['HT-2026-0102', '备件供应合同', '13812349001', '', '2026-03-01', '2026-02-01', ''],
      ['HT-2026-0103', '未知客户合同', '不存在的客户', '', '2026-03-01', '2026-12-31', ''],
      ['HT-2026-0001', '重复编号合同', '温州瑞丰机械', '', '2026-03-01', '2026-12-31', ''],
      ['HT-2026-0101', '文件内重复', '温州瑞丰机械', '', '2026-03-01', '2026-12-31', ''],
      ['HT-2026-0104', '指定负责人', '温州瑞丰机械', agent.username, '2026-03-01', '2026-12-31', ''],
    ]);
    const { status, body } = await uploadImport(t.url, leader.token, 'CONTRACTS', { name: 'contracts.csv', bytes: csv });
    expect(status).toBe(201);
    const dry = (await t.gql(JOB, { id: body.id }, leader.token)).data?.importJob;
    expect(dry).toMatchObject({ validCount: 1, invalidCount: 3, duplicateCount: 2 });
    const rows = dry.rows.items;
    expect(rows[1].errors).toEqual([{ path: 'endDate', code: 'beforeStartDate', params: null }]);
    expect(rows[2].errors).toEqual([{ path: 'customer', code: 'notFound', params: null }]);
    expect(rows[3]).toMatchObject({ status: 'DUPLICATE', duplicateOfContract: { number: 'HT-2026-0001' } });
    expect(rows[4]).toMatchObject({ status: 'DUPLICATE', matchRow: 2 });
    // A shift leader may not designate another owner (专人落实 is the manager's).
    expect(rows[5].errors).toEqual([{ path: 'owner', code: 'importCannotAssign', params: null }]);
    const ran = await t.gql(RUN, { id: body.id, version: body.version }, leader.token);
    expect(ran.data?.runImport).toMatchObject({ status: 'DONE', importedCount: 1 });
    const imported = (await t.gql(JOB, { id: body.id }, leader.token)).data?.importJob.rows.items[0];
    expect(imported).toMatchObject({ status: 'IMPORTED', contract: { number: 'HT-2026-0101' }, customer: { id: customer.id } });
    const contract = await t.dataSource.getRepository(Contract).findOneByOrFail({ number: 'HT-2026-0101' });
    expect(contract).toMatchObject({ customerId: customer.id, ownerId: leader.staff.id, amount: '12800.50', storedStatus: 'DRAFT', endDate: '2027-02-28' });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: contract.id });
    expect(audit.map((a) => [a.action, a.field, a.newValue])).toEqual(expect.arrayContaining([['CREATE', 'importJob', body.id], ['CREATE', null, 'HT-2026-0101']]));
    expect(audit).toHaveLength(2);
  });

  it('needs the right to import contracts: a QA inspector is refused', async () => {
    const qa = await t.staffWithToken('QA_INSPECTOR');
    const refused = await uploadImport(t.url, qa.token, 'CONTRACTS', { name: 'c.csv', bytes: '合同编号,合同名称,客户,开始日期,结束日期\r\nX,Y,Z,2026-01-01,2026-02-01\r\n' });
    expect(refused.status).toBe(403);
  });
});
