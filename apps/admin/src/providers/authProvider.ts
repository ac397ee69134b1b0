import { gql } from '@apollo/client';
import { type Action, canAccess as domainCanAccess, type Role } from '@sanxin/domain';
import type { AuthProvider } from 'react-admin';
import type { SanxinApolloClient } from './apolloClient';
import { errorCodeOf } from './graphqlErrors';
import { RESOURCES } from './resources';

export interface Identity {
  id: string;
  name: string;
  role: Role;
  username?: string;
  /** Signed in with a password given to them: the API refuses everything until they change it. */
  mustChangePassword?: boolean;
}

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Only who is signed in, for the header and menus; the session itself is the httpOnly cookie. */
const IDENTITY_KEY = 'sanxin.identity';

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

export function storedIdentity(): Identity | null {
  const stored = localStorage.getItem(IDENTITY_KEY);
  return stored ? (JSON.parse(stored) as Identity) : null;
}

const storeIdentity = (identity: Identity | null) =>
  identity
    ? localStorage.setItem(
        IDENTITY_KEY,
        JSON.stringify({ id: identity.id, name: identity.name, role: identity.role, username: identity.username, mustChangePassword: identity.mustChangePassword }),
      )
    : localStorage.removeItem(IDENTITY_KEY);

/** After changePassword: the stored identity no longer has to. */
export function markPasswordChanged(): void {
  const identity = storedIdentity();
  if (identity) storeIdentity({ ...identity, mustChangePassword: false });
}

/** react-admin resource → row of the domain permission matrix. */
const domainResourceOf = (resource: string) =>
  (RESOURCES as Record<string, { domain: Parameters<typeof domainCanAccess>[1] }>)[resource]?.domain;

/**
 * The staff list page *is* staff management (员工管理), so the console shows it to those who may
 * manage staff; reading staff records (owner pickers, names) stays open as the domain matrix says.
 */
const MANAGEMENT_PAGES: Record<string, Action> = { staffMembers: 'edit' };

/** react-admin's canAccess for this viewer, from the domain matrix the API enforces (with ownership when the record is known). */
export function canAccessAs(
  identity: Pick<Identity, 'id' | 'role'> | null,
  { resource, action, record }: { resource: string; action: string; record?: Record<string, unknown> },
): boolean {
  const domainResource = domainResourceOf(resource);
  if (!identity || !domainResource) return false;
  // Contacts carry no owner of their own; leaving isOwner unknown lets the API decide via the customer.
  const ownable = record && ('ownerId' in record || 'staffId' in record);
  const isOwner = ownable ? record.ownerId === identity.id || record.staffId === identity.id : undefined;
  const checkedAction = action === 'list' ? (MANAGEMENT_PAGES[resource] ?? 'list') : (action as Action);
  return domainCanAccess(identity.role, domainResource, checkedAction, { isOwner });
}

export function createAuthProvider(client: SanxinApolloClient): AuthProvider {
  const fetchMe = async (): Promise<Identity | null> => {
    const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
    storeIdentity(data.me);
    return data.me;
  };
  const currentIdentity = async () => storedIdentity() ?? (await fetchMe());

  return {
    async login({ username, password }) {
      try {
        const { data } = await client.mutate({ mutation: LOGIN, variables: { input: { username, password } } });
        await client.clearStore();
        storeIdentity(data.login.staff);
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
      try {
        await client.mutate({ mutation: LOGOUT });
      } catch {
        // Already signed out on the server (expired or revoked session): nothing left to end.
      }
      await client.clearStore();
    },
    async checkAuth() {
      const me = await fetchMe().catch(() => null);
      if (!me) throw new Error('sanxin.errors.UNAUTHENTICATED');
    },
    async checkError(error) {
      const status = (error as { status?: number })?.status;
      const code = errorCodeOf(error) ?? (error as { body?: { code?: string } })?.body?.code;
      // Signed in, but on a password given to them: to the change-password screen, still signed in.
      if (code === 'PASSWORD_CHANGE_REQUIRED') throw { redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false, message: 'sanxin.errors.PASSWORD_CHANGE_REQUIRED' };
      if (status === 401 || code === 'UNAUTHENTICATED') {
        storeIdentity(null);
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
