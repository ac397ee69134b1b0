import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { MAX_CONSECUTIVE_FAILURES } from '../modules/auth/auth.service';
import { makeStaff, TEST_PASSWORD } from '../test/factories';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { ApiProcess } from './api-process';

const LOGIN = 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
const ATTEMPTS = 200;

async function login(api: ApiProcess, username: string, password: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body: any = await response.json();
  return body.errors?.[0]?.extensions?.code ?? (body.data?.login ? 'SIGNED_IN' : `HTTP ${response.status}`);
}

// Issue 17, point 2: the lock holds across processes sharing one database, whatever the concurrency.
describe('the login lock across two API processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-login-lock-'));
  let database: TestDatabase;
  let apis: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('sanxin_lock');
    const env = { ...database.env, SANXIN_DEMO: '0', ADMIN_DIST: dir };
    apis = ['api-1', 'api-2'].map((name) => new ApiProcess({ name, env, logFile: join(dir, `${name}.log`) }));
    // The first migrates; the second then finds the schema current.
    await apis[0].start();
    await apis[1].start();
  });

  afterAll(async () => {
    for (const api of apis) await api.dispose();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`checks at most ${MAX_CONSECUTIVE_FAILURES} of ${ATTEMPTS} parallel wrong passwords, then refuses even the right one`, async () => {
    const dataSource = await createDataSource(loadConfig({ ...database.env, NODE_ENV: 'test' }).database).initialize();
    const staff = await makeStaff(dataSource, { role: 'AGENT' });
    await dataSource.destroy();

    const started = Date.now();
    const codes = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => login(apis[i % 2], staff.username, `wrong-${i}`)));
    const elapsedMs = Date.now() - started;
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    console.log(`[login-lock] ${ATTEMPTS} parallel wrong passwords over 2 processes: ${checked} checked, ${codes.length - checked} refused (${elapsedMs} ms)`);

    expect(checked).toBeLessThanOrEqual(MAX_CONSECUTIVE_FAILURES);
    expect(codes.filter((code) => code !== 'UNAUTHENTICATED' && code !== 'RATE_LIMITED')).toEqual([]);
    expect(await login(apis[0], staff.username, TEST_PASSWORD)).toBe('RATE_LIMITED');
    expect(await login(apis[1], staff.username, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });
});
