import { canAccess } from '../permissions';
import { defineMachine } from '../shared/state-machine';
import type { Role } from '../staff/staff.types';
import type { FollowUpAction, FollowUpStatus } from './follow-up.types';

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
});

/** Who is looking at a follow-up, and how they stand to it. */
export interface FollowUpViewer {
  role: Role;
  /** The follow-up is assigned to them. */
  isAssignee: boolean;
  /** They lead the assignee's team (or are above team level). */
  leadsAssignee: boolean;
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
