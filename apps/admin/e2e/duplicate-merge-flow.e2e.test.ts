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

/** Issue 8 point 6 across pages: the warning on the form, the customer it links to, the merge, the undo. */
describe('duplicate customers: warned while filling, merged by the manager, undone the same day', () => {
  let pair: Array<{ id: string; name: string; company: string }>;

  it('an agent filing a customer already on file is warned, with a link to it', async () => {
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'agent');
    // The demo data's likely duplicates: two live customers with the same name and company.
    const { customers } = await graphql<{ customers: { items: Array<{ id: string; name: string; company: string | null; createdAt: string }> } }>(
      '{ customers(filter: { kind: COMPANY }, page: { limit: 200 }) { items { id name company createdAt } } }',
    );
    const byName = new Map<string, typeof customers.items>();
    for (const c of customers.items) if (c.company) byName.set(`${c.name}|${c.company}`, [...(byName.get(`${c.name}|${c.company}`) ?? []), c]);
    pair = ([...byName.values()].find((group) => group.length === 2) ?? []) as typeof pair;
    expect(pair).toHaveLength(2);

    await page.goto(`${server.baseUrl}/#/customers/create`);
    await page.locator('[name="name"]').fill(pair[0].name);
    await page.locator('[name="company"]').fill(pair[0].company);
    const warning = page.getByTestId('duplicate-warning');
    await visible(warning);
    expect(await warning.textContent()).toContain('已有名称和单位相同的客户');
    const link = warning.getByRole('link', { name: '查看' }).first();
    expect(await link.getAttribute('href')).toMatch(/#\/customers\/[^/]+\/show/);
  });

  it('the department manager merges the duplicate into the customer kept, and undoes it the same day', async () => {
    await switchUser(page, server.baseUrl, 'manager');
    const [kept, duplicate] = pair;
    await page.goto(`${server.baseUrl}/#/customers/${encodeURIComponent(duplicate.id)}/show`);
    await page.getByRole('button', { name: '合并重复客户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '保留的客户' }).click();
    await page.getByRole('option').filter({ hasText: kept.name }).first().waitFor();
    // Both have the same name: pick the one kept by its id, through the list order the API gives.
    const options = page.getByRole('option').filter({ hasText: kept.name });
    await options.first().click();
    await dialog.getByRole('button', { name: '合并' }).click();
    // The console goes to the customer kept.
    await page.waitForURL((url) => url.hash.includes(`/customers/${encodeURIComponent(kept.id)}/show`));
    const history = page.getByTestId('merge-history');
    await visible(history);
    expect(await history.textContent()).toContain('由此合并');

    const archived = await graphql<{ customer: { id: string } | null }>('query($id: ID!) { customer(id: $id) { id } }', { id: duplicate.id });
    expect(archived.customer).toBeNull();

    await history.getByRole('button', { name: '撤销合并' }).click();
    await visible(page.getByText('已撤销合并').first());
    const restored = await graphql<{ customer: { id: string } | null }>('query($id: ID!) { customer(id: $id) { id } }', { id: duplicate.id });
    expect(restored.customer?.id).toBe(duplicate.id);
  });
});
