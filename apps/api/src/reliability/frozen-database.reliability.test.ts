import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { ApiProcess } from './api-process';
import { rawRequest } from './raw-request';
import { ThrowawayMariaDb } from './throwaway-mariadb';

const STATEMENT_TIMEOUT_MS = 3_000;

async function graphql(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = Date.now();
  const answer = await rawRequest(api.url, {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...answer, json: JSON.parse(answer.body), seconds: (Date.now() - started) / 1000 };
}

async function health(api: ApiProcess) {
  const started = Date.now();
  const response = await fetch(`${api.origin}/healthz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.json(), seconds: (Date.now() - started) / 1000 };
}

/**
 * MariaDB frozen (SIGSTOP) under a running API: requests give up after DB_STATEMENT_TIMEOUT_MS with
 * SERVICE_UNAVAILABLE and HTTP 503, /healthz says `database: down` within 2 s, and once the database is
 * thawed everything works again.
 */
describe('a frozen MariaDB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-frozen-'));
  const mariadb = new ThrowawayMariaDb();
  let api: ApiProcess;
  let token: string;

  beforeAll(async () => {
    await mariadb.start();
    await mariadb.createDatabase('sanxin');
    api = new ApiProcess({
      name: 'frozen-db',
      env: { DATABASE_URL: mariadb.url('sanxin'), SANXIN_DEMO: '1', ADMIN_DIST: dir, DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS), SHUTDOWN_GRACE_SECONDS: '10' },
      logFile: join(dir, 'api.log'),
    });
    await api.start();
    const login = await graphql(api, 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', { u: 'manager', p: DEMO_PASSWORD });
    token = login.json.data.login.token;
  });
  afterAll(async () => {
    mariadb.thaw();
    await api?.dispose();
    await mariadb.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE with 503 within the statement timeout, /healthz within 2 s, and recovers when thawed', async () => {
    expect((await health(api)).body).toEqual({ status: 'ok', database: 'up' });
    mariadb.freeze();
    try {
      // More requests than the pool has connections: the later ones wait for a connection, and give up too.
      const requests = Array.from({ length: 14 }, () => graphql(api, '{ customers(page: { limit: 5 }) { total } }', {}, token));
      const healthWhileFrozen = await health(api);
      expect(healthWhileFrozen.status).toBe(503);
      expect(healthWhileFrozen.body).toEqual({ status: 'degraded', database: 'down' });
      expect(healthWhileFrozen.seconds).toBeLessThan(2);
      for (const answer of await Promise.all(requests)) {
        expect(answer.status).toBe(503);
        expect(answer.headers['retry-after']).toBe('5');
        expect(answer.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(answer.body).not.toMatch(/SELECT|\/work\/|at .*\.js|staff|session/i);
        // Waiting for a connection, then for the statement: at most two timeouts and the client's margin.
        expect(answer.seconds).toBeLessThan((2 * STATEMENT_TIMEOUT_MS + 2_000) / 1000 + 3);
      }
      // A sign-in (no session to read) answers the same way.
      const login = await graphql(api, 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', { u: 'agent', p: DEMO_PASSWORD });
      expect(login.status).toBe(503);
      expect(login.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      mariadb.thaw();
    }
    await api.waitHealthy(30_000);
    const after = await graphql(api, '{ customers(page: { limit: 5 }) { total } }', {}, token);
    expect(after.status).toBe(200);
    expect(after.json.data.customers.total).toBeGreaterThan(0);
  });
});
