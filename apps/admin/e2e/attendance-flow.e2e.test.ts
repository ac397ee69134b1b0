import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';

// 考勤 depends on the time of day: the run starts on Wednesday 9 December at 08:24 in Shanghai, 24
// minutes into the demo roster's day shift (08:00–20:00), so a check-in is past the 20-minute mark;
// the night shift (20:00) is the day shift's incoming one and nobody of it has checked in yet.
vi.hoisted(() => {
  process.env.SANXIN_TEST_NOW = '2026-12-09T08:24:00+08:00';
});

import { newSignedInPage, newTestPage, signInOn, visible } from './browser';
import { e2eSession } from './session';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const DAY_SHIFT_START = '2026-12-09T00:00:00.000Z';
const RELEASE_REASON = '家中老人突发不适需送医，已电话确认夜班同事提前到岗接班';

const e2e = e2eSession();

async function graphqlOn<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${e2e.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

interface Member {
  id: string;
  name: string;
  username: string;
}

describe('attendance: a late check-in, the roster, the violations and a refused check-out released by the leader, in the real console against the real API', () => {
  let leader: Page;
  let agent: Page;
  let member: Member;

  it('setup: an agent of the leader’s team is on today’s day shift', async () => {
    leader = await newSignedInPage(e2e.browser, e2e.baseUrl, 'leader');
    const { me } = await graphqlOn<{ me: { id: string; teamId: string } }>(leader, '{ me { id teamId } }');
    const { shifts } = await graphqlOn<{ shifts: { items: { startsAt: string; assignments: { staff: { id: string; name: string; role: string } }[] }[] } }>(
      leader,
      'query($f: ShiftFilter) { shifts(filter: $f, page: { limit: 20 }) { items { startsAt assignments { staff { id name role } } } } }',
      { f: { teamId: me.teamId, dateFrom: '2026-12-09', dateTo: '2026-12-09' } },
    );
    const day = shifts.items.find((shift) => shift.startsAt === DAY_SHIFT_START);
    const onDuty = day?.assignments.map((assignment) => assignment.staff).find((staff) => staff.role === 'AGENT' && staff.id !== me.id);
    expect(onDuty, 'the demo roster puts an agent of the leader’s team on the day shift of 9 December').toBeDefined();
    const { staffMember } = await graphqlOn<{ staffMember: Member }>(leader, 'query($id: ID!) { staffMember(id: $id) { id name username } }', {
      id: onDuty?.id,
    });
    member = staffMember;
  });

  it('agent (390 px): checks in 24 minutes late; the page shows late and the violation recorded', async () => {
    agent = await newTestPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    await agent.goto(`${e2e.baseUrl}/`);
    await signInOn(agent, member.username);
    await agent.goto(`${e2e.baseUrl}/#/my-schedule`);
    const panel = agent.getByTestId('check-in-panel');
    await visible(panel.getByText('未签到'), 15_000);
    await panel.getByRole('button', { name: '签到' }).click();
    await visible(panel.getByTestId('attendance-state').getByText('迟到 20 分钟以上（已记违纪）'), 15_000);
    await visible(panel.getByText(/已记违纪：迟到 2\d 分钟/));
    expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await agent.screenshot({ path: `${SCREENSHOTS}/attendance-check-in-390.png`, fullPage: true });
  });

  it('agent: leaving is refused while nobody of the night shift has checked in, and the page says why', async () => {
    const panel = agent.getByTestId('check-in-panel');
    await panel.getByRole('button', { name: '签退' }).click();
    const failure = panel.getByTestId('attendance-failure');
    await visible(failure);
    await expect.poll(() => failure.textContent()).toContain('接班人员尚未到岗签到，不能离岗');
    expect(await failure.textContent()).toContain('请班长在排班表中说明原因放行');
  });

  it('agent (390 px): the violations page lists their own late check-in, facts only', async () => {
    await agent.goto(`${e2e.baseUrl}/#/attendance-violations`);
    const detail = agent.locator(`tr[data-violation="LATE"][data-staff="${member.name}"]`).filter({ hasText: '2026/12/09 08:2' });
    await visible(detail, 15_000);
    expect(await agent.locator('tr[data-violation]').evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-staff')))])).toEqual([
      member.name,
    ]);
    expect(await agent.getByText('本月已满 3 次').count()).toBe(0);
    expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('leader: the roster grid marks the late check-in, with the legend', async () => {
    await leader.goto(`${e2e.baseUrl}/#/roster`);
    await visible(leader.getByRole('list', { name: '考勤图例' }), 20_000);
    const cell = leader.locator(`td[data-staff="${member.name}"][data-date="2026-12-09"]`);
    await visible(cell.locator('[data-attendance="LATE_VIOLATION"]'), 20_000);
    expect(await cell.locator('[data-attendance="LATE_VIOLATION"]').textContent()).toBe('违');
    // The seeded attendance of the shifts that have ended shows too: yesterday's day shift was worked.
    expect(await leader.locator('[data-attendance]').count()).toBeGreaterThan(10);
    await leader.screenshot({ path: `${SCREENSHOTS}/attendance-roster.png` });
  });

  it('leader: lets the agent go from the roster cell, with a reason; the record keeps it', async () => {
    const cell = leader.locator(`td[data-staff="${member.name}"][data-date="2026-12-09"]`);
    await cell.getByRole('button').click();
    const dialog = leader.getByRole('dialog');
    await visible(dialog.getByTestId('attendance-description'));
    expect(await dialog.getByTestId('attendance-description').textContent()).toMatch(
      /迟到 20 分钟以上（已记违纪） · 签到于 2026\/12\/09 08:2\d · 迟到 2\d 分钟/,
    );
    await dialog.getByLabel('放行原因').fill(RELEASE_REASON);
    await dialog.getByRole('button', { name: '放行签退' }).click();
    await visible(leader.getByText('已放行签退'));
    const { attendanceRecords } = await graphqlOn<{
      attendanceRecords: { items: { checkOutAt: string | null; checkOutOverrideReason: string | null; checkOutOverrideBy: { username: string } | null }[] };
    }>(
      leader,
      'query($f: AttendanceRecordFilter) { attendanceRecords(filter: $f) { items { checkOutAt checkOutOverrideReason checkOutOverrideBy { username } } } }',
      { f: { staffId: member.id, shiftDateFrom: '2026-12-09', shiftDateTo: '2026-12-09' } },
    );
    expect(attendanceRecords.items).toEqual([
      { checkOutAt: expect.any(String), checkOutOverrideReason: RELEASE_REASON, checkOutOverrideBy: { username: 'leader' } },
    ]);

    await agent.goto(`${e2e.baseUrl}/#/my-schedule`);
    await visible(agent.getByText(`班长放行：${RELEASE_REASON}`), 15_000);
  });

  it('leader: the violations page counts the late check-in for the agent this month', async () => {
    await leader.goto(`${e2e.baseUrl}/#/attendance-violations`);
    const row = leader.locator(`table[aria-label="违纪记录"] tr[data-staff="${member.name}"]`);
    await visible(row, 15_000);
    const detail = leader.locator(`tr[data-violation="LATE"][data-staff="${member.name}"]`).filter({ hasText: '2026/12/09 08:2' });
    await visible(detail);
    expect(await detail.textContent()).toContain('签到时记录');
    expect(await leader.getByText('仅记录事实，不涉及罚款').count()).toBe(1);
  });

  it('manager: sees the person with 3 violations this month flagged', async () => {
    const manager = await newSignedInPage(e2e.browser, e2e.baseUrl, 'manager');
    await manager.goto(`${e2e.baseUrl}/#/attendance-violations`);
    await visible(manager.locator('tr[data-flagged="true"]').first(), 15_000);
    expect(await manager.locator('tr[data-flagged="true"]').first().textContent()).toContain('本月已满 3 次');
    await visible(manager.getByText('本月违纪达到 3 次的人员已提示部门经理'));
    await manager.screenshot({ path: `${SCREENSHOTS}/attendance-violations.png`, fullPage: true });
  });
});
