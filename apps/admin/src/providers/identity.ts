import { type Action, canAccess as domainCanAccess, type Role } from '@sanxin/domain';
import { RESOURCES } from './resources';

// Who is signed in, and what they may open. Kept apart from the auth provider (which needs GraphQL)
// so the menu and the shell load before the GraphQL client does.

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

export function storedIdentity(): Identity | null {
  const stored = localStorage.getItem(IDENTITY_KEY);
  return stored ? (JSON.parse(stored) as Identity) : null;
}

export const storeIdentity = (identity: Identity | null) =>
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
