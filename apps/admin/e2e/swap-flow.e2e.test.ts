import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SanxinDataProvider } from '../src/providers/dataProvider';
import { shiftLabel } from '../src/scheduling/rosterModel';
import { type RosterShift, type ShiftTypeRecord, type StaffRef, schedulingMethods } from '../src/scheduling/schedulingQueries';
import { contextWindow, loadPersonContext, policyOf, swapViolations } from '../src/scheduling/swapCheck';
import { launchBrowser, newTestPage, switchUser, testNow, visible as visibleWithin } from './browser';
import { type RunningServer, startServer } from './server';

/** The roster pages load a month of shifts: allow them a little longer. */
const visible = (locator: Locator, timeout = 15_000) => visibleWithin(locator, timeout);

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newTestPage(browser, { viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});


/** The console's own scheduling queries, sent with the browser's session cookie. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}
const scheduling = () =>
  ({
    ...schedulingMethods((_kind, document, variables) => graphql(print(document), variables)),
    settings: async () => (await graphql<{ settings: { key: string; value: number; version: number }[] }>('query { settings { key value version } }')).settings,
  }) as unknown as SanxinDataProvider;

const signIn = (username: string) => switchUser(page, server.baseUrl, username);

/** Opens a MUI select by its label and picks the option with exactly this text. */
async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface Plan {
  me: StaffRef;
  counterpart: StaffRef;
  myShift: RosterShift;
  theirShift: RosterShift;
  types: Map<string, ShiftTypeRecord>;
}

/** A swap between `agent` (热线一班) and a colleague of the other hotline team that the domain rules allow. */
async function planSwap(): Promise<Plan> {
  const dp = scheduling();
  const now = testNow();
  const window = contextWindow(now);
  const [staff, shiftTypes, holidays, settings] = await Promise.all([dp.schedulingStaff({ active: true }), dp.shiftTypesWithHeadcount(), dp.holidaysBetween(window.dateFrom, window.dateTo), dp.settings()]);
  const me = staff.find((person) => person.name === '张思远') as StaffRef;
  const mine = await loadPersonContext(dp, me.id, window);
  const colleagues = staff.filter((person) => person.teamId && person.teamId !== me.teamId && person.role === 'AGENT' && person.jobType === me.jobType);
  for (const counterpart of colleagues) {
    const theirs = await loadPersonContext(dp, counterpart.id, window);
    for (const myShift of mine.shifts.filter((shift) => new Date(shift.startsAt) > new Date(now.getTime() + 2 * 86_400_000))) {
      for (const theirShift of theirs.shifts.filter((shift) => new Date(shift.startsAt) > now)) {
        const violations = swapViolations({ me, counterpart, myShift, theirShift, mine, theirs, shiftTypes, holidays, policy: policyOf(settings), now });
        if (violations.length === 0) return { me, counterpart, myShift, theirShift, types: new Map(shiftTypes.map((type) => [type.id, type])) };
      }
    }
  }
  throw new Error('The demo roster offers no swap that meets the rules');
}

/** The grid's cell of one person on one day: the first letters of the shift types they work. */
const cell = (staffName: string, date: string) => page.locator(`td[data-staff="${staffName}"][data-date="${date}"]`);

async function openRoster(teamName: string, month: string) {
  await page.goto(`${server.baseUrl}/#/roster`);
  await visible(page.getByRole('table', { name: '排班表' }));
  await choose('班组', teamName);
  await page.locator('input[name="month"]').fill(month);
  await visible(page.getByTestId('roster-status').filter({ hasText: '已发布' }));
}

