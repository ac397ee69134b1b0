import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, signInOn, switchUser, visible } from './browser';
import { type RunningServer, startServer } from './server';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newTestPage(browser, { viewport: { width: 1400, height: 900 } });
  // 通过 asks for confirmation with the browser's own dialog.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

describe('复核: an agent changes a tier, a second person approves it', () => {
  const name = `宁波三心复核测试${process.pid}`;
  let customerId: string;

  it('an agent changes the tier and the customer shows 待复核, the tier unchanged', async () => {
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'agent');
    const created = await graphql<{ createCustomer: { id: string } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { kind: 'COMPANY', name, phone: '13712345678', tier: 'C' } },
    );
    customerId = created.createCustomer.id;
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(customerId)}`);
    await page.getByRole('combobox', { name: '客户分级' }).click();
    await page.getByRole('option', { name: 'A 重点客户' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show/);
    const banner = page.getByTestId('pending-change-banner');
    await visible(banner);
    expect(await banner.textContent()).toContain('待复核');
    expect(await banner.textContent()).toContain('客户分级：C 一般客户 → A 重点客户');
    // The submitter may withdraw, never approve their own change.
    expect(await banner.getByRole('button', { name: '通过' }).count()).toBe(0);
    await visible(page.getByText('C 一般客户').first());
  });

  it('the shift leader approves it in the review queue and the tier changes', async () => {
    await switchUser(page, server.baseUrl, 'leader');
    await page.goto(`${server.baseUrl}/#/pendingChanges`);
    const row = page.getByTestId('review-row').filter({ hasText: name });
    await visible(row, 20_000);
    expect(await row.textContent()).toContain('C 一般客户 → A 重点客户');
    await row.getByRole('button', { name: '通过' }).click();
    await visible(page.getByText('已通过，变更已写入记录'));
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(customerId)}/show`);
    await visible(page.getByText('A 重点客户').first());
    expect(await page.getByTestId('pending-change-banner').count()).toBe(0);
    const stored = await graphql<{ customer: { tier: string; pendingChange: null } }>('query($id: ID!) { customer(id: $id) { tier pendingChange { id } } }', { id: customerId });
    expect(stored.customer).toEqual({ tier: 'A', pendingChange: null });
  });
});
