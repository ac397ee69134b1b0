import { gql } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import type { SanxinApolloClient } from './apolloClient';
import { errorCodeOf } from './graphqlErrors';
import { CHANGE_PASSWORD_PATH, canAccessAs, type Identity, storedIdentity, storeIdentity } from './identity';

const LOGIN = gql`
  mutation login($input: LoginInput!) {
    login(input: $input) { expiresAt staff { id name role username mustChangePassword } }
  }
`;
const LOGOUT = gql`
  mutation logout { logout }
`;
const ME = gql`
  query me { me { id name role username mustChangePassword } }
`;

/**
 * How long one answer from the server (the sign-in itself, or \`me\`) stands for the session. react-admin
 * checks it once for the shell and again for the home screen, one after the other: two round trips
 * before the first screen, right after the sign-in that had just confirmed it (decision 0048).
 */
export const SESSION_CONFIRMED_MS = 10_000;

export function createAuthProvider(client: SanxinApolloClient, now: () => number = Date.now): AuthProvider {
  let confirmed: { at: number; identity: Promise<Identity | null> } | null = null;
  const confirm = (identity: Promise<Identity | null>) => {
    const entry = { at: now(), identity };
    confirmed = entry;
    // A failed check is not remembered: the next one asks the server again.
    identity.then(
      (me) => me || confirmed !== entry || (confirmed = null),
      () => confirmed !== entry || (confirmed = null),
    );
    return identity;
  };
  const fetchMe = async (): Promise<Identity | null> => {
    const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
    storeIdentity(data.me);
    return data.me;
  };
  /** \`me\`, unless the server confirmed the session moments ago (or is being asked now). */
  const confirmedMe = () => (confirmed && now() - confirmed.at < SESSION_CONFIRMED_MS ? confirmed.identity : confirm(fetchMe()));
  const currentIdentity = async () => storedIdentity() ?? (await fetchMe());

  return {
    async login({ username, password }) {
      try {
        const { data } = await client.mutate({ mutation: LOGIN, variables: { input: { username, password } } });
        await client.clearStore();
        storeIdentity(data.login.staff);
        confirm(Promise.resolve(data.login.staff));
        if (data.login.staff.mustChangePassword) return { redirectTo: CHANGE_PASSWORD_PATH };
      } catch (error) {
        const code = errorCodeOf(error);
        // The API answers wrong credentials with UNAUTHENTICATED or its own INVALID_CREDENTIALS.
        const known = code === 'RATE_LIMITED' || code === 'INTERNAL_SERVER_ERROR' ? code : code ? 'INVALID_CREDENTIALS' : 'INTERNAL_SERVER_ERROR';
        throw new Error(`sanxin.errors.${known}`);
      }
    },
    async logout() {
      storeIdentity(null);
      confirmed = null;
      try {
        await client.mutate({ mutation: LOGOUT });
      } catch {
        // Already signed out on the server (expired or revoked session): nothing left to end.
      }
      await client.clearStore();
    },
    async checkAuth() {
      const me = await confirmedMe().catch(() => null);
      if (!me) throw new Error('sanxin.errors.UNAUTHENTICATED');
    },
    async checkError(error) {
      const status = (error as { status?: number })?.status;
      const code = errorCodeOf(error) ?? (error as { body?: { code?: string } })?.body?.code;
      // Signed in, but on a password given to them: to the change-password screen, still signed in.
      if (code === 'PASSWORD_CHANGE_REQUIRED') throw { redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false, message: 'sanxin.errors.PASSWORD_CHANGE_REQUIRED' };
      if (status === 401 || code === 'UNAUTHENTICATED') {
        storeIdentity(null);
        confirmed = null;
        throw new Error('sanxin.errors.UNAUTHENTICATED');
      }
    },
    async getIdentity() {
      const identity = await currentIdentity();
      if (!identity) throw new Error('sanxin.errors.UNAUTHENTICATED');
      return { id: identity.id, fullName: identity.name, role: identity.role, username: identity.username, mustChangePassword: identity.mustChangePassword };
    },
    async getPermissions() {
      return (await currentIdentity())?.role;
    },
    async canAccess(params) {
      return canAccessAs(await currentIdentity(), params);
    },
  };
}
