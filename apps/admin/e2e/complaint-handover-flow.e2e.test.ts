import { type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newSignedInPage, visible } from './browser';
import { e2eSession } from './session';
import { chooseOption, runStep } from './workflowSteps';

/**
 * Issue 11 in the real console: an agent hands a difficult complaint up (上交), the shift leader
 * transfers it to another agent (转交), who puts two proposals side by side, and the centre director
 * approves one; the other is kept as 未采纳.
 */
const session = e2eSession();
let page: Page;

async function signIn(username: string) {
  await page?.context().close();
  page = await newSignedInPage(session.browser, session.baseUrl, username);
  session.page = page;
}

const statusIs = (status: string) =>
  expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status'), { timeout: 10_000 }).toBe(status);

const step = (label: string, fill?: (scope: Locator) => Promise<void>, scope?: Locator | Page) => runStep(page, label, fill, scope);
const choose = (scope: Locator, label: string | RegExp, option: string) => chooseOption(page, scope, label, option);

async function propose(type: string, amount: string, description: string) {
  await step('提出方案', async (scope) => {
    await choose(scope, /方案类型/, type);
    await scope.locator('[name="amount"]').fill(amount);
    await scope.locator('[name="description"]').fill(description);
    await scope.locator('[name="relationship"]').fill('合作八年的连锁超市客户，年底续签');
    await scope.locator('[name="wordOfMouth"]').fill('在本地商超圈子里说话有分量');
    await scope.locator('[name="reasonableness"]').fill('设备确有故障，要求基本合理');
    await scope.locator('[name="companyFaultPercent"]').fill('70');
  });
}

describe('hand-up, transfer and alternative proposals, in the real console against the real API', () => {
  const description = `展示柜压缩机异响，客户多次来电情绪激动（测试 ${process.pid}）`;
  let complaintId: string;
  /** The shift leader the hand-up went to (the owner's team's leader on duty). */
  let leader = 'leader';
  const show = () => page.goto(`${session.baseUrl}/#/complaints/${encodeURIComponent(complaintId)}/show`);

  it('agent: hands a difficult complaint up to the shift leader with a reason', async () => {
    await signIn('agent');
    const { createCustomer } = await session.graphql<{ createCustomer: { id: string } }>(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { kind: 'INDIVIDUAL', name: `上交测试客户${process.pid}`, phone: `137${String(process.pid).padStart(8, '0').slice(-8)}` } },
    );
    const { complaintCategories } = await session.graphql<{ complaintCategories: { items: { id: string; code: string }[] } }>(
      'query { complaintCategories(page: { limit: 100 }) { items { id code } } }',
    );
    const categoryId = complaintCategories.items.find((category) => category.code === 'QUALITY')?.id ?? complaintCategories.items[0].id;
    const { createComplaint } = await session.graphql<{ createComplaint: { id: string; version: number } }>(
      'mutation ($input: CreateComplaintInput!) { createComplaint(input: $input) { id version } }',
      {
        input: {
          customerId: createCustomer.id,
          channel: 'PHONE',
          categoryId,
          severity: 'HIGH',
          emotion: 'ANGRY',
          description,
          customerRequest: '整柜更换并赔偿损失的冷饮',
        },
      },
    );
    complaintId = createComplaint.id;
    await session.graphql('mutation ($id: ID!, $version: Int!) { assessComplaint(id: $id, version: $version, input: { valid: true, departments: [TECHNICAL] }) { id } }', {
      id: complaintId,
      version: createComplaint.version,
    });

    await show();
    await statusIs('INVESTIGATING');
    // The owner may hand up but not transfer.
    expect(await page.getByRole('button', { name: '转交', exact: true }).count()).toBe(0);
    await step('上交班长', async (scope) => scope.locator('[name="reason"]').fill('客户情绪激动，要求整柜更换并赔偿，超出我的权限'));
    await expect.poll(() => page.getByRole('button', { name: '上交班长', exact: true }).count(), { timeout: 10_000 }).toBe(0);
    await visible(page.getByText(/客户情绪激动，要求整柜更换并赔偿/).first());
    const { complaint } = await session.graphql<{ complaint: { escalationLevel: string; escalations: { level: string; escalatedTo: { username: string; role: string } | null }[] } }>(
      'query ($id: ID!) { complaint(id: $id) { escalationLevel escalations { level escalatedTo { username role } } } }',
      { id: complaintId },
    );
    expect(complaint.escalationLevel).toBe('SHIFT_LEADER');
    expect(complaint.escalations.map((escalation) => [escalation.level, escalation.escalatedTo?.role])).toEqual([['SHIFT_LEADER', 'SHIFT_LEADER']]);
    leader = complaint.escalations[0].escalatedTo?.username ?? leader;
  });

  it('shift leader: finds it in the inbox and transfers it to another agent', async () => {
    await signIn(leader);
    await page.goto(`${session.baseUrl}/#/inbox`);
    const row = page.getByRole('region', { name: /升级给我的投诉/ }).locator(`[data-complaint="${complaintId}"]`);
    await visible(row, 15_000);
    expect(await row.textContent()).toContain('超出我的权限');
    await show();
    // A leader does not hand up; they transfer.
    expect(await page.getByRole('button', { name: '上交班长', exact: true }).count()).toBe(0);
    await step('转交', async (scope) => {
      await choose(scope, /转交给/, '李婷');
      await scope.locator('[name="reason"]').fill('客户要求换人处理，由李婷明天上午回电');
    });
    const { complaint } = await session.graphql<{ complaint: { owner: { username: string } } }>('query ($id: ID!) { complaint(id: $id) { owner { username } } }', {
      id: complaintId,
    });
    expect(complaint.owner.username).toBe('agent2');
    await visible(page.locator('tr[data-step="reassign"]'));
  });

  it('the new owner: sees it transferred to them and puts two proposals side by side', async () => {
    await signIn('agent2');
    await page.goto(`${session.baseUrl}/#/inbox`);
    await visible(page.getByRole('region', { name: /转交给我的投诉/ }).locator(`[data-complaint="${complaintId}"]`), 15_000);
    await show();
    await statusIs('INVESTIGATING');
    await propose('换货', '3200.00', '上门整柜更换同型号展示柜');
    await statusIs('PROPOSED');
    await propose('维修', '800.00', '更换压缩机并赔偿冷饮损失 800 元');
    await expect.poll(() => page.locator('[data-proposal="PENDING"]').count(), { timeout: 10_000 }).toBe(2);
    // Approval is not the owner's.
    expect(await page.getByRole('button', { name: '批准此方案' }).count()).toBe(0);
  });

  it('centre director: approves the second; the first is kept as 未采纳', async () => {
    await signIn('director');
    await show();
    await statusIs('PROPOSED');
    await expect.poll(() => page.getByRole('button', { name: '批准此方案' }).count(), { timeout: 10_000 }).toBe(2);
    const second = page.getByRole('group', { name: '方案 2' });
    await step('批准此方案', async (scope) => scope.locator('[name="note"]').fill('同意维修加赔偿，成本更低'), second);
    await statusIs('APPROVED');
    await expect.poll(() => page.getByRole('group', { name: '方案 1' }).getAttribute('data-proposal'), { timeout: 10_000 }).toBe('NOT_CHOSEN');
    await visible(page.getByRole('group', { name: '方案 1' }).getByText('未采纳'));
    expect(await page.getByRole('group', { name: '方案 2' }).getAttribute('data-proposal')).toBe('APPROVED');
    expect(await page.getByRole('button', { name: '批准此方案' }).count()).toBe(0);
  });
});
