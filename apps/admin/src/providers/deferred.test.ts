import { describe, expect, it } from 'vitest';
import { mockApolloClient } from '../test/mockApollo';
import type { SanxinApolloClient } from './apolloClient';
import { createAuthProvider } from './authProvider';
import { deferredMethods } from './deferred';
import { AUTH_METHODS } from './index';

describe('providers that load GraphQL on first use', () => {
  it('offer exactly the auth methods the real auth provider has (react-admin checks which exist)', () => {
    const { client } = mockApolloClient(() => ({ data: null }));
    const real = createAuthProvider(client as unknown as SanxinApolloClient);
    expect([...AUTH_METHODS].sort()).toEqual(Object.keys(real).sort());
  });

  it('load nothing until a method is called, then pass the call and its answer through', async () => {
    let loads = 0;
    const provider = deferredMethods<{ getOne: (resource: string) => Promise<string> }>(async () => {
      loads += 1;
      return { getOne: async (resource) => `one ${resource}` };
    });
    expect(loads).toBe(0);
    expect(await provider.getOne('customers')).toBe('one customers');
    expect(loads).toBe(1);
  });

  it('are not mistaken for a promise or for a provider with flags', () => {
    const provider = deferredMethods<Record<string, unknown>>(async () => ({}));
    expect(provider.then).toBeUndefined();
    expect(provider.supportAbortSignal).toBeUndefined();
  });
});
