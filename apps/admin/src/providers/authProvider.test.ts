import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApolloClient } from '../test/mockApollo';
import type { SanxinApolloClient } from './apolloClient';
import { createAuthProvider, SESSION_CONFIRMED_MS } from './authProvider';
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

describe('checking the session at start-up (decision 0048)', () => {
  beforeEach(() => localStorage.clear());
  const me = { __typename: 'Staff', id: 's1', name: '坐席一', role: 'AGENT', username: 'agent', mustChangePassword: false };

  it('asks the server once for the checks react-admin makes together, and again once the answer is old', async () => {
    const { client, operations } = mockApolloClient(() => ({ data: { me } }));
    let time = 1_000_000;
    const auth = createAuthProvider(client as unknown as SanxinApolloClient, () => time);
    await Promise.all([auth.checkAuth({}), auth.checkAuth({ route: 'dashboard' })]);
    await auth.checkAuth({});
    expect(operations.map((operation) => operation.operationName)).toEqual(['me']);
    time += SESSION_CONFIRMED_MS;
    await auth.checkAuth({});
    expect(operations.map((operation) => operation.operationName)).toEqual(['me', 'me']);
  });

  it('needs no `me` right after signing in, but does after signing out', async () => {
    const { client, operations } = mockApolloClient((operation) =>
      operation.operationName === 'login' ? { data: { login: { __typename: 'Session', expiresAt: '2026-12-01T12:00:00Z', staff: me } } } : { data: { me: null, logout: true } },
    );
    const auth = createAuthProvider(client as unknown as SanxinApolloClient);
    await auth.login({ username: 'agent', password: 'x' });
    await auth.checkAuth({});
    expect(operations.map((operation) => operation.operationName)).toEqual(['login']);
    await auth.logout({});
    await expect(auth.checkAuth({})).rejects.toThrow('UNAUTHENTICATED');
    expect(operations.map((operation) => operation.operationName)).toEqual(['login', 'logout', 'me']);
  });

  it('does not remember a refusal', async () => {
    let answer: typeof me | null = null;
    const { client, operations } = mockApolloClient(() => ({ data: { me: answer } }));
    const auth = createAuthProvider(client as unknown as SanxinApolloClient);
    await expect(auth.checkAuth({})).rejects.toThrow('UNAUTHENTICATED');
    answer = me;
    await auth.checkAuth({});
    expect(operations).toHaveLength(2);
  });
});
