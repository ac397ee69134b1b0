import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';

/**
 * "Now" for the end-to-end run: the real time, or `SANXIN_TEST_NOW` (running from there). The API
 * under test gets the same variable (e2e/server.ts passes the environment on), and every page's
 * clock is set to it, so the browser, the server and the test agree on the date.
 */
const TEST_NOW_OFFSET = process.env.SANXIN_TEST_NOW ? new Date(process.env.SANXIN_TEST_NOW).getTime() - Date.now() : 0;
export const testNow = (): Date => new Date(Date.now() + TEST_NOW_OFFSET);

/** A fresh page in a context of its own whose clock reads `testNow()`. */
export async function newTestPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 }, ...options });
  if (TEST_NOW_OFFSET) await context.clock.install({ time: testNow() });
  return context.newPage();
}

/**
 * Debian's Chromium (never a downloaded browser), headless, with the background services that would
 * try to reach the internet switched off: this machine has no network but the package registries.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const visible = (locator: Locator, timeout = 10_000) => locator.waitFor({ state: 'visible', timeout });

const DEMO_PASSWORD = 'sanxin-demo';

/** Fills the login form already on `page` and waits for the dashboard's greeting. */
export async function signInOn(page: Page, username: string, timeout = 15_000, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('[name="username"]').fill(username);
  await page.locator('[name="password"]').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await visible(page.getByText('您好'), timeout);
}

/** Signs `page` out of whoever was signed in (cookies and storage cleared), then in as `username`. */
export async function switchUser(page: Page, baseUrl: string, username: string, password?: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseUrl}/#/login`);
  await signInOn(page, username, undefined, password);
}

/** A fresh browser context (own cookies and storage) signed in as a demo account. */
export async function newSignedInPage(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const page = await newTestPage(browser);
  await page.goto(`${baseUrl}/`);
  await signInOn(page, username);
  return page;
}
