import { canAccess } from '../permissions';
import { defineMachine } from '../shared/state-machine';
import type { Role } from '../staff/staff.types';
import { FOLLOW_UP_STEPS, type FollowUpAction, type FollowUpStatus } from './follow-up.types';

/**
 * 回访: open → in progress with the first attempt → done (the customer reached and the result
 * recorded), or unreachable after the failed attempts the policy allows (the leader may send it
 * back to be tried again), or cancelled. Reassigning keeps the state.
 */
export const followUpMachine = defineMachine<FollowUpStatus, FollowUpAction>('followUp', {
  OPEN: { recordAttempt: 'IN_PROGRESS', reassign: 'OPEN', cancel: 'CANCELLED' },
  IN_PROGRESS: { recordAttempt: 'IN_PROGRESS', complete: 'DONE', giveUp: 'UNREACHABLE', reassign: 'IN_PROGRESS', cancel: 'CANCELLED' },
  UNREACHABLE: { retry: 'OPEN', reassign: 'UNREACHABLE', cancel: 'CANCELLED' },
  DONE: {},
  CANCELLED: {},
}, FOLLOW_UP_STEPS);

/** Who is looking at a follow-up, and how they stand to it. */
export interface FollowUpViewer {
  role: Role;
  /** The follow-up is assigned to them. */
  isAssignee: boolean;
  /** They lead the assignee's team (or are above team level). */
  leadsAssignee: boolean;
}

/** Which follow-ups a role sees: an agent those assigned to them, a shift leader also the team's, QA and the managers all. */
export type FollowUpVisibility = 'ASSIGNED' | 'ASSIGNED_OR_TEAM' | 'ALL';

export function followUpVisibility(role: Role): FollowUpVisibility {
  if (role === 'AGENT') return 'ASSIGNED';
  if (role === 'SHIFT_LEADER') return 'ASSIGNED_OR_TEAM';
  return 'ALL';
}

/** How a viewer (with their team) stands to one follow-up: the assignee, or a leader of the assignee's team. */
export function followUpStanding(viewer: { id: string; role: Role; teamId: string | null }, followUp: { assigneeId: string; teamId: string | null }): FollowUpViewer {
  const aboveTeams = viewer.role === 'DEPT_MANAGER' || viewer.role === 'CENTER_DIRECTOR';
  const leadsTeam = viewer.role === 'SHIFT_LEADER' && viewer.teamId !== null && followUp.teamId === viewer.teamId;
  return { role: viewer.role, isAssignee: followUp.assigneeId === viewer.id, leadsAssignee: aboveTeams || leadsTeam };
}

/** The calls belong to the assignee; reassigning, cancelling and sending back belong to their leaders and the managers. */
export function mayTakeFollowUpAction(action: FollowUpAction, viewer: FollowUpViewer): boolean {
  if (action === 'giveUp') return false;
  if (action === 'recordAttempt' || action === 'complete') return viewer.isAssignee && canAccess(viewer.role, 'followUp', 'edit');
  return viewer.leadsAssignee && canAccess(viewer.role, 'followUp', 'assign');
}

export function followUpNextActions(status: FollowUpStatus, viewer: FollowUpViewer): FollowUpAction[] {
  return followUpMachine.allowedActions(status).filter((action) => mayTakeFollowUpAction(action, viewer));
}
