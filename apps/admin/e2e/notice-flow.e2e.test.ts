import { describe, expect, it } from 'vitest';
import { switchUser, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });
const POLICY = '关于质量问题退货期限延长至15天的通知';
const OFFER = '双十二老客户回馈活动说明';

describe('未读公告 at sign-in', () => {
  it('an agent sees the unread notices, reads one, and after a reload it no longer shows; the manager sees the receipt', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'agent');
    const banner = page.getByTestId('unread-notices');
    await visible(banner, 20_000);
    const policy = banner.getByTestId('unread-notice').filter({ hasText: POLICY });
    await visible(policy);
    await visible(banner.getByTestId('unread-notice').filter({ hasText: OFFER }));

    await policy.getByRole('button', { name: '已阅读' }).click();
    await policy.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await visible(page.getByText('您好'), 20_000);
    await visible(banner.getByTestId('unread-notice').filter({ hasText: OFFER }), 20_000);
    expect(await banner.getByTestId('unread-notice').filter({ hasText: POLICY }).count()).toBe(0);

    // The read receipt is on the server: the API agrees, and the publisher sees who has read it.
    const { notices } = await session.graphql<{ notices: { items: { id: string; title: string; readAt: string | null }[] } }>(
      `{ notices(filter: { q: "退货期限" }) { items { id title readAt } } }`,
    );
    expect(notices.items).toHaveLength(1);
    expect(notices.items[0].readAt).not.toBeNull();

    await switchUser(page, session.baseUrl, 'manager');
    await page.goto(`${session.baseUrl}/#/notices/${notices.items[0].id}/show`);
    const receipts = page.getByTestId('notice-receipts');
    await visible(receipts, 20_000);
    await visible(receipts.getByText('张思远'));
    await visible(receipts.getByText(/已签收 8 \/ 13 人/));
  });
});
