import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_CONSECUTIVE_FAILURES } from '../modules/auth/auth.service';
import { makeStaff } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';

describe('request ids and the HTTP semantics of errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers every response with an X-Request-Id, new or the client’s own, and names it in errors and the log', async () => {
    const generated = await post('{ customers { total } }');
    const id = generated.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await generated.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });
    // The line is written when the response has finished, which may be just after the client has it.
    await vi.waitFor(() => expect(t.logs.some((line) => line.startsWith(`[http] ${id} POST /graphql 200 `))).toBe(true));

    const echoed = await post('{ customers { total } }', { 'x-request-id': 'ticket-42.retry:1' });
    expect(echoed.headers.get('x-request-id')).toBe('ticket-42.retry:1');
    expect(((await echoed.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions.requestId).toBe('ticket-42.retry:1');

    for (const unsafe of ['x'.repeat(65), 'a b', 'evil\u00e9', '<script>']) {
      const replaced = await post('{ __typename }', { 'x-request-id': unsafe });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await fetch(`${t.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers RATE_LIMITED with HTTP 429 and Retry-After', async () => {
    const staff = await makeStaff(t.dataSource, { role: 'AGENT' });
    const login = `mutation { login(input: { username: "${staff.username}", password: "guess" }) { token } }`;
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i += 1) expect((await post(login)).status).toBe(200);
    const limited = await post(login);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    const body = (await limited.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });

  it('tells an expired session (reason EXPIRED) from a missing or unknown one (MISSING) and a signed-out one (REVOKED)', async () => {
    const missing = await t.gql('{ customers { total } }');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING' });
    const unknown = await t.gql('{ customers { total } }', {}, 'not-a-session');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING' });

    const { token } = await t.staffWithToken('AGENT');
    t.clock.advance((t.config.session.idleMinutes + 1) * 60_000);
    const expired = await t.gql('{ customers { total } }', {}, token);
    expect(expired.errors?.[0]).toMatchObject({ message: 'Your session has expired; sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED' } });

    const other = await t.staffWithToken('AGENT');
    await t.gql('mutation { logout }', {}, other.token);
    expect((await t.gql('{ customers { total } }', {}, other.token)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
  });

  it('says which resource and action FORBIDDEN refuses', async () => {
    const { token } = await t.staffWithToken('AGENT');
    const refused = await t.gql('mutation { deleteStaff(id: "x", version: 1) }', {}, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', params: { resource: 'staff', action: 'delete' } });
  });
});
