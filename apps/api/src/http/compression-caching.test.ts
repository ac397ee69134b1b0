import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';

/** The raw answer (node:http does not decompress), to see the bytes that travel. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('compression, caching and persisted queries', () => {
  let t: TestApp;
  let token: string;
  const LIST = '{ customers(page: { limit: 50 }) { items { id name phone } total } }';
  const getUrl = (query: string) => `${t.url}/graphql?query=${encodeURIComponent(query)}`;

  beforeAll(async () => {
    t = await startTestApp();
    ({ token } = await t.staffWithToken('DEPT_MANAGER'));
    for (let i = 0; i < 30; i += 1) await makeCustomer(t.dataSource);
  });
  afterAll(() => t.close());

  const headers = () => ({ authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' });

  it('compresses answers above 1 kB with gzip or brotli, as the client accepts, and leaves small ones alone', async () => {
    const plain = await rawGet(getUrl(LIST), headers());
    expect(plain.bytes).toBeGreaterThan(1024);
    const gzip = await rawGet(getUrl(LIST), { ...headers(), 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
    const brotli = await rawGet(getUrl(LIST), { ...headers(), 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    const small = await rawGet(getUrl('{ me { id } }'), { ...headers(), 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('lets a GET query be revalidated with its ETag (304), and never stores POSTs', async () => {
    const first = await fetch(getUrl(LIST), { headers: headers() });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates its cached copy (fetch() with If-None-Match would add Cache-Control: no-cache).
    const again = await rawGet(getUrl(LIST), { ...headers(), 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
    await makeCustomer(t.dataSource);
    const changed = await rawGet(getUrl(LIST), { ...headers(), 'if-none-match': etag as string });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);

    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ query: LIST }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps automatic persisted queries: a hash alone works once the query is known', async () => {
    const query = '{ me { id role } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = (withQuery: boolean) =>
      `${t.url}/graphql?${withQuery ? `query=${encodeURIComponent(query)}&` : ''}extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
    const unknown = (await (await fetch(extensions(false), { headers: headers() })).json()) as { errors: Array<{ message: string }> };
    expect(unknown.errors[0].message).toBe('PersistedQueryNotFound');
    expect((await fetch(extensions(true), { headers: headers() })).status).toBe(200);
    const known = (await (await fetch(extensions(false), { headers: headers() })).json()) as { data: { me: { role: string } } };
    expect(known.data.me.role).toBe('DEPT_MANAGER');
  });
});
