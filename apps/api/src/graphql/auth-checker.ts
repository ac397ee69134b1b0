import { type Action, type Resource, scopeOf } from '@sanxin/domain';
import type { AuthChecker } from 'type-graphql';
import { forbidden, passwordChangeRequired } from '../shared/errors';
import { requireViewer } from '../shared/viewer';
import type { Context } from './context';

/** What a session that must change its password may still do (`me` needs no session at all). */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['changePassword', 'logout']);

/**
 * `@Authorized('customer:edit')` lets through roles the domain matrix grants at least 'own' scope;
 * the service then checks the record itself. `@Authorized()` only requires a session.
 */
export const authChecker: AuthChecker<Context> = ({ context, info }, permissions) => {
  const viewer = requireViewer(context.viewer, context.sessionProblem);
  if (viewer.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(info.fieldName)) throw passwordChangeRequired();
  for (const permission of permissions) {
    const [resource, action] = permission.split(':') as [Resource, Action];
    if (!scopeOf(viewer.role, resource, action)) throw forbidden(resource, action);
  }
  return true;
};
