import { type Action, type Resource, scopeOf } from '@sanxin/domain';
import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../shared/errors';
import type { Context } from './context';

/**
 * `@Authorized('customer:edit')` lets through roles the domain matrix grants at least 'own' scope;
 * the service then checks the record itself. `@Authorized()` only requires a session.
 */
export const authChecker: AuthChecker<Context> = ({ context }, permissions) => {
  if (!context.viewer) throw unauthenticated();
  for (const permission of permissions) {
    const [resource, action] = permission.split(':') as [Resource, Action];
    if (!scopeOf(context.viewer.role, resource, action)) throw forbidden(`${action} on ${resource}`);
  }
  return true;
};
