import { type Action, type Resource, scopeOf } from '@sanxin/domain';
import type { AuthChecker } from 'type-graphql';
import { forbidden } from '../shared/errors';
import { requireViewer } from '../shared/viewer';
import type { Context } from './context';

/**
 * `@Authorized('customer:edit')` lets through roles the domain matrix grants at least 'own' scope;
 * the service then checks the record itself. `@Authorized()` only requires a session.
 */
export const authChecker: AuthChecker<Context> = ({ context }, permissions) => {
  const viewer = requireViewer(context.viewer, context.sessionProblem);
  for (const permission of permissions) {
    const [resource, action] = permission.split(':') as [Resource, Action];
    if (!scopeOf(viewer.role, resource, action)) throw forbidden(resource, action);
  }
  return true;
};
