import { canAccess } from '../permissions';
import type { Role } from '../staff/staff.types';
import { defineMachine } from '../shared/state-machine';
import type { RosterAction, RosterStatus } from './scheduling.types';

/**
 * 排班发布 (DOMAIN §7): a team's month is a draft while it is generated and edited by hand
 * (shifts created, moved or deleted, people put on or taken off, the leader on duty marked); once
 * published it is the roster everyone works to and changes through swaps and leave only. There is
 * no unpublishing: a published month refuses `edit` with INVALID_TRANSITION.
 */
export const rosterMachine = defineMachine<RosterStatus, RosterAction>('roster', {
  DRAFT: { generate: 'DRAFT', edit: 'DRAFT', publish: 'PUBLISHED' },
  PUBLISHED: {},
});

/** Who looks at a month's roster: their role and whether they lead the team (a shift leader manages their own team only). */
export interface RosterViewer {
  role: Role;
  leadsTeam: boolean;
}

/** The steps the viewer may take on the month now: legal from its status and theirs to take (managers for every team, a shift leader for theirs). */
export function rosterNextActions(status: RosterStatus, viewer: RosterViewer): RosterAction[] {
  if (!canAccess(viewer.role, 'shift', 'edit', { isOwner: viewer.leadsTeam })) return [];
  return rosterMachine.allowedActions(status);
}
