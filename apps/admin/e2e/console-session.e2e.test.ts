import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, signInOn, visible } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * A whole working session in the built console: which hosts it talks to (only its own origin: no
 * telemetry, fonts or CDNs) and, on a phone, whether any main page is wider than the screen.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every URL the context requests (pages, scripts, XHR, images, beacons), from the moment it opens. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

const foreign = (urls: string[], origin: string) => urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);

/** Opens a hash route and waits for the page's own title text to settle (the network quiet). */
async function open(page: Page, path: string) {
  await page.goto(`${server.baseUrl}/#${path}`);
  await page.waitForLoadState('networkidle');
  // react-admin lists and pages render after their queries: a short quiet spell after the last one.
  await page.waitForTimeout(500);
}

const MANAGER_PAGES = ['/', '/customers', '/complaints', '/contracts', '/inbox', '/complaints-overdue', '/roster', '/my-schedule', '/approvals', '/workload', '/assignment', '/leaveRequests', '/staffMembers'];

describe('no calls home', () => {
  it('a manager visiting the main pages makes no request to any other origin', async () => {
    const page = await newTestPage(browser);
    const urls = recordRequests(page.context());
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'manager');
    for (const path of MANAGER_PAGES) await open(page, path);
    // A reload: react-admin's telemetry fired once per load of the built console.
    await page.reload();
    await page.waitForLoadState('networkidle');
    const origin = new URL(server.baseUrl).origin;
    expect(urls.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(MANAGER_PAGES.length);
    expect(foreign(urls, origin)).toEqual([]);
    await page.context().close();
  });
});

/** The agent's main pages on a phone: none may scroll sideways. */
const PHONE = { width: 390, height: 844 };
const AGENT_PAGES = ['/', '/customers', '/complaints', '/complaints/create', '/contracts', '/interactions', '/inbox', '/roster', '/my-schedule', '/my-first-contacts'];

describe('on a 390 × 844 phone, as an agent', () => {
  let page: Page;
  let urls: string[];

  beforeAll(async () => {
    page = await newTestPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    urls = recordRequests(page.context());
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, 'agent');
  });

  afterAll(async () => {
    await page?.context().close();
  });

  const pageWidth = () => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

  it.each(AGENT_PAGES)('%s is no wider than the screen', async (path) => {
    await open(page, path);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  // A customer's show page was 466 px wide: its five tabs' natural width widened react-admin's frame
  // (min-width: fit-content); Layout.tsx lets the frame be narrower on a phone.
  it('a customer and a complaint opened from their lists fit the screen too', async () => {
    await open(page, '/customers');
    await page.locator('#main-content a[href*="/show"]').first().click();
    await page.waitForURL(/#\/customers\/[^/]+\/show/);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await open(page, '/complaints');
    await page.locator('#main-content a[href*="/show"]').first().click();
    await page.waitForURL(/#\/complaints\/[^/]+\/show/);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  it('and the phone session, too, stayed on its own origin', () => {
    expect(foreign(urls, new URL(server.baseUrl).origin)).toEqual([]);
  });
});

/** The screens added since (security log, password change, customer merge, attachments), on a phone in both languages. */
describe.each([
  ['zh-CN', { merge: '合并重复客户', mergeTitle: '把本客户合并到另一客户', attachments: '附件' }],
  ['en', { merge: 'Merge duplicate', mergeTitle: 'Merge this customer into another', attachments: 'Attachments' }],
])('on a 390 × 844 phone in %s, the newer screens', (locale, words) => {
  let page: Page;

  /** A phone page signed in as `username`, in `locale` (react-admin's store keeps the choice). */
  async function phoneAs(username: string) {
    await page?.context().close();
    page = await newTestPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${server.baseUrl}/`);
    await signInOn(page, username);
    await page.evaluate((chosen) => localStorage.setItem('RaStore.locale', JSON.stringify(chosen)), locale);
    await page.reload();
  }

  afterAll(async () => {
    await page?.context().close();
  });

  const pageWidth = () => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

  // The security log was 506 px wide (702 in English): eight columns; on a phone it is cards.
  it('the security log and the password change fit the screen', async () => {
    await phoneAs('admin');
    for (const path of ['/securityEvents', '/change-password']) {
      await open(page, path);
      expect(await pageWidth(), path).toBeLessThanOrEqual(PHONE.width);
    }
    await open(page, '/securityEvents');
    await visible(page.locator('#main-content li').first());
    expect(await page.locator('#main-content table').count()).toBe(0);
  });

  it("the manager's merge dialog fits the screen", async () => {
    await phoneAs('manager');
    await open(page, '/customers');
    await page.locator('#main-content a[href*="/show"]').first().click();
    await page.waitForURL(/#\/customers\/[^/]+\/show/);
    await page.getByRole('button', { name: words.merge }).click();
    await visible(page.getByRole('dialog', { name: words.mergeTitle }));
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  it("the attachments panel of the agent's complaint fits the screen", async () => {
    await phoneAs('agent');
    const response = await page.request.post(`${server.baseUrl}/graphql`, { data: { query: '{ complaints(filter: { mine: true }) { items { id } } }' } });
    const [complaint] = (await response.json()).data.complaints.items as { id: string }[];
    await open(page, `/complaints/${encodeURIComponent(complaint.id)}/show`);
    await visible(page.getByRole('region', { name: words.attachments }));
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('the first screen on a slow machine (issue 15: reported, not asserted)', () => {
  it('an agent on a 4× slower CPU, with nothing cached, sees the sign-in page and then the first screen', async () => {
    const page = await newTestPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));

    const opened = Date.now();
    await page.goto(`${server.baseUrl}/#/login`);
    await visible(page.getByRole('button', { name: '登录' }), 30_000);
    const signInPage = Date.now() - opened;
    const scriptsBeforeSignIn = scripts.length;

    await page.locator('[name="username"]').fill('agent');
    await page.locator('[name="password"]').fill('sanxin-demo');
    const submitted = Date.now();
    await page.getByRole('button', { name: '登录' }).click();
    await visible(page.getByText('您好'), 30_000);
    const firstScreen = Date.now() - submitted;
    // The greeting is the first screen; its counts come with the home screen's own query just after.
    await visible(page.locator('[data-home-item]').first(), 30_000);
    const homeCounts = Date.now() - submitted;

    console.log(
      `first screen, 4× CPU throttling: sign-in page ${signInPage} ms (${scriptsBeforeSignIn} scripts), sign-in → first screen ${firstScreen} ms (target ≤ 1,500 ms), → home counts ${homeCounts} ms`,
    );
    expect(firstScreen).toBeGreaterThan(0);
    await page.context().close();
  });
});
