import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, signInOn, visible } from './browser';
import { type RunningServer, startServer } from './server';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newTestPage(browser, { viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Issue 8 point 3 across pages: a complaint's number in the list and search, picked in the handover form, shown in the handover log. */
describe('complaint numbers from the list to the handover log', () => {
  let number: string;

  it('the list shows numbers and the search finds one', async () => {
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'leader');
    const { complaints } = await graphql<{ complaints: { items: Array<{ id: string; number: string }> } }>('{ complaints(filter: { open: true }, page: { limit: 1 }) { items { id number } } }');
    number = complaints.items[0].number;
    expect(number).toMatch(/^TS-\d{8}-\d{4}$/);
    await page.goto(`${server.baseUrl}/#/complaints`);
    await visible(page.getByRole('columnheader', { name: '投诉编号' }));
    await page.locator('[name="q"]').fill(number.replaceAll('-', '').toLowerCase());
    await visible(page.getByRole('cell', { name: number }));
  });

  it('the shift leader picks it by number in the handover form; the log lists it by number', async () => {
    await page.goto(`${server.baseUrl}/#/handoverLogs/create`);
    await page.getByRole('combobox', { name: /交班班次/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: /设备状态/ }).fill('3 号坐席耳麦故障，已报修');
    const cases = page.getByRole('combobox', { name: /未结疑难投诉/ });
    await cases.fill(number.slice(-4));
    await page.getByRole('option', { name: new RegExp(number) }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/handoverLogs$/);
    const link = page.getByRole('link', { name: number }).first();
    await visible(link);
    await link.click();
    await page.waitForURL(/#\/complaints\/[^/]+\/show/);
    await visible(page.getByText(number).first());
  });
});
