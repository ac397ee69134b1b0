import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signInOn, visible } from './browser';
import { e2eSession } from './session';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const BATCH = 10;

const e2e = e2eSession({ viewport: { width: 1400, height: 1000 } });

const field = (name: string) => e2e.page.locator(`[name="${name}"]`);

/** The workload e2e.page's numbers: the total, and customers per agent from the table beside the chart. */
async function readWorkload(): Promise<{ total: number; perAgent: Map<string, number> }> {
  await e2e.page.goto(`${e2e.baseUrl}/#/workload`);
  await e2e.page.reload(); // a fresh request, not the e2e.page a previous step rendered
  const table = e2e.page.getByRole('table', { name: '负载明细' });
  await visible(table.locator('tbody tr').first(), 15_000);
  const perAgent = new Map<string, number>();
  for (const row of await table.locator('tbody tr').all()) {
    const name = (await row.locator('td').first().textContent())?.trim() ?? '';
    perAgent.set(name, Number(await row.locator('td[data-column="customers"]').textContent()));
  }
  const total = Number(await e2e.page.getByTestId('workload-total').textContent());
  return { total, perAgent };
}

describe('bulk assignment from suggestions, as a manager, in the real console against the real API', () => {
  const prefix = `分配测试${process.pid}号`;
  let before: Awaited<ReturnType<typeof readWorkload>>;
  const chosenAgents = new Map<string, number>();

  it('signs in as the department manager', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/`);
    await signInOn(e2e.page, 'manager');
    await visible(e2e.page.getByRole('menuitem', { name: '客户分配' }));
  });

  it(`files ${BATCH} customers nobody owns yet`, async () => {
    for (let index = 1; index <= BATCH; index++) {
      const { createCustomer } = await e2e.graphql<{ createCustomer: { ownerId: string | null } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { ownerId } }',
        { input: { kind: 'COMPANY', name: `${prefix}${String(index).padStart(2, '0')}`, tier: 'C' } },
      );
      expect(createCustomer.ownerId).toBeNull();
    }
  });

  it('shows the workload chart with a bar per agent', async () => {
    before = await readWorkload();
    expect(before.perAgent.size).toBeGreaterThan(1);
    expect(before.total).toBe([...before.perAgent.values()].reduce((sum, count) => sum + count, 0));
    // The chart draws one labelled bar per agent for customers: the label is the agent's number.
    const chart = e2e.page.getByRole('img', { name: '各业务代表负责客户数' });
    await visible(chart.locator('.recharts-bar-rectangle').first());
    const [firstAgent, firstCount] = [...before.perAgent][0];
    expect(await chart.locator('.recharts-label-list').first().locator('text').allTextContents()).toContain(String(firstCount));
    expect(await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents()).toContain(firstAgent);
  });

  it('takes the suggestions for the new customers and assigns them in bulk', async () => {
    await e2e.page.getByRole('menuitem', { name: '客户分配' }).click();
    await field('q').fill(prefix);
    const candidates = e2e.page.getByRole('table', { name: '客户' });
    await expect.poll(() => candidates.locator('tbody tr').filter({ hasText: prefix }).count(), { timeout: 10_000 }).toBe(BATCH);
    expect(await candidates.locator('tbody tr').count()).toBe(BATCH);
    await candidates.getByRole('checkbox', { name: '选择所有' }).check();
    await visible(e2e.page.getByText(`已选 ${BATCH} 位客户`));

    await e2e.page.getByRole('button', { name: '获取分配建议' }).click();
    const suggestions = e2e.page.getByRole('table', { name: '分配建议' });
    await expect.poll(() => suggestions.locator('tbody tr').count(), { timeout: 10_000 }).toBe(BATCH);
    for (const row of await suggestions.locator('tbody tr').all()) {
      const suggested = (await row.locator('td').nth(2).textContent())?.trim() ?? '';
      expect(suggested).not.toBe('');
      chosenAgents.set(suggested, (chosenAgents.get(suggested) ?? 0) + 1);
      // Reasons in words, e.g. 负载 12 位客户 · 技能 3 级（需 ≥1）· 岗位匹配：电话客服
      expect(await row.locator('td').nth(4).textContent()).toMatch(/负载 \d+ 位客户/);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await e2e.page.screenshot({ path: `${SCREENSHOTS}/assignment.png`, fullPage: true });

    await e2e.page.getByRole('button', { name: '确认分配' }).click();
    await visible(e2e.page.getByText(`已分配 ${BATCH} 位客户`));

    const { customers } = await e2e.graphql<{ customers: { items: { name: string; owner: { name: string } | null }[] } }>(
      'query ($q: String) { customers(filter: { q: $q }, page: { limit: 50 }) { items { name owner { name } } } }',
      { q: prefix },
    );
    expect(customers.items).toHaveLength(BATCH);
    const owners = new Map<string, number>();
    for (const customer of customers.items) owners.set(customer.owner?.name ?? '', (owners.get(customer.owner?.name ?? '') ?? 0) + 1);
    expect(owners).toEqual(chosenAgents);
  });

  it('shows the new numbers in the workload chart', async () => {
    const after = await readWorkload();
    expect(after.total).toBe(before.total + BATCH);
    for (const [agent, count] of before.perAgent) expect(after.perAgent.get(agent), agent).toBe(count + (chosenAgents.get(agent) ?? 0));
    const chart = e2e.page.getByRole('img', { name: '各业务代表负责客户数' });
    const [busiest] = [...chosenAgents].sort((a, b) => b[1] - a[1])[0];
    expect(await chart.locator('.recharts-label-list').first().locator('text').allTextContents()).toContain(String(after.perAgent.get(busiest)));
    await e2e.page.screenshot({ path: `${SCREENSHOTS}/workload.png`, fullPage: true });
  });
});
