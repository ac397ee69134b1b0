import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { MAX_CONSECUTIVE_FAILURES } from '../modules/auth/auth.service';
import { makeStaff, TEST_PASSWORD } from '../test/factories';
import type { ApiProcess } from './api-process';
import { twoApiProcesses } from './two-api-processes';

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
  const pair = twoApiProcesses('lock');

  it(`checks at most ${MAX_CONSECUTIVE_FAILURES} of ${ATTEMPTS} parallel wrong passwords, then refuses even the right one`, async () => {
    const dataSource = await createDataSource(loadConfig({ ...pair.database.env, NODE_ENV: 'test' }).database).initialize();
    const staff = await makeStaff(dataSource, { role: 'AGENT' });
    await dataSource.destroy();

    const started = Date.now();
    const codes = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => login(pair.apis[i % 2], staff.username, `wrong-${i}`)));
    const elapsedMs = Date.now() - started;
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    console.log(`[login-lock] ${ATTEMPTS} parallel wrong passwords over 2 processes: ${checked} checked, ${codes.length - checked} refused (${elapsedMs} ms)`);

    expect(checked).toBeLessThanOrEqual(MAX_CONSECUTIVE_FAILURES);
    expect(codes.filter((code) => code !== 'UNAUTHENTICATED' && code !== 'RATE_LIMITED')).toEqual([]);
    expect(await login(pair.apis[0], staff.username, TEST_PASSWORD)).toBe('RATE_LIMITED');
    expect(await login(pair.apis[1], staff.username, TEST_PASSWORD)).toBe('RATE_LIMITED');
  });
});
