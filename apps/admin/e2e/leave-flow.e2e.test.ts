import { describe, expect, it } from 'vitest';
import { switchUser, testNow, visible } from './browser';
import { e2eSession } from './session';

const e2e = e2eSession({ viewport: { width: 1600, height: 1000 } });
const signIn = (username: string) => switchUser(e2e.page, e2e.baseUrl, username);

/** Opens a MUI select by its label and picks the option with exactly this text. */
async function choose(label: string, option: string) {
  await e2e.page.getByRole('combobox', { name: label }).click();
  await e2e.page.getByRole('option', { name: option, exact: true }).click();
}

/** A datetime-local value `days` from now at local midnight (Asia/Shanghai). */
const localMidnight = (days: number) => `${new Date(testNow().getTime() + days * 86_400_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10)}T00:00`;

type Leave = { id: string; status: string; reason: string | null; emergency: boolean; certificateRef: string | null; certificateDueOn: string | null; staff: { name: string }; requestedBy: { name: string } };

describe('leave exceptions, in the real console against the real API', () => {
  const reason = `夜里发高烧，电话请假，由班长代为申请 ${process.pid}`;

  it('the shift leader files emergency sick leave on behalf of an agent of the team, without a certificate', async () => {
    await signIn('leader');
    await e2e.page.goto(`${e2e.baseUrl}/#/leaveRequests/create`);
    await choose('为谁请假', '张思远');
    await choose('请假类型', '病假');
    await e2e.page.locator('[name="emergency"]').check();
    await e2e.page.locator('[name="startsAt"]').fill(localMidnight(14));
    await e2e.page.locator('[name="endsAt"]').fill(localMidnight(15));
    await e2e.page.locator('[name="reason"]').fill(reason);
    await visible(e2e.page.getByText(/紧急病假可先请假，病假证明请于 \d{4}-\d{2}-\d{2} 前补交/));
    await visible(e2e.page.getByText('符合请假规定'));
    await e2e.page.getByRole('button', { name: '提交申请' }).click();
    await e2e.page.waitForURL(/#\/leaveRequests($|\?)/);
    const row = e2e.page.getByRole('row').filter({ hasText: reason });
    await visible(row);
    expect(await row.textContent()).toContain('王海燕');

    const { leaveRequests } = await e2e.graphql<{ leaveRequests: { items: Leave[] } }>(
      'query { leaveRequests(filter: { status: [PENDING] }, page: { limit: 200 }) { items { id status reason emergency certificateRef certificateDueOn staff { name } requestedBy { name } } } }',
    );
    const filed = leaveRequests.items.find((leave) => leave.reason === reason);
    expect(filed).toMatchObject({ status: 'PENDING', emergency: true, certificateRef: null, staff: { name: '张思远' }, requestedBy: { name: '王海燕' } });
    expect(filed?.certificateDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the department manager accepts a late request, then approves it', async () => {
    await signIn('manager');
    await e2e.page.goto(`${e2e.baseUrl}/#/approvals`);
    const row = e2e.page.locator('tr[data-leave]').filter({ hasText: '孩子在学校发烧' });
    await visible(row);
    await visible(row.getByTestId('leave-late-flag').filter({ hasText: '逾期' }));
    expect(await row.getByRole('button', { name: '批准' }).count()).toBe(0);
    await row.getByRole('button', { name: '认可逾期申请' }).click();
    await visible(e2e.page.getByText('已认可逾期申请').first());
    await visible(row.getByRole('button', { name: '批准' }));
    expect(await row.getByRole('button', { name: '认可逾期申请' }).count()).toBe(0);
    await row.getByRole('button', { name: '批准' }).click();
    await row.waitFor({ state: 'detached', timeout: 15_000 });

    const { leaveRequests } = await e2e.graphql<{ leaveRequests: { items: { status: string; reason: string; lateAcceptedById: string | null }[] } }>(
      'query { leaveRequests(filter: { late: true }, page: { limit: 200 }) { items { status reason lateAcceptedById } } }',
    );
    expect(leaveRequests.items.find((leave) => leave.reason.startsWith('孩子在学校发烧'))).toMatchObject({ status: 'APPROVED', lateAcceptedById: expect.any(String) });
  });
});
