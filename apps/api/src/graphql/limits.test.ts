import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

describe('query limits and request hygiene', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ token } = await t.staffWithToken('SHIFT_LEADER'));
  });
  afterAll(() => t.close());

  it('refuses queries nested too deep (GraphQL\'s own GRAPHQL_VALIDATION_FAILED, not relabelled)', async () => {
    const deep = '{ customers { items { contacts { customer { contacts { customer { contacts { customer { owner { team { id } } } } } } } } } } }';
    const r = await t.gql(deep, {}, token);
    expect(r.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect((await t.gql(`{ ${aliases} }`, {}, token)).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('passes GraphQL\'s own codes through: a syntax error, an unknown persisted query, a subscription over HTTP', async () => {
    const post = async (body: unknown) => {
      const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, code: ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code };
    };
    expect(await post({ query: '{ me { id }' })).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(await post({ query: 'subscription { myInboxChanged { kind } }' })).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('reports database reachability on /healthz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'up' });
  });
});
