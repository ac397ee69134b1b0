import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, signInOn, visible } from './browser';
import { type RunningServer, startServer } from './server';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const CONFLICT_MESSAGE = '该记录已被他人修改，页面已刷新为最新内容，请核对后重新保存';

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

const field = (name: string) => page.locator(`[name="${name}"]`);

// playwright-core has no `expect`: wait for the page, then assert with vitest.
const inputValueOf = (name: string) => expect.poll(() => field(name).inputValue(), { timeout: 10_000 });

/** A direct API call with the browser's session cookie: "someone else" saving the same record. */
async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function save() {
  await page.getByRole('button', { name: '保存' }).click();
}

describe('customer flow, as an agent, in the real console against the real API', () => {
  const name = `浙江三心冷链测试${process.pid}`;
  let customerId: string;

  it('signs in', async () => {
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'agent');
  });

  it('creates a customer', async () => {
    await page.goto(`${server.baseUrl}/#/customers/create`);
    await field('name').fill(name);
    await field('phone').fill('13912345678');
    await save();
    await page.waitForURL(/#\/customers\/[^/]+\/show/);
    customerId = decodeURIComponent(page.url().match(/#\/customers\/([^/]+)\/show/)?.[1] ?? '');
    expect(customerId).not.toBe('');
    await visible(page.getByText(name).first());
  });

  it('edits it and shows the change in the change history', async () => {
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(customerId)}`);
    await inputValueOf('name').toBe(name);
    await field('company').fill('三心物流集团');
    await save();
    await page.waitForURL(/\/show/);

    await page.getByRole('tab', { name: '变更记录' }).click();
    const history = page.getByRole('table', { name: '变更记录' });
    const companyChange = history.getByRole('row').filter({ hasText: '单位名称' });
    await visible(companyChange);
    expect(await companyChange.textContent()).toContain('三心物流集团');
  });

  it('keeps what the user typed when someone else saved first, and says so', async () => {
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(customerId)}`);
    await inputValueOf('name').toBe(name);
    await field('industry').fill('冷链物流');

    const { customer } = await graphql<{ customer: { version: number } }>('query ($id: ID!) { customer(id: $id) { version } }', { id: customerId });
    await graphql('mutation ($id: ID!, $version: Int!) { updateCustomer(id: $id, version: $version, input: { notes: "同事刚刚补充的备注" }) { version } }', {
      id: customerId,
      version: customer.version,
    });
    await save();

    await visible(page.getByText(CONFLICT_MESSAGE));
    await inputValueOf('industry').toBe('冷链物流');
    // The form now holds the colleague's version underneath the user's own change.
    await inputValueOf('notes').toBe('同事刚刚补充的备注');

    await save();
    await page.waitForURL(/\/show/);
    await visible(page.getByText('冷链物流'));
    await visible(page.getByText('同事刚刚补充的备注'));
  });

  it('when both changed the same field, shows theirs beside mine and saves only what the user chose', async () => {
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(customerId)}`);
    await inputValueOf('name').toBe(name);
    await field('industry').fill('医药冷链');
    await field('address').fill('浙江省杭州市余杭区良渚街道 8 号');

    const { customer } = await graphql<{ customer: { version: number } }>('query ($id: ID!) { customer(id: $id) { version } }', { id: customerId });
    await graphql('mutation ($id: ID!, $version: Int!) { updateCustomer(id: $id, version: $version, input: { industry: "食品冷链", address: "浙江省宁波市北仑区 1 号" }) { version } }', {
      id: customerId,
      version: customer.version,
    });
    await save();

    const dialog = page.getByRole('dialog', { name: '该记录已被他人修改' });
    await visible(dialog);
    const industry = dialog.locator('tr[data-field="industry"]');
    expect(await industry.locator('[data-side="theirs"]').textContent()).toContain('食品冷链');
    expect(await industry.locator('[data-side="mine"]').textContent()).toContain('医药冷链');
    // Theirs for the address, mine for the industry.
    await dialog.getByRole('radio', { name: '地址：采用对方的' }).check();
    await dialog.getByRole('button', { name: '按所选保存' }).click();
    await page.waitForURL(/\/show/);
    const saved = await graphql<{ customer: { industry: string; address: string } }>('query ($id: ID!) { customer(id: $id) { industry address } }', { id: customerId });
    expect(saved.customer).toEqual({ industry: '医药冷链', address: '浙江省宁波市北仑区 1 号' });
  });

  it('lists customers (screenshot for the README)', async () => {
    await page.goto(`${server.baseUrl}/#/customers`);
    await page.reload(); // a clean page: no "saved" notification left over from the last step
    await visible(page.getByText(name));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/customers.png`, fullPage: true });
  });

  it('switches to English, keeps the choice after a reload, and switches back', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await visible(page.getByRole('columnheader', { name: 'Name' }));
    await page.reload();
    await visible(page.getByRole('columnheader', { name: 'Name' }));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await visible(page.getByRole('columnheader', { name: '客户名称' }));
  });
});