describe('shift swap, in the real console against the real API', () => {
  let plan: Plan;
  const reason = `家中有事，需调班 ${process.pid}`;

  it('agent requests a swap; the form checks the rules before submitting', async () => {
    await signIn('agent');
    plan = await planSwap();
    await page.goto(`${server.baseUrl}/#/shiftSwapRequests/create`);
    await choose('我的班次（换出）', shiftLabel(plan.myShift, plan.types));
    await choose('换班对象', `${plan.counterpart.name}（电话客服 · ${plan.counterpart.skillLevel} 级）`);
    await choose('对方班次（换入）', shiftLabel(plan.theirShift, plan.types));
    await page.locator('[name="reason"]').fill(reason);
    await visible(page.getByText('符合换班规则'));
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/#\/shiftSwapRequests($|\?)/);
    const row = page.getByRole('row').filter({ hasText: reason });
    await visible(row);
    expect(await row.textContent()).toContain('待审批');
  });

  for (const [index, leader] of ['leader', 'leader2'].entries()) {
    it(`${leader} approves their side in the approval inbox`, async () => {
      await signIn(leader);
      await page.goto(`${server.baseUrl}/#/approvals`);
      const row = page.getByRole('row').filter({ hasText: reason });
      await visible(row);
      expect(await row.textContent()).toContain(plan.me.name);
      await row.getByRole('button', { name: '批准' }).click();
      await visible(page.getByText('已批准'));
      await row.waitFor({ state: 'detached', timeout: 15_000 });
      if (index === 1) {
        const { shiftSwapRequests } = await graphql<{ shiftSwapRequests: { items: { status: string; reason: string }[] } }>(
          'query ($staffId: ID) { shiftSwapRequests(filter: { staffId: $staffId }, page: { limit: 200 }) { items { status reason } } }',
          { staffId: plan.me.id },
        );
        expect(shiftSwapRequests.items.find((swap) => swap.reason === reason)?.status).toBe('APPROVED');
      }
    });
  }

  it('the roster grid shows the swapped shifts', async () => {
    await signIn('leader');
    const given = plan.myShift;
    const taken = plan.theirShift;
    const givenType = plan.types.get(given.shiftTypeId)?.name.slice(0, 1) as string;
    const takenType = plan.types.get(taken.shiftTypeId)?.name.slice(0, 1) as string;

    // 热线一班: the colleague now works agent's former shift, marked as swapped.
    await openRoster(given.team?.name as string, given.date.slice(0, 7));
    await visible(cell(plan.counterpart.name, given.date).locator(`[data-shift-type]`).first());
    expect(await cell(plan.counterpart.name, given.date).textContent()).toContain(givenType);
    // agent no longer works it (the shift taken in return belongs to the other team's grid).
    expect(await cell(plan.me.name, given.date).locator('[data-shift-type]').count()).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/roster.png`, fullPage: true });

    // 热线二班: agent works the colleague's former shift.
    await openRoster(taken.team?.name as string, taken.date.slice(0, 7));
    await visible(cell(plan.me.name, taken.date).locator('[data-shift-type]').first());
    expect(await cell(plan.me.name, taken.date).textContent()).toContain(takenType);
    expect(await cell(plan.counterpart.name, taken.date).locator('[data-shift-type]').count()).toBe(0);
  });

  it('shows my schedule, leave form rules, shift types and holidays', async () => {
    await signIn('agent');
    await page.goto(`${server.baseUrl}/#/my-schedule`);
    await visible(page.locator(`tr[data-date="${plan.theirShift.date}"]`).filter({ hasText: '换班' }));

    await page.goto(`${server.baseUrl}/#/leaveRequests/create`);
    await visible(page.locator('[name="startsAt"]'));
    // Personal leave starting within the hour: not asked the day before.
    const soon = new Date(testNow().getTime() + 30 * 60_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(' ', 'T');
    const later = new Date(testNow().getTime() + 4 * 3_600_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(' ', 'T');
    await page.locator('[name="startsAt"]').fill(soon);
    await page.locator('[name="endsAt"]').fill(later);
    // One message per shift the leave touches: at some hours of the day that is two shifts.
    await visible(page.getByText('事假须提前一天申请').first());

    await page.goto(`${server.baseUrl}/#/shiftTypes`);
    await visible(page.getByRole('cell', { name: '20:00–次日08:00' }));
    // The demo calendar holds the 2026 holidays; the list opens on the current year, so ask for 2026.
    await page.goto(`${server.baseUrl}/#/holidays?filter=${encodeURIComponent(JSON.stringify({ year: 2026 }))}`);
    await visible(page.getByText('国庆节').first());
  });
});
