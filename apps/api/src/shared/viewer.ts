import type { Role } from '@sanxin/domain';
import { type AccessContext, type Action, type Resource, scopeOf, canAccess } from '@sanxin/domain';
import { forbidden, unauthenticated } from './errors';

/** The signed-in staff member a request acts for. */
export interface Viewer {
  id: string;
  role: Role;
  name: string;
  sessionId: string;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Throws FORBIDDEN unless the permission matrix allows it (for this record, when `isOwner` is given). */
export function assertCan(viewer: Viewer, resource: Resource, action: Action, context: AccessContext = {}): void {
  if (!canAccess(viewer.role, resource, action, context)) throw forbidden(`${action} on ${resource}`);
}

export function scopeFor(viewer: Viewer, resource: Resource, action: Action) {
  return scopeOf(viewer.role, resource, action);
}
