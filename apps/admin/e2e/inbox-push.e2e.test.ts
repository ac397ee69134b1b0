import { describe, expect, it } from 'vitest';
import { newSignedInPage, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession();

/** A GraphQL call as `token` (Bearer), as another person's app would make it; errors fail the test. */
async function asUser<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

// Issue 10, point 5: the leader's 我的待办 badge follows a hand-up (上交) pushed over graphql-ws, without a reload.
describe("the inbox badge hears the API's push", () => {
  it('a complaint the agent hands up reaches the shift leader, whose badge counts it within seconds, without a reload', async () => {
    const leaderPage = await newSignedInPage(session.browser, session.baseUrl, 'leader');
    session.page = leaderPage;
    const badge = leaderPage.locator('[data-inbox-count]').first();
    await visible(badge.locator('xpath=..'));
    await expect.poll(() => badge.getAttribute('data-inbox-count'), { timeout: 10_000 }).not.toBeNull();
    // The socket is up once the badge has loaded and graphql-ws connected; give it a moment to listen.
    await leaderPage.waitForTimeout(1_000);
    const before = Number(await badge.getAttribute('data-inbox-count'));
    const reloads: string[] = [];
    leaderPage.on('framenavigated', (frame) => frame === leaderPage.mainFrame() && reloads.push(frame.url()));

    const { login } = await asUser<{ login: { token: string } }>(null, 'mutation { login(input: { username: "agent", password: "sanxin-demo" }) { token } }');
    const lookups = await asUser<{ customers: { items: { id: string }[] }; complaintCategories: { items: { id: string }[] } }>(
      login.token,
      '{ customers(page: { limit: 1 }) { items { id } } complaintCategories(page: { limit: 1 }) { items { id } } }',
    );
    const input = {
      customerId: lookups.customers.items[0].id,
      categoryId: lookups.complaintCategories.items[0].id,
      channel: 'PHONE',
      severity: 'HIGH',
      emotion: 'ANGRY',
      description: '客户多次来电，要求主管出面解释维修延误',
      customerRequest: '主管回电',
    };
    const { createComplaint } = await asUser<{ createComplaint: { id: string; version: number } }>(
      login.token,
      'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id version } }',
      { input },
    );
    await asUser(login.token, 'mutation($id: ID!, $version: Int!) { referComplaint(id: $id, version: $version, input: { reason: "客户要求主管出面" }) { id } }', createComplaint);

    // The badge polls once a minute while the socket is down; within 10 s only the push can have moved it.
    await expect.poll(async () => Number(await badge.getAttribute('data-inbox-count')), { timeout: 10_000 }).toBe(before + 1);
    expect(reloads).toEqual([]);
  });
});
