import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTestPage, signInOn } from './browser';
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
