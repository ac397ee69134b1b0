import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApolloClient } from '../test/mockApollo';
import type { SanxinApolloClient } from './apolloClient';
import { createAuthProvider } from './authProvider';
import { CHANGE_PASSWORD_PATH, markPasswordChanged, storedIdentity } from './identity';

const staff = (mustChangePassword: boolean) => ({ __typename: 'Staff', id: 's1', name: '系统管理员', role: 'ADMIN', username: 'admin', mustChangePassword });

describe('authProvider and passwords given to people', () => {
  beforeEach(() => localStorage.clear());

  it('sends someone who must change their password to the change-password screen at sign-in', async () => {
    const { client } = mockApolloClient(() => ({ data: { login: { __typename: 'Session', expiresAt: '2026-12-01T12:00:00Z', staff: staff(true) } } }));
    const auth = createAuthProvider(client as unknown as SanxinApolloClient);
    expect(await auth.login({ username: 'admin', password: 'generated-password' })).toEqual({ redirectTo: CHANGE_PASSWORD_PATH });
    expect(storedIdentity()?.mustChangePassword).toBe(true);
    markPasswordChanged();
    expect(storedIdentity()?.mustChangePassword).toBe(false);
  });

  it('signs in as before otherwise', async () => {
    const { client } = mockApolloClient(() => ({ data: { login: { __typename: 'Session', expiresAt: '2026-12-01T12:00:00Z', staff: staff(false) } } }));
    expect(await createAuthProvider(client as unknown as SanxinApolloClient).login({ username: 'admin', password: 'x' })).toBeUndefined();
  });

  it('turns PASSWORD_CHANGE_REQUIRED into a redirect that keeps the session', async () => {
    const { client } = mockApolloClient(() => ({ data: null }));
    const auth = createAuthProvider(client as unknown as SanxinApolloClient);
    const error = { graphQLErrors: [new GraphQLError('Choose a new password first', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } })] };
    await expect(auth.checkError(error)).rejects.toMatchObject({ redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false });
  });
});
