import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// An outbound call is refused in the customers' rest hours (12:00–14:00, evenings, nights): the run
// starts on a Wednesday at 10:00 in Shanghai, inside the morning calling window, for the API (which
// inherits the variable) and for every page (browser.ts reads it when it is imported, after this).
vi.hoisted(() => {
  process.env.SANXIN_TEST_NOW = '2026-12-09T10:00:00+08:00';
});

import { launchBrowser, visible, newSignedInPage } from './browser';
import { type RunningServer, startServer } from './server';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});


async function signIn(username: string) {
  page = await newSignedInPage(browser, server.baseUrl, username);
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Picks an option of a MUI select by the select's label. */
async function choose(scope: Locator | Page, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

const dialog = () => page.getByRole('dialog');
const statusChip = () => page.locator('[data-status]').first();

describe('contracts, as the department manager', () => {
  it('filters the contracts about to expire', async () => {
    await signIn('manager');
    await page.goto(`${server.baseUrl}/#/contracts?filter=${encodeURIComponent(JSON.stringify({ expiringWithinDays: 30 }))}`);
    await visible(page.locator('tbody tr [data-status]').first());
    const statuses = await page.locator('tbody tr [data-status]').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['EXPIRING']));
  });

  it('assigns one owner to several selected contracts, and keeps the history', async () => {
    const rows = page.locator('tbody tr');
    const numbers = [(await rows.nth(0).locator('td').nth(1).textContent()) ?? '', (await rows.nth(1).locator('td').nth(1).textContent()) ?? ''];
    // Someone who owns neither yet, so both contracts really change hands.
    const owners = `${await rows.nth(0).textContent()} ${await rows.nth(1).textContent()}`;
    const newOwner = ['张思远', '刘洋', '李婷'].find((name) => !owners.includes(name)) as string;
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: '指定负责人' }).click();
    await choose(dialog(), '负责人', new RegExp(newOwner));
    await dialog().getByLabel('分配原因').fill(`到期续签由${newOwner}统一跟进`);
    await dialog().getByRole('button', { name: '确认' }).click();
    await visible(page.getByText('已为 2 份合同指定负责人'));
    for (const number of numbers) await visible(page.locator('tbody tr').filter({ hasText: number }).filter({ hasText: newOwner }));

    await page.locator('tbody tr').filter({ hasText: numbers[0] }).locator('td').nth(1).click();
    await page.getByRole('tab', { name: '负责人记录' }).click();
    const history = page.getByRole('table', { name: '负责人记录' });
    await visible(history.getByRole('row').filter({ hasText: `到期续签由${newOwner}统一跟进` }));
  });

  it('activates a draft and terminates it with a reason, offering only the legal steps', async () => {
    const { customers } = await graphql<{ customers: { items: { id: string }[] } }>('{ customers(page: { limit: 1 }) { items { id } } }');
    const number = `HT-E2E-${process.pid}`;
    const { createContract } = await graphql<{ createContract: { id: string } }>(
      'mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }',
      { input: { number, title: '端到端测试维保合同', customerId: customers.items[0].id, startDate: '2026-01-01', endDate: '2030-12-31', amount: '12800.00' } },
    );
    await page.goto(`${server.baseUrl}/#/contracts/${encodeURIComponent(createContract.id)}/show`);
    await visible(page.getByText('¥12,800.00'));
    expect(await statusChip().getAttribute('data-status')).toBe('DRAFT');
    expect(await page.getByRole('button', { name: '终止' }).count()).toBe(0);

    await page.getByRole('button', { name: '生效' }).click();
    await dialog().getByRole('button', { name: '确认' }).click();
    await visible(page.getByText('合同已生效'));
    await expect.poll(() => statusChip().getAttribute('data-status')).toBe('ACTIVE');
    expect(await page.getByRole('button', { name: '生效' }).count()).toBe(0);

    await page.getByRole('button', { name: '终止' }).click();
    await dialog().getByLabel('终止原因').fill('客户经营范围调整');
    await dialog().getByRole('button', { name: '确认' }).click();
    await visible(page.getByText('合同已终止'));
    await expect.poll(() => statusChip().getAttribute('data-status')).toBe('TERMINATED');
    await visible(page.getByText('客户经营范围调整'));
    expect(await page.getByRole('button', { name: '续签' }).count()).toBe(0);
  });

  it('takes a paid part replacement through forwarding and the quote', async () => {
    const { customers } = await graphql<{ customers: { items: { id: string }[] } }>('{ customers(page: { limit: 1 }) { items { id } } }');
    const { createPartReplacement } = await graphql<{ createPartReplacement: { id: string } }>(
      'mutation ($input: CreatePartReplacementInput!) { createPartReplacement(input: $input) { id } }',
      { input: { customerId: customers.items[0].id, partName: `冷凝风机${process.pid}`, quantity: 2 } },
    );
    await page.goto(`${server.baseUrl}/#/partReplacements/${encodeURIComponent(createPartReplacement.id)}/show`);
    await visible(page.getByRole('button', { name: '转交部门' }));
    expect(await page.getByRole('button', { name: '报价' }).count()).toBe(0);

    await page.getByRole('button', { name: '转交部门' }).click();
    await choose(dialog(), '转交部门', '销售部');
    await dialog().getByRole('button', { name: '确认' }).click();
    await visible(page.getByText('已转交部门'));

    await page.getByRole('button', { name: '报价' }).click();
    await dialog().getByLabel(/单价/).fill('380.00');
    await dialog().getByRole('button', { name: '确认' }).click();
    await visible(page.getByText('¥760.00'));
    await visible(page.getByRole('button', { name: '客户接受' }));
    await visible(page.getByRole('button', { name: '客户拒绝' }));
  });
});

