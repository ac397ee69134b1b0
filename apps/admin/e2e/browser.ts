import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

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
export async function signInOn(page: Page, username: string, timeout = 15_000): Promise<void> {
  await page.locator('[name="username"]').fill(username);
  await page.locator('[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await visible(page.getByText('您好'), timeout);
}

/** A fresh browser context (own cookies and storage) signed in as a demo account. */
export async function newSignedInPage(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(`${baseUrl}/`);
  await signInOn(page, username);
  return page;
}
