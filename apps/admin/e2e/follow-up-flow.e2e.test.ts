import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';

// Calls are refused in the customers' rest hours: the run starts on a Wednesday at 10:00 in Shanghai,
// inside the morning calling window, for the API (which inherits the variable) and for every page
// (browser.ts reads it when it is imported, after this).
vi.hoisted(() => {
  process.env.SANXIN_TEST_NOW = '2026-12-09T10:00:00+08:00';
});

import { newSignedInPage, visible } from './browser';
import { e2eSession } from './session';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));

const e2e = e2eSession();

async function as(username: string): Promise<Page> {
  return newSignedInPage(e2e.browser, e2e.baseUrl, username);
}

async function graphqlOn<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${e2e.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const COMPLAINT = 'id version number status tasks { id }';

/** The leader's coverage screen: "已回访 N / M" of the month's key customers. */
async function coveredOn(page: Page): Promise<{ covered: number; total: number }> {
  await page.goto(`${e2e.baseUrl}/#/follow-up-coverage`);
  await page.reload();
  const line = page.getByText(/已回访 \d+ \/ \d+/);
  await visible(line, 15_000);
  const [, covered, total] = /已回访 (\d+) \/ (\d+)/.exec((await line.textContent()) ?? '') ?? [];
  return { covered: Number(covered), total: Number(total) };
}

describe('a complaint follow-up from the queue to the reopened complaint, in the real console against the real API', () => {
  const customerName = `回访测试重点客户${process.pid}`;
  let agent: Page;
  let complaint: { id: string; number: string };
  let before: { covered: number; total: number };

  it('setup: the agent’s key customer complains, and the complaint reaches its follow-up step', async () => {
    agent = await as('agent');
    const manager = await as('manager');
    const { createCustomer } = await graphqlOn<{ createCustomer: { id: string } }>(agent, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { kind: 'COMPANY', name: customerName, company: customerName, tier: 'A', phone: `137${String(process.pid).padStart(8, '0').slice(-8)}` },
    });
    const { complaintCategories } = await graphqlOn<{ complaintCategories: { items: { id: string; code: string }[] } }>(agent, '{ complaintCategories(page: { limit: 50 }) { items { id code } } }');
    const categoryId = complaintCategories.items.find((c) => c.code === 'QUALITY')?.id;
    const registration = { customerId: createCustomer.id, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'ANXIOUS', description: `空压机运行噪音大，维修后仍有异响（回访测试 ${process.pid}）`, customerRequest: '再次上门检修' };
    let current = (await graphqlOn<{ createComplaint: { id: string; version: number; number: string; status: string; tasks: { id: string }[] } }>(agent, `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { ${COMPLAINT} } }`, { i: registration })).createComplaint;
    const step = async (page: Page, name: string, args: string, variables: Record<string, unknown> = {}) => {
      const declared = args ? `, ${args}` : '';
      const passed = args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : '';
      const data = await graphqlOn<Record<string, typeof current>>(page, `mutation($id: ID!, $v: Int!${declared}) { ${name}(id: $id, version: $v${passed}) { ${COMPLAINT} } }`, { id: current.id, v: current.version, ...variables });
      current = data[name];
    };
    await step(agent, 'assessComplaint', '$input: AssessComplaintInput!', { input: { valid: true, departments: ['TECHNICAL'] } });
    await step(agent, 'proposeResolution', '$input: ProposeResolutionInput!', {
      input: { type: 'REPAIR', amount: '0', description: '技术部再次上门检修', relationship: '重点客户，合作多年', wordOfMouth: '行业内口碑影响大', reasonableness: '诉求合理', companyFaultPercent: 100 },
    });
    await step(manager, 'approveResolution', '');
    await step(agent, 'recordCustomerDecision', '$accepted: Boolean!, $note: String', { accepted: true, note: '客户同意再次检修' });
    await step(agent, 'startImplementation', '');
    await step(agent, 'completeImplementationTask', '$taskId: ID!', { taskId: current.tasks[0].id });
    expect(current.status).toBe('FOLLOW_UP');
    complaint = { id: current.id, number: current.number };
    await manager.context().close();
  });

  it('leader: the coverage screen counts the new key customer as not followed up yet', async () => {
    const leader = await as('leader');
    before = await coveredOn(leader);
    expect(before.total).toBeGreaterThan(0);
    await leader.context().close();
  });

  it('agent: the queue shows the call with its window badge, and fits a 390 px phone', async () => {
    await agent.goto(`${e2e.baseUrl}/#/followUps`);
    const list = agent.getByRole('list', { name: '我的回访' });
    const row = list.locator('[data-follow-up]').filter({ hasText: customerName });
    await visible(row, 15_000);
    expect(await row.textContent()).toContain('能呼叫');
    expect(await row.textContent()).toContain('投诉回访');
    expect(await row.textContent()).toContain('尚未拨打');
    await agent.setViewportSize({ width: 390, height: 844 });
    expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await agent.setViewportSize({ width: 1400, height: 1000 });
    // Keyboard only: move down to the row and open it.
    const rows = await list.locator('[data-follow-up]').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    const index = rows.findIndex((text) => text.includes(customerName));
    for (let i = 0; i < index; i += 1) await agent.keyboard.press('j');
    await expect.poll(() => row.locator('[aria-current="true"]').count()).toBe(1);
    await agent.keyboard.press('Enter');
    await visible(agent.getByRole('region', { name: '客户' }).getByText(customerName));
    expect(agent.url()).toContain('/followUps/');
  });

  it('agent: records no answer, then an agreed call-back, then reaches the customer, who is unsatisfied', async () => {
    const record = agent.getByRole('region', { name: '记录本次通话' });
    const timeline = agent.getByRole('region', { name: '通话记录' });
    await agent.keyboard.press('2');
    await record.getByLabel('通话备注').fill('响铃多次无人接听');
    await record.getByRole('button', { name: '记录本次通话', exact: true }).click();
    await visible(timeline.locator('[data-attempt="NO_ANSWER"]'));

    await agent.keyboard.press('6');
    await record.getByLabel('约定时间').fill('2026-12-09T15:00');
    await record.getByLabel('已核实身份').check();
    await record.getByLabel('通话备注').fill('客户在开会，约下午三点再打');
    await record.getByRole('button', { name: '记录本次通话', exact: true }).click();
    await visible(timeline.locator('[data-attempt="APPOINTMENT"]'));
    expect(await timeline.locator('[data-attempt="APPOINTMENT"]').textContent()).toContain('15:00');

    await agent.keyboard.press('1');
    await record.getByRole('button', { name: '记录本次通话', exact: true }).click();
    await visible(timeline.locator('[data-attempt="REACHED"]'));

    const result = agent.getByRole('region', { name: '回访结果' });
    await visible(result);
    await result.getByLabel('不满意').check();
    await result.getByRole('combobox', { name: '评分（1-5）' }).click();
    await agent.getByRole('option', { name: '2', exact: true }).click();
    await result.getByLabel('客户希望改进的地方').fill('检修后异响依旧，希望更换整机');
    await result.getByLabel('重新处理投诉').check();
    await result.getByRole('button', { name: '完成回访' }).click();
    await visible(agent.getByText('本次回访已结束'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await agent.screenshot({ path: `${SCREENSHOTS}/follow-up-call.png`, fullPage: true });
  });

  it('agent: the complaint is reopened and back in the owner’s list; its page shows the follow-up', async () => {
    const filter = encodeURIComponent(JSON.stringify({ mine: true, open: true, q: `回访测试 ${process.pid}` }));
    await agent.goto(`${e2e.baseUrl}/#/complaints?filter=${filter}`);
    const row = agent.locator('tr').filter({ hasText: complaint.number });
    await visible(row, 15_000);
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('RECEIVED');
    await agent.goto(`${e2e.baseUrl}/#/complaints/${encodeURIComponent(complaint.id)}/show`);
    const section = agent.getByRole('region', { name: '投诉回访' });
    await visible(section);
    expect(await section.textContent()).toContain('不满意');
    expect(await agent.getByRole('button', { name: '记录回访', exact: true }).count()).toBe(0);
  });

  it('leader: the coverage screen counts the key customer as followed up', async () => {
    const leader = await as('leader');
    const after = await coveredOn(leader);
    expect(after).toEqual({ covered: before.covered + 1, total: before.total });
    await leader.context().close();
  });
});
