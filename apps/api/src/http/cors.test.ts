import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

const APP = 'https://app.example.com';
const OTHER = 'https://evil.example.net';

describe('CORS for web apps on other origins', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: `${APP}, http://localhost:5173` });
    ({ token } = await t.staffWithToken('AGENT'));
  });
  afterAll(() => t.close());

  const preflight = (origin: string, headers = 'content-type, authorization') =>
    fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });

  it('answers the preflight of an allowed origin with 204 and what it may send', async () => {
    const response = await preflight(APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('refuses the preflight of another origin, or of a header it does not accept, without CORS headers', async () => {
    for (const response of [await preflight(OTHER), await preflight(APP, 'content-type, x-secret')]) {
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('lets an allowed origin read the answer of a Bearer request, and not another origin', async () => {
    const query = JSON.stringify({ query: '{ me { id } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const allowed = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...headers, origin: APP }, body: query });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(((await allowed.json()) as { data: { me: { id: string } } }).data.me.id).toBeTruthy();

    const refused = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...headers, origin: OTHER }, body: query });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the CSRF prevention: a simple cross-origin GET without a preflight header is refused', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { origin: APP } });
    expect(response.status).toBe(400);
  });
});

describe('without CORS_ORIGINS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends no CORS headers and refuses preflights (same origin only)', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
