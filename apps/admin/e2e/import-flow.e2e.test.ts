import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, switchUser, visible as visibleWithin } from './browser';
import { type RunningServer, startServer } from './server';

const visible = (locator: Locator, timeout = 20_000) => visibleWithin(locator, timeout);
const suffix = String(process.pid).padStart(7, '0').slice(-7);
const NAME = `导入测试客户${suffix}`;
const PHONE = `1391${suffix}`;

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newTestPage(browser, { viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('批量导入 of customers', () => {
  it('the department manager dry-runs a CSV with zh-CN headers, sees its errors and duplicate, imports the valid row and finds the new customer', async () => {
    await switchUser(page, server.baseUrl, 'manager');
    await page.goto(`${server.baseUrl}/#/imports`);
    await visible(page.getByRole('button', { name: '试导入' }));
    const csv = `\uFEFF名称,公司,电话,联系人,联系人电话\r\n${NAME},杭州导入测试有限公司,${PHONE},王磊,1380${suffix}\r\n坏电话客户,,电话123,,\r\n同号客户,,${PHONE},,\r\n`;
    await page.locator('input[type="file"]').setInputFiles({ name: '新客户.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '试导入' }).click();

    const rows = page.getByRole('table', { name: '逐行结果' });
    await visible(rows);
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toBe('共 3 行：有效 1，有错误 1，重复 1，已导入 0');
    const invalid = rows.locator('tr[data-row="3"]');
    expect(await invalid.textContent()).toContain('电话: 电话号码格式不正确');
    expect(await rows.locator('tr[data-row="4"]').textContent()).toContain('与第 2 行重复');

    await page.getByRole('button', { name: '导入有效行' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('已完成');
    expect(await page.getByTestId('import-counts').textContent()).toBe('共 3 行：有效 1，有错误 1，重复 1，已导入 1');

    // The imported row links to the new customer, which the customers list finds.
    await rows.locator('tr[data-row="2"]').getByRole('link', { name: NAME }).click();
    await visible(page.getByText(NAME).first());
    expect(page.url()).toMatch(/#\/customers\/.+\/show/);
    await page.goto(`${server.baseUrl}/#/customers?filter=${encodeURIComponent(JSON.stringify({ q: NAME }))}`);
    await visible(page.getByRole('cell', { name: NAME }));

    // The job is in the list of imports.
    await page.goto(`${server.baseUrl}/#/imports`);
    await visible(page.getByRole('table', { name: '导入记录' }).getByRole('link', { name: '新客户.csv' }).first());
  });
});
