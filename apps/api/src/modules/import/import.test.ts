import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { CANCEL, csvOf, JOB, RUN, uploadImport } from '../../test/import-uploads';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { ImportJob } from './import-job.entity';

const HEADERS = ['名称', '公司', '电话', '分级', '联系人', '联系人电话'];

describe('imports of customers (with contacts)', () => {
  let t: TestApp;
  let manager: { staff: { id: string; username: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.staffWithToken('DEPT_MANAGER');
  });
  afterAll(() => t.close());

  const upload = (csv: string, name = 'customers.csv', kind = 'CUSTOMERS', token = manager.token) => uploadImport(t.url, token, kind, { name, bytes: csv });
  const job = async (id: string, variables: Record<string, unknown> = {}) => (await t.gql(JOB, { id, page: { limit: 200 }, ...variables }, manager.token)).data?.importJob;

  it('dry-runs a file: per-row errors with the domain’s codes, duplicates of the database and of earlier rows, nothing written', async () => {
    const existing = await makeCustomer(t.dataSource, { name: '宁波港华物流', company: '宁波港华物流有限公司', phone: '13700001111' });
    const customersBefore = await t.dataSource.getRepository(Customer).count();
    const csv = csvOf([
      HEADERS,
      ['杭州恒昌物流', '杭州恒昌物流有限公司', '13812340001', 'A', '王磊', '13912340001'],
      ['坏电话客户', '', '电话123', '', '', ''],
      ['', '无名公司', '13812340002', 'Z', '', ''],
      ['港华重复', '', '137-0000-1111', '', '', ''],
      ['同号客户', '', '13812340001', '', '', ''],
      ['杭州恒昌物流', '杭州恒昌物流有限公司', '', '', '李娜', '13912340002'],
      ['宁波港华物流', '宁波港华物流有限公司', '', '', '', ''],
    ]);
    const response = await upload(csv);
    expect(response.status).toBe(201);
    const found = await job(response.body.id);
    expect(found).toMatchObject({ kind: 'CUSTOMERS', status: 'DRY_RUN', fileName: 'customers.csv', totalRows: 7, validCount: 2, invalidCount: 2, duplicateCount: 3, importedCount: 0, availableActions: ['RUN', 'CANCEL'], createdBy: { username: manager.staff.username } });
    const rows = found.rows.items;
    expect(rows.map((r: { rowNumber: number; status: string }) => [r.rowNumber, r.status])).toEqual([
      [2, 'VALID'], [3, 'INVALID'], [4, 'INVALID'], [5, 'DUPLICATE'], [6, 'DUPLICATE'], [7, 'VALID'], [8, 'DUPLICATE'],
    ]);
    expect(rows[1].errors).toEqual([{ path: 'phone', code: 'invalidPhone', params: null }]);
    expect(rows[2].errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([['name', 'required'], ['tier', 'invalidChoice']]);
    expect(rows[3]).toMatchObject({ errors: [{ path: 'phone', code: 'duplicateExisting' }], duplicateOfCustomer: { id: existing.id } });
    expect(rows[4]).toMatchObject({ matchRow: 2, errors: [{ path: 'phone', code: 'duplicateInFile', params: '{"row":2}' }] });
    // Same name and company as row 2, with a contact of its own: one more contact of row 2's customer.
    expect(rows[5]).toMatchObject({ status: 'VALID', matchRow: 2, errors: [] });
    expect(rows[6]).toMatchObject({ errors: [{ path: 'name', code: 'duplicateExisting' }], duplicateOfCustomer: { id: existing.id } });
    expect(await t.dataSource.getRepository(Customer).count()).toBe(customersBefore);
  });

  it('imports the valid rows, links each row to its customer, audits every record with the job and the job as one import', async () => {
    const csv = csvOf([HEADERS, ['𠮷野家餐饮😀', '𠮷野家（上海）餐饮有限公司', '13812340101', 'B', '赵敏', '13912340101'], ['坏行', '', 'abc', '', '', ''], ['𠮷野家餐饮😀', '𠮷野家（上海）餐饮有限公司', '', '', '钱坤', '13912340102']]);
    const { body } = await upload(csv);
    const ran = await t.gql(RUN, { id: body.id, version: body.version }, manager.token);
    expect(ran.data?.runImport).toMatchObject({ status: 'DONE', importedCount: 2, availableActions: [], version: body.version + 2 });
    const done = await job(body.id);
    const [first, bad, second] = done.rows.items;
    expect([first.status, bad.status, second.status]).toEqual(['IMPORTED', 'INVALID', 'IMPORTED']);
    expect(first.customer).toMatchObject({ name: '𠮷野家餐饮😀' });
    expect(second.customer.id).toBe(first.customer.id);
    const customer = await t.dataSource.getRepository(Customer).findOneByOrFail({ id: first.customer.id });
    expect(customer).toMatchObject({ name: '𠮷野家餐饮😀', company: '𠮷野家（上海）餐饮有限公司', phone: '13812340101', tier: 'B', kind: 'COMPANY', ownerId: null });
    const contacts = await t.dataSource.getRepository(Contact).find({ where: { customerId: customer.id }, order: { name: 'ASC' } });
    expect(contacts.map((c) => [c.name, c.phone, c.isPrimary]).sort()).toEqual([['赵敏', '13912340101', true], ['钱坤', '13912340102', false]]);
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: customer.id });
    expect(audit).toEqual([expect.objectContaining({ entity: 'customer', action: 'CREATE', field: 'importJob', newValue: body.id, actorId: manager.staff.id })]);
    const jobAudit = await t.dataSource.getRepository(AuditEntry).find({ where: { entity: 'importJob', entityId: body.id }, order: { at: 'ASC' } });
    expect(jobAudit.map((a) => [a.action, a.field, a.oldValue, a.newValue])).toEqual(
      expect.arrayContaining([['CREATE', null, null, 'customers.csv'], ['UPDATE', 'status', 'DRY_RUN', 'IMPORTING'], ['UPDATE', 'status', 'IMPORTING', 'DONE']]),
    );
    // The imported customer is found by the customer search (its search text and grams were written).
    const search = await t.gql(`query { customers(filter: { q: "吉野家" }) { items { id } } }`, {}, manager.token);
    expect(search.data?.customers.items).toEqual([]);
    const byName = await t.gql(`query { customers(filter: { q: "野家餐饮" }) { items { id } } }`, {}, manager.token);
    expect(byName.data?.customers.items).toEqual([{ id: customer.id }]);
    // Running again is refused: everything valid is imported.
    const again = await t.gql(RUN, { id: body.id, version: body.version + 2 }, manager.token);
    expect(again.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('imports in batches of 500 rows, all of them, with the progress on the job', async () => {
    const rows = Array.from({ length: 1203 }, (_, i) => [`批量客户${i}`, `批量公司${i}`, `1355${String(i).padStart(7, '0')}`, '', '', '']);
    const { body } = await upload(csvOf([HEADERS, ...rows]), 'batch.csv');
    const before = await t.dataSource.getRepository(Customer).count();
    const ran = await t.gql(RUN, { id: body.id, version: body.version }, manager.token);
    expect(ran.data?.runImport).toMatchObject({ status: 'DONE', importedCount: 1203 });
    expect(await t.dataSource.getRepository(Customer).count()).toBe(before + 1203);
    const imported = await job(body.id, { status: ['IMPORTED'], page: { limit: 1 } });
    expect(imported.rows.total).toBe(1203);
    expect(imported.rows.items[0].customer.name).toBe('批量客户0');
  });

  it('lists the jobs newest first, pages the rows, and cancels a dry run (its valid rows SKIPPED)', async () => {
    await upload(csvOf([HEADERS, ['较早的导入', '', '13812340200', '', '', '']]), 'earlier.csv');
    const { body } = await upload(csvOf([HEADERS, ['取消客户', '', '13812340201', '', '', ''], ['取消客户二', '', '13812340202', '', '', '']]), 'cancel.csv');
    const cancelled = await t.gql(CANCEL, { id: body.id, version: body.version }, manager.token);
    expect(cancelled.data?.cancelImport).toMatchObject({ status: 'CANCELLED', availableActions: [] });
    const rows = await job(body.id, { page: { limit: 1, offset: 1 } });
    expect(rows.rows).toMatchObject({ total: 2, pageInfo: { hasNextPage: false }, items: [{ rowNumber: 3, status: 'SKIPPED', customer: null }] });
    const list = await t.gql(`query { importJobs(filter: { kind: [CUSTOMERS] }, page: { limit: 1 }) { total items { id fileName status } pageInfo { hasNextPage } } }`, {}, manager.token);
    expect(list.data?.importJobs).toMatchObject({ pageInfo: { hasNextPage: true }, items: [{ id: body.id, fileName: 'cancel.csv', status: 'CANCELLED' }] });
    const cancelledOnly = await t.gql(`query { importJobs(filter: { status: [CANCELLED] }) { total } }`, {}, manager.token);
    expect(cancelledOnly.data?.importJobs.total).toBe(1);
    const byName = await t.gql(`query { importJobs(filter: { q: "ancel" }) { items { id } } }`, {}, manager.token);
    expect(byName.data?.importJobs.items).toEqual([{ id: body.id }]);
  });

  it('answers an unknown job NOT_FOUND and a stale version CONFLICT, changing nothing', async () => {
    const missing = await t.gql(RUN, { id: '00000000-0000-7000-8000-000000000000', version: 1 }, manager.token);
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(JOB, { id: '00000000-0000-7000-8000-000000000000' }, manager.token)).data?.importJob).toBeNull();
    const { body } = await upload(csvOf([HEADERS, ['过期版本客户', '', '13812340301', '', '', '']]));
    const stale = await t.gql(RUN, { id: body.id, version: body.version + 1 }, manager.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await job(body.id)).status).toBe('DRY_RUN');
  });

  it('refuses files it cannot read with BAD_USER_INPUT and writes nothing', async () => {
    const jobsBefore = await t.dataSource.getRepository(ImportJob).count();
    const cases: Array<[string, Buffer | string, string]> = [
      ['empty.csv', '', 'importFileEmpty'],
      ['header-only.csv', '名称,电话\r\n', 'importFileEmpty'],
      ['wrong.csv', '姓名,手机\r\n张三,13800000000\r\n', 'importUnknownHeaders'],
      ['no-name.csv', '电话\r\n13800000000\r\n', 'importMissingHeaders'],
      ['garbage.bin', Buffer.from([0x00, 0xff, 0xfe, 0x01, 0x02, 0x80, 0x81, 0x00, 0x10]), 'importFileUnreadable'],
      ['broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]), 'importFileUnreadable'],
      ['huge.csv', `名称\r\n${'客'.repeat(2 * 1024 * 1024)}\r\n`, 'importFileTooLarge'],
    ];
    for (const [name, bytes, code] of cases) {
      const response = await uploadImport(t.url, manager.token, 'CUSTOMERS', { name, bytes });
      expect([name, response.status, response.body.errors?.[0].extensions.code, response.body.errors?.[0].extensions.fields?.[0].code]).toEqual([name, 400, 'BAD_USER_INPUT', code]);
    }
    const badKind = await uploadImport(t.url, manager.token, 'STAFF', { name: 'x.csv', bytes: '名称\r\n张三\r\n' });
    expect(badKind.status).toBe(400);
    expect(await t.dataSource.getRepository(ImportJob).count()).toBe(jobsBefore);
  });

  it('reads GBK text and Excel workbooks', async () => {
    // "名称,电话\r\n张三,13812340401" in GBK, as Excel on a Chinese Windows saves a CSV.
    const gbk = Buffer.concat([Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]), Buffer.from(',phone\r\n'), Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), Buffer.from(',13812340401\r\n')]);
    const fromGbk = await uploadImport(t.url, manager.token, 'CUSTOMERS', { name: 'gbk.csv', bytes: gbk });
    expect((await job(fromGbk.body.id)).rows.items[0]).toMatchObject({ status: 'VALID', values: [{ field: 'name', value: '张三' }, { field: 'phone', value: '13812340401' }] });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['名称 name', '电话 phone', '联系人 contactName']);
    sheet.addRow(['表格客户🙂', 13812340402, '孙丽']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await uploadImport(t.url, manager.token, 'CUSTOMERS', { name: '客户.xlsx', bytes: xlsx });
    expect((await job(fromXlsx.body.id))).toMatchObject({ fileName: '客户.xlsx', validCount: 1, rows: { items: [{ values: [{ field: 'name', value: '表格客户🙂' }, { field: 'phone', value: '13812340402' }, { field: 'contactName', value: '孙丽' }] }] } });
  });

  it('recognises every row of its own customer export (名称 name …) as a duplicate of itself', async () => {
    await makeCustomer(t.dataSource, { name: '导出往返客户', company: '往返贸易有限公司', phone: '13812340501' });
    const exported = await t.gql(`mutation { exportCustomers { csv rowCount } }`, {}, manager.token);
    const { csv, rowCount } = exported.data?.exportCustomers ?? {};
    expect(rowCount).toBeGreaterThan(1000);
    const response = await upload(csv, 'customers-export.csv');
    expect(response.status).toBe(201);
    const found = await job(response.body.id);
    expect(found).toMatchObject({ totalRows: rowCount, duplicateCount: rowCount, validCount: 0, invalidCount: 0 });
  });

  it('lets only who may import: an agent is refused the upload and the list', async () => {
    const agent = await t.staffWithToken('AGENT');
    const refused = await upload(csvOf([HEADERS, ['坐席导入', '', '13812340601', '', '', '']]), 'agent.csv', 'CUSTOMERS', agent.token);
    expect([refused.status, refused.body.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const list = await t.gql(`query { importJobs { total } }`, {}, agent.token);
    expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await uploadImport(t.url, null, 'CUSTOMERS', { name: 'x.csv', bytes: '名称\r\n张三\r\n' });
    expect(anonymous.status).toBe(401);
    const noCsrf = await uploadImport(t.url, manager.token, 'CUSTOMERS', { name: 'x.csv', bytes: '名称\r\n张三\r\n' }, {});
    expect(noCsrf.status).toBe(403);
  });
});
