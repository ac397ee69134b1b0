import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { makeCustomer } from '../../test/factories';
import { Team } from '../team/team.entity';
import { type GraphQLResponse, startTestApp, type TestApp } from '../../test/test-app';

const EXPORT = `mutation($input: ExportListInput!) { exportList(input: $input) { filename mimeType contentBase64 rowCount truncated } }`;
const CREATE_CONTRACT = `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`;
const CONTRACT_COLUMNS = [
  { field: 'number', title: '合同编号 number' },
  { field: 'customer.name', title: '客户 customer' },
  { field: 'amount', title: '金额 amount' },
  { field: 'startDate', title: '开始日期 startDate' },
  { field: 'status', title: '状态 status' },
  { field: 'updatedAt', title: '更新时间 updatedAt' },
];

interface ExportAnswer {
  filename: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  truncated: boolean;
}

const code = (r: GraphQLResponse) => (r.errors ? r.errors[0].extensions.code : 'ok');
const csvLines = (answer: ExportAnswer) => Buffer.from(answer.contentBase64, 'base64').toString('utf8').replace('\uFEFF', '').trim().split('\r\n');

async function sheetOf(answer: ExportAnswer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(answer.contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

/** Issue 14 item 4: every list as CSV and Excel, as the list itself answers the viewer; audited. */
describe('exportList', () => {
  let t: TestApp;
  let leader: { token: string; staff: { id: string } };
  let customerId: string;

  const run = async (input: Record<string, unknown>, token = leader.token) => t.gql<{ exportList: ExportAnswer }>(EXPORT, { input }, token);

  beforeAll(async () => {
    t = await startTestApp({ TZ_BUSINESS: 'Asia/Shanghai' });
    leader = await t.staffWithToken('SHIFT_LEADER');
    customerId = (await makeCustomer(t.dataSource, { name: '导出合同客户', tags: ['重点', '华东'] })).id;
    for (const [number, amount] of [
      ['EXP-1', '12800.50'],
      ['EXP-2', '3000.00'],
      ['EXP-3', '96000.00'],
    ]) {
      const r = await t.gql(CREATE_CONTRACT, { input: { number, title: '年度维保', customerId, startDate: '2026-01-01', endDate: '2030-12-31', amount } }, leader.token);
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('writes a filtered, sorted list as CSV with the given titles and zh-CN labels', async () => {
    const r = await run({ list: 'contracts', filter: JSON.stringify({ customerId }), sort: [{ field: 'AMOUNT', direction: 'DESC' }], columns: CONTRACT_COLUMNS, format: 'CSV' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.exportList).toMatchObject({ rowCount: 3, truncated: false, mimeType: 'text/csv; charset=utf-8' });
    expect(r.data?.exportList.filename).toMatch(/^contracts-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvLines(r.data!.exportList);
    expect(header).toBe(CONTRACT_COLUMNS.map((c) => c.title).join(','));
    expect(rows.map((row) => row.split(',')[0])).toEqual(['EXP-3', 'EXP-1', 'EXP-2']);
    expect(rows[1].split(',').slice(1, 5)).toEqual(['导出合同客户', '12800.50', '2026-01-01', '草稿']);
  });

  it('writes Excel with numbers as numbers and dates as dates under a bold frozen header', async () => {
    const r = await run({ list: 'contracts', filter: JSON.stringify({ customerId }), sort: [{ field: 'NUMBER', direction: 'ASC' }], columns: CONTRACT_COLUMNS, format: 'XLSX' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.exportList.filename).toMatch(/\.xlsx$/);
    const sheet = await sheetOf(r.data!.exportList);
    expect(sheet.getRow(1).values).toEqual([undefined, ...CONTRACT_COLUMNS.map((c) => c.title)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    const amount = sheet.getRow(2).getCell(3);
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(12800.5);
    expect(sheet.getRow(2).getCell(4).value).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(sheet.getRow(2).getCell(5).value).toBe('草稿');
    expect(sheet.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.Date);
  });

  it('exports other lists the same way: customers with tags and enum labels', async () => {
    const r = await run({
      list: 'customers',
      filter: JSON.stringify({ q: '导出合同客户' }),
      columns: [
        { field: 'name', title: '名称 name' },
        { field: 'tier', title: '分级 tier' },
        { field: 'tags', title: '标签 tags' },
        { field: 'phone', title: '电话 phone' },
        { field: 'owner.name', title: '负责人 owner' },
      ],
      format: 'CSV',
    });
    expect(r.errors).toBeUndefined();
    expect(csvLines(r.data!.exportList)[1]).toBe('导出合同客户,B 普通客户,重点|华东,13812345678,');
  });

  it('masks PII as the list does for the viewer: an agent sees their own phone, not a colleague’s', async () => {
    const agent = await t.staffWithToken('AGENT', { phone: '13955556666' } as never);
    const colleague = await t.staffWithToken('AGENT', { phone: '13977778888' } as never);
    const r = await run({ list: 'staffMembers', filter: JSON.stringify({ ids: [agent.staff.id, colleague.staff.id] }), columns: [{ field: 'id', title: 'ID id' }, { field: 'phone', title: '电话 phone' }], format: 'CSV' }, agent.token);
    expect(r.errors).toBeUndefined();
    const phones = Object.fromEntries(csvLines(r.data!.exportList).slice(1).map((line) => line.split(',')));
    expect(phones[agent.staff.id]).toBe('13955556666');
    expect(phones[colleague.staff.id]).not.toContain('77778888');
  });

  it('needs the export grant of the list, and of the customer for customer PII', async () => {
    const agent = await t.staffWithToken('AGENT');
    const contracts = await run({ list: 'contracts', columns: CONTRACT_COLUMNS, format: 'CSV' }, agent.token);
    expect(code(contracts)).toBe('FORBIDDEN');
    expect(contracts.errors?.[0].extensions.params).toEqual({ resource: 'contract', action: 'export' });
    const phones = await run({ list: 'interactions', columns: [{ field: 'customer.phone', title: '电话 phone' }], format: 'CSV' }, agent.token);
    expect(phones.errors?.[0].extensions.params).toEqual({ resource: 'customer', action: 'export' });
    expect(code(await run({ list: 'interactions', columns: [{ field: 'customer.name', title: '客户 customer' }], format: 'XLSX' }, agent.token))).toBe('ok');
    // The list's own permission: security events are the administrator's.
    expect(code(await run({ list: 'securityEvents', columns: [{ field: 'kind', title: '类型 kind' }], format: 'CSV' }))).toBe('FORBIDDEN');
  });

  it('refuses a list outside the allowlist, a bad column and a bad filter as BAD_USER_INPUT', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ list: 'me', columns: [{ field: 'id', title: 'ID' }] }, 'list', 'unknownList'],
      [{ list: 'overdueFirstContacts', columns: [{ field: 'id', title: 'ID' }] }, 'list', 'unknownList'],
      [{ list: 'contracts', columns: [{ field: 'customer.nope', title: 'x' }] }, 'columns.0.field', 'unknownField'],
      [{ list: 'contracts', columns: [{ field: 'id', title: 'ID' }, { field: 'attachments.fileName', title: 'x' }] }, 'columns.1.field', 'unknownField'],
      [{ list: 'contracts', columns: [{ field: 'customer', title: 'x' }] }, 'columns.0.field', 'unknownField'],
      [{ list: 'contracts', columns: [] }, 'columns', 'columnCount'],
      [{ list: 'contracts', filter: '{not json', columns: [{ field: 'id', title: 'ID' }] }, 'filter', 'invalidJson'],
      [{ list: 'contracts', filter: '{"colour":"red"}', columns: [{ field: 'id', title: 'ID' }] }, 'filter', 'invalid'],
      [{ list: 'contracts', sort: [{ field: 'COLOUR', direction: 'ASC' }], columns: [{ field: 'id', title: 'ID' }] }, 'sort', 'invalid'],
    ];
    for (const [input, path, rule] of cases) {
      const r = await run({ format: 'CSV', ...input });
      expect(code(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions.fields[0]).toMatchObject({ path, code: rule });
    }
  });

  it('audits every export with its list, filter and row count', async () => {
    const manager = await t.staffWithToken('DEPT_MANAGER');
    await run({ list: 'contracts', filter: JSON.stringify({ customerId }), columns: CONTRACT_COLUMNS, format: 'XLSX' }, manager.token);
    const audit = await t.dataSource.query(`SELECT entity, new_value FROM audit_log WHERE action = 'EXPORT' AND actor_id = ?`, [manager.staff.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].entity).toBe('contractExport');
    expect(JSON.parse(audit[0].new_value)).toEqual({ filter: { customerId }, rowCount: 3 });
    const events = await t.dataSource.query(`SELECT kind FROM security_event WHERE staff_id = ?`, [manager.staff.id]);
    expect(events.map((e: { kind: string }) => e.kind)).toContain('EXPORT');
  });

  it('guards text that would run as a formula: quoted in CSV, a text cell in Excel', async () => {
    await makeCustomer(t.dataSource, { name: '=HYPERLINK("http://evil","点我")', company: '-1+1' });
    const input = { list: 'customers', filter: JSON.stringify({ q: 'HYPERLINK' }), columns: [{ field: 'name', title: '名称 name' }, { field: 'company', title: '公司 company' }] };
    const csv = await run({ ...input, format: 'CSV' });
    expect(csvLines(csv.data!.exportList)[1]).toBe(`"'=HYPERLINK(""http://evil"",""点我"")",'-1+1`);
    const sheet = await sheetOf((await run({ ...input, format: 'XLSX' })).data!.exportList);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://evil","点我")');
  });

  it('stops at 10,000 rows, says so in the file name, and audits the rows written', async () => {
    const at = new Date(Date.UTC(2026, 0, 1));
    const teams = Array.from({ length: 10_001 }, (_, index) => ({ id: newId(at.getTime() + index), version: 1, createdAt: at, updatedAt: at, name: `导出班组${String(index).padStart(5, '0')}` }));
    for (let start = 0; start < teams.length; start += 500) await t.dataSource.getRepository(Team).insert(teams.slice(start, start + 500));
    const r = await run({ list: 'teams', filter: JSON.stringify({ q: '导出班组' }), sort: [{ field: 'NAME', direction: 'ASC' }], columns: [{ field: 'name', title: '名称 name' }], format: 'CSV' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.exportList).toMatchObject({ rowCount: 10_000, truncated: true });
    expect(r.data?.exportList.filename).toMatch(/^teams-\d{4}-\d{2}-\d{2}-first-10000\.csv$/);
    const lines = csvLines(r.data!.exportList);
    expect(lines).toHaveLength(10_001);
    expect(lines.at(-1)).toBe('导出班组09999');
    const [audit] = await t.dataSource.query(`SELECT new_value FROM audit_log WHERE action = 'EXPORT' AND actor_id = ? AND entity = 'teamExport'`, [leader.staff.id]);
    expect(JSON.parse(audit.new_value).rowCount).toBe(10_000);
  }, 120_000);
});
