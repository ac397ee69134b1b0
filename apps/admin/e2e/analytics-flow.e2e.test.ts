import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { switchUser, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });

/** The 占比 column of the category mix as numbers (the table shows one decimal and a %). */
async function shares(page: (typeof session)['page']) {
  const table = page.getByRole('table', { name: '类别分布' });
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  const names: string[] = [];
  let sum = 0;
  for (let index = 0; index < count; index++) {
    const cells = rows.nth(index).locator('td');
    names.push((await cells.nth(0).textContent()) ?? '');
    sum += Number.parseFloat(((await cells.nth(2).textContent()) ?? '0').replace('%', ''));
  }
  return { names, sum };
}

describe('统计分析', { timeout: 180_000 }, () => {
  it('the manager opens 统计分析, changes the period and the team; the category mix sums to 100 %; its Excel has numeric cells', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'manager');
    await page.goto(`${session.baseUrl}/#/analytics`);
    await visible(page.getByRole('heading', { name: '统计分析' }).first(), 20_000);

    // The demo's complaints span the last 90 days: the last three months hold them all.
    const asked = (part: string) =>
      page.waitForResponse((response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes(part));
    let answered = asked('"from"');
    await page.getByRole('combobox', { name: '统计期间' }).click();
    await page.getByRole('option', { name: '近3个月' }).click();
    expect((await (await answered).json()).errors).toBeUndefined();
    await visible(page.getByRole('table', { name: '类别分布' }).locator('tbody tr').first(), 20_000);
    const department = await shares(page);
    expect(department.names.length).toBeGreaterThan(1);
    expect(department.sum).toBeGreaterThan(99.5);
    expect(department.sum).toBeLessThan(100.5);

    answered = asked('"teamId":"');
    await page.getByRole('combobox', { name: '班组' }).click();
    await page.getByRole('option').nth(1).click();
    expect((await (await answered).json()).errors).toBeUndefined();
    await visible(page.getByRole('table', { name: '类别分布' }).locator('tbody tr').first(), 20_000);
    const team = await shares(page);
    expect(team.sum).toBeGreaterThan(99.5);
    expect(team.sum).toBeLessThan(100.5);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel：类别分布' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^统计分析_类别分布_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '投诉类别', '本期件数', '占比', '上期件数', '环比增减']);
    expect(sheet.rowCount).toBe(team.names.length + 1);
    let shareSum = 0;
    for (let row = 2; row <= sheet.rowCount; row++) {
      expect(sheet.getCell(row, 2).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(row, 3).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(row, 3).numFmt).toBe('0.0%');
      shareSum += sheet.getCell(row, 3).value as number;
    }
    expect(shareSum).toBeCloseTo(1, 6);
  });
});
