import { type Browser, chromium, type Locator } from 'playwright-core';

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
