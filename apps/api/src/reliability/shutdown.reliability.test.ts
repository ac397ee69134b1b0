import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { createMysqlDatabase, type TestDatabase } from '../test/test-database';
import { ApiProcess } from './api-process';
import { openRequest } from './raw-request';

const GRACE_SECONDS = 10;
const LOGIN = JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', variables: { u: 'agent', p: DEMO_PASSWORD } });
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Connection refused (or reset): the server no longer accepts. */
async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * SIGTERM with requests open: the server has their headers and half their body. It must stop accepting,
 * still answer every one of them once their bodies arrive, then stop its jobs, close the pool and exit 0
 * within the grace period.
 */
async function signalWithRequestsOpen(api: ApiProcess, duringShutdown: () => Promise<void> = async () => undefined, beforeSignal: () => Promise<void> = async () => undefined) {
  const open = [LOGIN, LOGIN, TYPENAME, TYPENAME].map((body) => openRequest(api.url, body));
  await sleep(500);
  await beforeSignal();
  const signalledAt = Date.now();
  api.signal('SIGTERM');
  await api.waitForLine(/^SIGTERM: no new requests/, 5_000);
  await sleep(300);
  expect(await refused(`${api.origin}/healthz`)).toBe(true);
  await duringShutdown();
  await sleep(1_000);
  const answers = await Promise.all(open.map((request) => request.finish()));
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body.errors).toBeUndefined();
    expect(body.data.login?.token ?? body.data.__typename).toBeTruthy();
  }
  const exit = await api.waitForExit(GRACE_SECONDS * 1000);
  return { exit, seconds: (Date.now() - signalledAt) / 1000 };
}

describe('SIGTERM on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-shutdown-'));
  const env = { SQLITE_PATH: join(dir, 'sanxin.sqlite'), ADMIN_DIST: dir, SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) };
  const apis: ApiProcess[] = [];
  const started = async (extra: Record<string, string> = {}) => {
    const api = new ApiProcess({ name: `sqlite-${apis.length}`, env: { ...env, ...extra }, logFile: join(dir, `api-${apis.length}.log`) });
    apis.push(api);
    await api.start();
    return api;
  };
  afterAll(async () => {
    for (const api of apis) await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request open at the signal, then exits 0 within the grace period', async () => {
    const api = await started();
    const { exit, seconds } = await signalWithRequestsOpen(api);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(GRACE_SECONDS);
    expect(api.lines).toContain('SIGTERM: stopped cleanly');
  });

  it('exits 0 within the grace period even when a client never finishes its request', async () => {
    const api = await started({ SHUTDOWN_GRACE_SECONDS: '4' });
    void openRequest(api.url, LOGIN).answer.catch(() => undefined);
    await sleep(300);
    const signalledAt = Date.now();
    api.signal('SIGINT');
    const exit = await api.waitForExit(6_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect((Date.now() - signalledAt) / 1000).toBeLessThan(4);
  });
});

describe('SIGTERM on MariaDB', () => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-shutdown-'));
  let api: ApiProcess;
  afterAll(async () => {
    await api?.dispose();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every request open at the signal, including those waiting on a lock in the database, then exits 0 within the grace period', async () => {
    database = await createMysqlDatabase('sanxin_shutdown');
    api = new ApiProcess({ name: 'mariadb', env: { ...database.env, SANXIN_DEMO: '1', ADMIN_DIST: dir, SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) }, logFile: join(dir, 'api.log') });
    await api.start();
    // Sign-ins that wait inside MariaDB for a table another session holds, released after the signal.
    const holder = await createConnection(database.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
    await holder.query('LOCK TABLES staff WRITE');
    const waiting = [1, 2, 3].map(() => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LOGIN }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })));
    const { exit, seconds } = await signalWithRequestsOpen(
      api,
      async () => {
        await holder.query('UNLOCK TABLES');
      },
      // The server has them (they wait inside MariaDB) before the signal: a request still in the socket's
      // buffer when the server stops listening is not one it has started.
      async () => {
        for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(200)) {
          const [rows] = (await holder.query("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE STATE LIKE 'Waiting for table%'")) as any;
          if (Number(rows[0].n) >= 3) return;
        }
        throw new Error('the sign-ins never waited on the lock');
      },
    );
    await holder.end();
    for (const answer of await Promise.all(waiting)) {
      expect(answer.status).toBe(200);
      expect(answer.body.data.login.token).toBeTruthy();
    }
    expect(exit).toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(GRACE_SECONDS);
    expect(api.lines).toContain('SIGTERM: stopped cleanly');
  });
});
