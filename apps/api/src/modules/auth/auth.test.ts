import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, TEST_PASSWORD } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { MAX_CONSECUTIVE_FAILURES } from './auth.service';

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token expiresAt staff { username role } } }`;

async function loginFrom(t: TestApp, username: string, password: string, forwardedFor: string): Promise<string | undefined> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body: any = await response.json();
  return body.errors?.[0].extensions.code;
}

describe('behind a proxy named in TRUST_PROXY', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('counts failures per forwarded client address', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i += 1) await loginFrom(t, staff.username, 'guess', '203.0.113.7');
    expect(await loginFrom(t, staff.username, 'guess', '203.0.113.7')).toBe('RATE_LIMITED');
    expect(await loginFrom(t, staff.username, 'guess', '198.51.100.9')).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in, sessions and throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a Bearer token and a httpOnly SameSite cookie, and me returns the person', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: staff.username, p: TEST_PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sanxin_session=[\w-]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // A duration, so a browser whose clock differs from the server's keeps the session (12 h by default).
    expect(cookie).toMatch(/Max-Age=43200(;|$)/);
    const body: any = await response.json();
    expect(body.data.login.staff).toEqual({ username: staff.username, role: 'AGENT' });
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await me.json()) as any).data.me).toEqual({ username: staff.username });
  });

  it('stores only a hash of the token', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    const rows = await t.dataSource.query('SELECT token_hash FROM session WHERE staff_id = ?', [staff.id]);
    expect(rows[0].token_hash).toHaveLength(64);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('ends the session on logout', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    expect((await t.gql('mutation { logout }', {}, token)).data?.logout).toBe(true);
    expect((await t.gql('{ me { id } }', {}, token)).data?.me).toBeNull();
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    t.clock.advance((t.config.session.idleMinutes + 1) * 60_000);
    expect((await t.gql('{ me { id } }', {}, token)).data?.me).toBeNull();
    const fresh = await t.signIn(staff);
    for (let hour = 0; hour < t.config.session.absoluteHours; hour += 1) {
      t.clock.advance(3_600_000);
      await t.gql('{ me { id } }', {}, fresh);
    }
    expect((await t.gql('{ me { id } }', {}, fresh)).data?.me).toBeNull();
  });

  it('says the same for an unknown user and a wrong password', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const wrong = await t.gql(LOGIN, { u: staff.username, p: 'wrong-password' });
    const unknown = await t.gql(LOGIN, { u: 'nobody-here', p: 'wrong-password' });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it(`locks a username + IP after ${MAX_CONSECUTIVE_FAILURES} consecutive failures, for a growing period`, async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i += 1) await t.gql(LOGIN, { u: staff.username, p: 'guess' });
    const locked = await t.gql(LOGIN, { u: staff.username, p: TEST_PASSWORD });
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    t.clock.advance(61_000);
    await t.gql(LOGIN, { u: staff.username, p: 'guess-again' });
    const longer = await t.gql(LOGIN, { u: staff.username, p: TEST_PASSWORD });
    expect(longer.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 120 });
    t.clock.advance(121_000);
    expect((await t.gql(LOGIN, { u: staff.username, p: TEST_PASSWORD })).data?.login.staff.username).toBe(staff.username);
  });

  it('checks at most ten wrong passwords per lock window, however many arrive at once', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const codes: string[] = [];
    for (let burst = 0; burst < 5; burst += 1) {
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => t.gql(LOGIN, { u: staff.username, p: `guess-${burst}-${i}` })));
      codes.push(...answers.map((answer) => answer.errors?.[0].extensions.code));
    }
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_CONSECUTIVE_FAILURES);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(200 - MAX_CONSECUTIVE_FAILURES);
    // Refused attempts are not counted: the count stops at ten (other tests' rows hold fewer).
    const [row] = await t.dataSource.query('SELECT MAX(failures) AS failures FROM login_throttle');
    expect(Number(row.failures)).toBe(MAX_CONSECUTIVE_FAILURES);
  });

  it('ignores X-Forwarded-For when TRUST_PROXY is unset, so a client cannot pick a fresh IP per guess', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const codes = [];
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES + 2; i += 1) codes.push(await loginFrom(t, staff.username, 'guess', `203.0.113.${i}`));
    expect(codes.slice(0, MAX_CONSECUTIVE_FAILURES).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(MAX_CONSECUTIVE_FAILURES)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('refuses deactivated staff and ends their open sessions', async () => {
    const admin = await t.staffWithToken('ADMIN');
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const token = await t.signIn(staff);
    const deactivated = await t.gql('mutation($id: ID!) { deleteStaff(id: $id, version: 1) }', { id: staff.id }, admin.token);
    expect(deactivated.data?.deleteStaff).toBe(staff.id);
    expect((await t.gql('{ me { id } }', {}, token)).data?.me).toBeNull();
    expect((await t.gql(LOGIN, { u: staff.username, p: TEST_PASSWORD })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
