import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextYear } from '../src/resources/scheduling/rosterModel';
import { launchBrowser, newTestPage, switchUser, testNow, visible as visibleWithin } from './browser';
import { type RunningServer, startServer } from './server';

const visible = (locator: Locator, timeout = 20_000) => visibleWithin(locator, timeout);

/**
 * The chinese-days package has no schedule for next year yet (the State Council publishes in
 * November): HOLIDAYS_DIR gives the API one, made from the API tests' fixture (not the official
 * schedule), for whatever year is next on the test's date.
 */
const YEAR = nextYear(testNow());
const FIXTURE = fileURLToPath(new URL('../../api/src/test/fixtures/holidays/2027.json', import.meta.url));
const holidaysDir = mkdtempSync(join(tmpdir(), 'sanxin-holidays-'));
writeFileSync(join(holidaysDir, `${YEAR}.json`), readFileSync(FIXTURE, 'utf8').replaceAll('"2027-', `"${YEAR}-`));

// The password policy refuses the demo password for new staff (it is on the common list).
const STAFF_PASSWORD = 'Holiday-Import-Check-2027';
const suffix = String(process.pid);
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({ HOLIDAYS_DIR: holidaysDir });
  browser = await launchBrowser();
  page = await newTestPage(browser, { viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(holidaysDir, { recursive: true, force: true });
});

const signIn = (username: string) => switchUser(page, server.baseUrl, username);

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function choose(label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('holidays of next year, from the official schedule to the roster', () => {
  it('an administrator previews next year’s official schedule and imports it only on confirmation', async () => {
    await signIn('admin');
    // A team of its own whose next January nobody has rostered yet: a shift leader and two phone agents.
    const { teams } = await graphql<{ teams: { items: { id: string; name: string }[] } }>('{ teams(page: { limit: 50 }) { items { id name } } }');
    const team = teams.items.find((candidate) => candidate.name === '售后现场组') as { id: string };
    for (const [role, username, name] of [['SHIFT_LEADER', `hleader${suffix}`, '钱志伟'], ['AGENT', `hagent${suffix}`, '冯晓雨'], ['AGENT', `hagentb${suffix}`, '蒋立新']]) {
      await graphql('mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }', { i: { role, username, name, password: STAFF_PASSWORD, teamId: team.id, jobType: 'PHONE', skillLevel: 3 } });
    }

    await page.goto(`${server.baseUrl}/#/holidays`);
    // The list's button and, from 1 November while next year has no holidays, the banner's link: both open the import.
    await page.getByRole('link', { name: '导入官方节假日' }).first().click();
    await visible(page.getByRole('heading', { name: /^新增（\d+）$/ }));
    await page.locator('input[name="year"]').fill(String(YEAR));
    const added = page.getByRole('region', { name: '新增' });
    await visible(added.locator(`tr[data-date="${YEAR}-01-01"]`));
    await expect.poll(() => added.locator(`tr[data-date="${YEAR}-01-01"]`).textContent()).toContain('元旦');
    const stored = await graphql<{ holidays: { total: number } }>(`{ holidays(filter: { year: ${YEAR} }) { total } }`);
    expect(stored.holidays.total).toBe(0); // the preview saved nothing

    await page.getByRole('button', { name: '确认导入' }).click();
    await visible(page.getByText(`已导入 ${YEAR} 年节假日`));
    await visible(page.getByRole('cell', { name: `${YEAR}-01-01` }));
    const imported = await graphql<{ holidays: { items: { kind: string; name: string }[] } }>(`{ holidays(filter: { dateFrom: "${YEAR}-01-01", dateTo: "${YEAR}-01-01" }) { items { kind name } } }`);
    expect(imported.holidays.items).toEqual([{ kind: 'HOLIDAY', name: '元旦' }]);
  });

  it('a shift leader’s January roster then treats 元旦 as a public holiday: holiday duty, no day shift', async () => {
    await switchUser(page, server.baseUrl, `hleader${suffix}`, STAFF_PASSWORD); // created above

    await page.goto(`${server.baseUrl}/#/roster`);
    await visible(page.getByRole('table', { name: '排班表' }));
    await choose('班组', '售后现场组');
    await page.locator('input[name="month"]').fill(`${YEAR}-01`);
    await visible(page.getByTestId('roster-status').filter({ hasText: '未排班' }));
    await page.getByRole('button', { name: '生成排班' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await visible(page.getByRole('dialog').getByText(`已生成 ${YEAR}-01 的草稿排班`));
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

    const newYearsDay = page.locator(`th[data-date="${YEAR}-01-01"]`);
    await expect.poll(() => newYearsDay.textContent()).toContain('休');
    await expect.poll(() => newYearsDay.getAttribute('title')).toBe('元旦');
    const onNewYearsDay = page.locator(`td[data-date="${YEAR}-01-01"] [data-shift-type]`);
    await expect.poll(() => onNewYearsDay.evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-shift-type')).sort())).toEqual(['夜班', '节假日值班']);
    // Hours per person beside the grid.
    await visible(page.getByRole('columnheader', { name: '工时' }));
  });
});
