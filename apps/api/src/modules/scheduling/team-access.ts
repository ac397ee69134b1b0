import type { Action, Resource } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { badUserInput, forbidden } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan, scopeFor } from '../../shared/viewer';
import { Team } from '../team';
import { isLeaderOfTeam } from './roster-queries';

/** Managers act for every team; a shift leader ('own' scope) only for the team they lead. */
export async function assertCanManageTeam(ctx: ServiceContext, manager: EntityManager, teamId: string, resource: Resource, action: Action): Promise<void> {
  assertCan(ctx.viewer, resource, action);
  if (!(await manager.existsBy(Team, { id: teamId }))) throw badUserInput([{ rule: 'notFound', field: 'teamId' }]);
  if (scopeFor(ctx.viewer, resource, action) === 'all') return;
  if (!(await isLeaderOfTeam(manager, ctx.viewer.id, teamId))) throw forbidden(resource, action, `${action} on ${resource} of another team`);
}