describe('my customers to contact, as an agent', () => {
  it('lists the first contacts due with their deadline and closes one by logging an outbound call', async () => {
    // The test's own first contact: which demo agent holds one depends on the day the seed ran.
    await signIn('manager');
    const { staffMembers, customers } = await graphql<{ staffMembers: { items: { id: string; username: string }[] }; customers: { items: { id: string }[] } }>(
      '{ staffMembers(filter: { q: "agent2" }) { items { id username } } customers(filter: { unassigned: true }, page: { limit: 1 }) { items { id } } }',
    );
    const agent2 = staffMembers.items.find((member) => member.username === 'agent2');
    expect(customers.items).toHaveLength(1);
    await graphql('mutation ($agentId: ID!, $customerIds: [ID!]!) { assignCustomers(agentId: $agentId, customerIds: $customerIds, reason: "端到端测试：新客户分配") { id } }', {
      agentId: agent2?.id,
      customerIds: [customers.items[0].id],
    });
    await signIn('agent2');
    await page.goto(`${server.baseUrl}/#/my-first-contacts`);
    const table = page.getByRole('table', { name: '待首次联系的客户' });
    await visible(table.locator('tbody tr').first());
    const before = await table.locator('tbody tr').count();
    const first = table.locator('tbody tr').first();
    expect(await first.locator('.MuiChip-root').textContent()).toMatch(/^(逾期( \d+ 天)?|今天到期|\d+ 天后)$/);
    const customer = (await first.locator('td').first().textContent()) ?? '';

    await first.getByRole('button', { name: '记录联系' }).click();
    await visible(dialog());
    expect(await dialog().getByRole('combobox', { name: /方向/ }).textContent()).toContain('去电/回访');
    await dialog().locator('[name="summary"]').fill('首次回访：介绍负责人与服务内容');
    await dialog().getByRole('button', { name: '保存' }).click();
    await visible(page.getByText('服务记录已保存'));
    // The row leaves the list (and with the last one, the table gives way to the empty message).
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(before - 1);
    expect(await table.locator('tbody tr').filter({ hasText: customer }).count()).toBe(0);
  });
});
