import type { Browser, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, newTestPage } from './browser';
import { type RunningServer, startServer } from './server';

/** What an end-to-end file works with: the real API serving the built console, Chromium, a page. */
export interface E2eSession {
  /** The console's (and the API's) address, e.g. http://127.0.0.1:41234. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The page the file drives; a file that signs people in each in a context of their own replaces it. */
  page: Page;
  /** A direct API call with the page's session cookie (whoever is signed in there); GraphQL errors fail the test. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Starts, for the file that calls it (in its beforeAll), the built API on a fresh database
 * (e2e/server.ts; `env` adds configuration) and Chromium, plus a first page when `viewport` is given;
 * closes both in its afterAll.
 */
export function e2eSession({ env, viewport }: { env?: Record<string, string>; viewport?: ViewportSize } = {}): E2eSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
    if (viewport) page = await newTestPage(browser, { viewport });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} exists once the file's beforeAll has run`);
    return value;
  };

  const session: E2eSession = {
    get baseUrl() {
      return started(server, 'The server').baseUrl;
    },
    get browser() {
      return started(browser, 'The browser');
    },
    get page() {
      return started(page, 'The page');
    },
    set page(next: Page) {
      page = next;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await session.page.request.post(`${session.baseUrl}/graphql`, { data: { query, variables } });
      const body = await response.json();
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as T;
    },
  };
  return session;
}
