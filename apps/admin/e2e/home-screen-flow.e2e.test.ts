import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { switchUser, visible } from './browser';
import { e2eSession } from './session';

const session = e2eSession({ viewport: { width: 1400, height: 1000 } });

/** The home screen's cards of whoever is signed in: key → count, as shown. */
async function cardsOf(page: Page): Promise<Map<string, number>> {
  const cards = page.locator('[data-home-item]');
  await visible(cards.first(), 20_000);
  const shown = new Map<string, number>();
  for (const card of await cards.all()) {
    const key = (await card.getAttribute('data-home-item')) ?? '';
    shown.set(key, Number((await card.locator('h4').textContent())?.trim()));
  }
  return shown;
}

/** Clicks a card and returns the list filter the console landed with (react-admin's ?filter=). */
async function open(page: Page, key: string, route: string): Promise<Record<string, unknown>> {
  await page.locator(`[data-home-item="${key}"]`).click();
  await page.waitForURL((url) => url.hash.startsWith(`#${route}`), { timeout: 15_000 });
  const query = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
  return JSON.parse(query.get('filter') ?? '{}');
}

/** The total the list's pagination shows ("1-10 / 13"). */
async function listTotal(page: Page): Promise<number | null> {
  const shown = page.locator('.MuiTablePagination-displayedRows');
  if (!(await shown.count())) return null;
  const match = /\/\s*(\d+)\s*$/.exec((await shown.first().textContent()) ?? '');
  return match ? Number(match[1]) : null;
}

describe('首页 per role: counted items, each a link into the filtered list', () => {
  it('an agent’s open complaints card lands on the complaint list filtered to the same number', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'agent');
    const cards = await cardsOf(page);
    expect([...cards.keys()]).toEqual([
      'FIRST_CONTACTS_DUE',
      'FOLLOW_UPS_DUE_TODAY',
      'MY_OPEN_COMPLAINTS',
      'MY_OVERDUE_COMPLAINTS',
      'MY_URGED_COMPLAINTS',
      'MY_SHIFTS_THIS_WEEK',
      'UNREAD_NOTICES',
    ]);
    await visible(page.getByText('我的在办投诉'));
    const open_ = cards.get('MY_OPEN_COMPLAINTS') ?? -1;
    expect(open_).toBeGreaterThan(0);

    const filter = await open(page, 'MY_OPEN_COMPLAINTS', '/complaints');
    expect(filter).toEqual({ mine: true, open: true });
    const { complaints } = await session.graphql<{ complaints: { total: number } }>(
      'query($f: ComplaintFilter) { complaints(filter: $f) { total } }',
      { f: filter },
    );
    expect(complaints.total).toBe(open_);
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(open_);

    // Unread notices show at sign-in too; the card opens the list of the ones not yet signed for.
    await page.goto(`${session.baseUrl}/#/`);
    const unread = (await cardsOf(page)).get('UNREAD_NOTICES') ?? -1;
    expect(unread).toBeGreaterThan(0);
    expect(await open(page, 'UNREAD_NOTICES', '/notices')).toEqual({ awaitingMe: true });
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).toBe(unread);
  });

  it('a shift leader’s and a manager’s cards lead to their inbox, the overdue board and the QA disputes', async () => {
    const { page } = session;
    await switchUser(page, session.baseUrl, 'leader');
    const leader = await cardsOf(page);
    expect([...leader.keys()]).toEqual(
      expect.arrayContaining(['ESCALATIONS_AWAITING_OPINION', 'ON_DUTY_NOW', 'TEAM_LONG_OPEN_COMPLAINTS', 'UNREAD_NOTICES']),
    );
    expect(await open(page, 'ESCALATIONS_AWAITING_OPINION', '/inbox')).toEqual({});

    await switchUser(page, session.baseUrl, 'manager');
    const manager = await cardsOf(page);
    expect([...manager.keys()]).toEqual(expect.arrayContaining(['APPROVALS', 'OVERDUE_COMPLAINTS', 'QA_AGENTS_UNDER_QUOTA', 'QA_DISPUTES']));
    // The demo data holds disputed evaluations; the card opens the evaluations filtered to them.
    const disputes = manager.get('QA_DISPUTES') ?? -1;
    expect(disputes).toBeGreaterThan(0);
    expect(await open(page, 'QA_DISPUTES', '/qualityEvaluations')).toEqual({ status: ['DISPUTED'] });
    const { qualityEvaluations } = await session.graphql<{ qualityEvaluations: { total: number } }>(
      '{ qualityEvaluations(filter: { status: [DISPUTED] }) { total } }',
    );
    expect(qualityEvaluations.total).toBe(disputes);

    await page.goto(`${session.baseUrl}/#/`);
    await cardsOf(page);
    await open(page, 'OVERDUE_COMPLAINTS', '/complaints-overdue');
    await visible(page.getByRole('heading').or(page.getByText('超时')).first(), 15_000);
  });
});
