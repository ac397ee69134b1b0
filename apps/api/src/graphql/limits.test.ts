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

  it('refuses queries nested too deep', async () => {
    const deep = '{ customers { items { contacts { customer { contacts { customer { contacts { customer { owner { team { id } } } } } } } } } } }';
    const r = await t.gql(deep, {}, token);
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect((await t.gql(`{ ${aliases} }`, {}, token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('reports database reachability on /healthz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'up' });
  });
});
