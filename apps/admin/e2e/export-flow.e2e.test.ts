import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newSignedInPage, visible } from './browser';
import { type RunningServer, startServer } from './server';

// exceljs belongs to the API (the console never bundles it): the test reads the workbook with the API's copy.
interface Cell {
  value: unknown;
  type: number;
}
interface Sheet {
  rowCount: number;
  getRow(index: number): { values: unknown; getCell(column: number): Cell };
}
const ExcelJS = createRequire(join(__dirname, '../../api/package.json'))('exceljs') as {
  Workbook: new () => { xlsx: { load(data: ArrayBuffer): Promise<unknown> }; worksheets: Sheet[] };
  ValueType: { Number: number };
};

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newSignedInPage(browser, server.baseUrl, 'manager');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens 导出, picks the format, and answers the file the browser saved. */
async function download(format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: '导出' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('export, as the department manager', () => {
  it('downloads the filtered contracts as Excel (typed amounts) and as CSV, the same rows', async () => {
    await page.goto(`${server.baseUrl}/#/contracts?filter=${encodeURIComponent(JSON.stringify({ status: ['ACTIVE'] }))}`);
    await visible(page.locator('tbody tr [data-status]').first());

    const xlsx = await download(/Excel/);
    expect(xlsx.name).toMatch(/^contracts-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['合同编号 number', '合同名称 title', '客户 customer']);
    const amountColumn = header.indexOf('合同金额 amount') + 1;
    const statusColumn = header.indexOf('状态 status') + 1;
    expect(amountColumn).toBeGreaterThan(0);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, index) => sheet.getRow(index + 2));
    expect(rows.length).toBeGreaterThan(0);
    // Only the filtered contracts, labelled as the console labels them.
    expect(new Set(rows.map((row) => row.getCell(statusColumn).value))).toEqual(new Set(['生效中']));
    const amounts = rows.map((row) => row.getCell(amountColumn)).filter((cell) => cell.value !== null);
    expect(amounts.length).toBeGreaterThan(0);
    for (const cell of amounts) expect(cell.type).toBe(ExcelJS.ValueType.Number);

    const csv = await download(/CSV/);
    expect(csv.name).toMatch(/^contracts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF合同编号 number,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(rows.length + 1);
  });
});
