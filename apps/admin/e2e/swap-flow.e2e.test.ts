import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SanxinDataProvider } from '../src/providers/dataProvider';
import { shiftLabel } from '../src/resources/scheduling/rosterModel';
import { type RosterShift, type ShiftTypeRecord, type StaffRef, schedulingMethods } from '../src/resources/scheduling/schedulingQueries';
import { contextWindow, loadPersonContext, policyOf, swapViolations } from '../src/resources/scheduling/swapCheck';
import { switchUser, testNow, visible as visibleWithin } from './browser';
import { e2eSession } from './session';

/** The roster pages load a month of shifts: allow them a little longer. */
const visible = (locator: Locator, timeout = 15_000) => visibleWithin(locator, timeout);

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));

const e2e = e2eSession({ viewport: { width: 1600, height: 1000 } });

const scheduling = () =>
  ({
    ...schedulingMethods((_kind, document, variables) => e2e.graphql(print(document), variables)),
    settings: async () => (await e2e.graphql<{ settings: { key: string; value: number; version: number }[] }>('query { settings { key value version } }')).settings,
  }) as unknown as SanxinDataProvider;

const signIn = (username: string) => switchUser(e2e.page, e2e.baseUrl, username);

/** Opens a MUI select by its label and picks the option with exactly this text. */
async function choose(label: string, option: string) {
  await e2e.page.getByRole('combobox', { name: label }).click();
  await e2e.page.getByRole('option', { name: option, exact: true }).click();
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
const cell = (staffName: string, date: string) => e2e.page.locator(`td[data-staff="${staffName}"][data-date="${date}"]`);

async function openRoster(teamName: string, month: string) {
  await e2e.page.goto(`${e2e.baseUrl}/#/roster`);
  await visible(e2e.page.getByRole('table', { name: '排班表' }));
  await choose('班组', teamName);
  await e2e.page.locator('input[name="month"]').fill(month);
  await visible(e2e.page.getByTestId('roster-status').filter({ hasText: '已发布' }));
}

/** The demo accounts of the other hotline team's agents (demo-data.ts), by name: the colleague signs in to answer. */
const USERNAMES: Record<string, string> = { 刘洋: 'agent3', 杨雪: 'agent4' };

/** The colleague answers in the swap list: the row's button, then the dialog's (an optional note). */
async function answer(reason: string, action: '同意换班' | '拒绝换班', note: string) {
  await e2e.page.goto(`${e2e.baseUrl}/#/shiftSwapRequests`);
  const row = e2e.page.getByRole('row').filter({ hasText: reason });
  await visible(row);
  expect(await row.textContent()).toContain('待对方同意');
  await row.getByRole('button', { name: action }).click();
  const dialog = e2e.page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(note);
  await dialog.getByRole('button', { name: action }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await visible(row.filter({ hasText: action === '同意换班' ? '待班长审批' : '对方已拒绝' }));
  expect(await row.textContent()).toContain(note);
}

async function requestSwapInForm(plan: Plan, reason: string) {
  await e2e.page.goto(`${e2e.baseUrl}/#/shiftSwapRequests/create`);
  await choose('我的班次（换出）', shiftLabel(plan.myShift, plan.types));
  await choose('换班对象', `${plan.counterpart.name}（电话客服 · ${plan.counterpart.skillLevel} 级）`);
  await choose('对方班次（换入）', shiftLabel(plan.theirShift, plan.types));
  await e2e.page.locator('[name="reason"]').fill(reason);
  await visible(e2e.page.getByText('符合换班规则'));
  await e2e.page.getByRole('button', { name: '提交申请' }).click();
  await e2e.page.waitForURL(/#\/shiftSwapRequests($|\?)/);
  const row = e2e.page.getByRole('row').filter({ hasText: reason });
  await visible(row);
  expect(await row.textContent()).toContain('待对方同意');
}

describe('shift swap, in the real console against the real API', () => {
  let plan: Plan;
  const declinedReason = `周末要回老家参加婚礼 ${process.pid}`;
  const reason = `家中有事，需调班 ${process.pid}`;

  it('agent asks a colleague of the other team; the colleague declines it with a note; nothing else to do on it', async () => {
    await signIn('agent');
    const first = await planSwap();
    await requestSwapInForm(first, declinedReason);
    // The leaders see nothing yet: the colleague answers first.
    await signIn('leader2');
    await e2e.page.goto(`${e2e.baseUrl}/#/approvals`);
    await visible(e2e.page.getByRole('heading', { name: '换班申请' }));
    expect(await e2e.page.getByRole('row').filter({ hasText: declinedReason }).count()).toBe(0);

    await signIn(USERNAMES[first.counterpart.name] as string);
    await answer(declinedReason, '拒绝换班', '那天我已约好去医院复查，实在换不了');
    const row = e2e.page.getByRole('row').filter({ hasText: declinedReason });
    expect(await row.getByRole('button').count()).toBe(0);
  });

  it('agent requests a swap; the form checks the rules before submitting', async () => {
    await signIn('agent');
    plan = await planSwap();
    await requestSwapInForm(plan, reason);
  });

  it('the colleague accepts it in their swap list (等我处理)', async () => {
    await signIn(USERNAMES[plan.counterpart.name] as string);
    await answer(reason, '同意换班', '没问题，那天我可以替你');
  });

  for (const [index, leader] of ['leader', 'leader2'].entries()) {
    it(`${leader} approves their side in the approval inbox`, async () => {
      await signIn(leader);
      await e2e.page.goto(`${e2e.baseUrl}/#/approvals`);
      const row = e2e.page.getByRole('row').filter({ hasText: reason });
      await visible(row);
      expect(await row.textContent()).toContain(plan.me.name);
      await row.getByRole('button', { name: '批准' }).click();
      await visible(e2e.page.getByText('已批准'));
      await row.waitFor({ state: 'detached', timeout: 15_000 });
      if (index === 1) {
        const { shiftSwapRequests } = await e2e.graphql<{ shiftSwapRequests: { items: { status: string; reason: string }[] } }>(
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
    await e2e.page.screenshot({ path: `${SCREENSHOTS}/roster.png`, fullPage: true });

    // 热线二班: agent works the colleague's former shift.
    await openRoster(taken.team?.name as string, taken.date.slice(0, 7));
    await visible(cell(plan.me.name, taken.date).locator('[data-shift-type]').first());
    expect(await cell(plan.me.name, taken.date).textContent()).toContain(takenType);
    expect(await cell(plan.counterpart.name, taken.date).locator('[data-shift-type]').count()).toBe(0);
  });

  it('shows my schedule, leave form rules, shift types and holidays', async () => {
    await signIn('agent');
    await e2e.page.goto(`${e2e.baseUrl}/#/my-schedule`);
    await visible(e2e.page.locator(`tr[data-date="${plan.theirShift.date}"]`).filter({ hasText: '换班' }));

    await e2e.page.goto(`${e2e.baseUrl}/#/leaveRequests/create`);
    await visible(e2e.page.locator('[name="startsAt"]'));
    // Personal leave starting within the hour: not asked the day before.
    const soon = new Date(testNow().getTime() + 30 * 60_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(' ', 'T');
    const later = new Date(testNow().getTime() + 4 * 3_600_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(' ', 'T');
    await e2e.page.locator('[name="startsAt"]').fill(soon);
    await e2e.page.locator('[name="endsAt"]').fill(later);
    // One message per shift the leave touches: at some hours of the day that is two shifts.
    await visible(e2e.page.getByText('事假须提前一天申请').first());

    await e2e.page.goto(`${e2e.baseUrl}/#/shiftTypes`);
    await visible(e2e.page.getByRole('cell', { name: '20:00–次日08:00' }));
    // The demo calendar holds the 2026 holidays; the list opens on the current year, so ask for 2026.
    await e2e.page.goto(`${e2e.baseUrl}/#/holidays?filter=${encodeURIComponent(JSON.stringify({ year: 2026 }))}`);
    await visible(e2e.page.getByText('国庆节').first());
  });
});
