import type { Role } from '@sanxin/domain';
import { type AccessContext, type Action, type Resource, scopeOf, canAccess } from '@sanxin/domain';
import { forbidden, unauthenticated } from './errors';

/** The signed-in staff member a request acts for. */
export interface Viewer {
  id: string;
  role: Role;
  name: string;
  sessionId: string;
  /** Signed in with a generated or demo password: every operation but changePassword, me and logout is refused. */
  mustChangePassword?: boolean;
}

/** Why a request has no viewer: no session token (or an unknown one), a session that ran out, or one signed out or revoked. */
export type SessionProblem = 'MISSING' | 'EXPIRED' | 'REVOKED';

/** UNAUTHENTICATED without a viewer, with `extensions.reason` when the request says why (EXPIRED: sign in again). */
export function requireViewer(viewer: Viewer | null, problem?: SessionProblem | null): Viewer {
  if (!viewer) throw unauthenticated(problem ?? 'MISSING');
  return viewer;
}

/** Throws FORBIDDEN unless the permission matrix allows it (for this record, when `isOwner` is given). */
export function assertCan(viewer: Viewer, resource: Resource, action: Action, context: AccessContext = {}): void {
  if (!canAccess(viewer.role, resource, action, context)) throw forbidden(resource, action);
}

export function scopeFor(viewer: Viewer, resource: Resource, action: Action) {
  return scopeOf(viewer.role, resource, action);
}
