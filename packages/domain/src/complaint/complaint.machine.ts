import { defineMachine } from '../shared/state-machine';
import { canAccess } from '../permissions';
import type { Role } from '../staff/staff.types';
import type { ComplaintAction, ComplaintStatus } from './complaint.types';

/**
 * 投诉处理流程 (DOMAIN §5): received → assessed (invalid → rejected; valid → investigating) →
 * proposed → approved or returned → customer accepts (or rejects: back to a new proposal) →
 * implementing → follow-up → closed. Reopening sends a closed complaint, or one whose follow-up
 * left the customer unsatisfied, back to assessment. Nothing else is a step.
 */
export const complaintMachine = defineMachine<ComplaintStatus, ComplaintAction>('complaint', {
  RECEIVED: { assessValid: 'INVESTIGATING', assessInvalid: 'REJECTED' },
  INVESTIGATING: { propose: 'PROPOSED' },
  PROPOSED: { approve: 'APPROVED', return: 'RETURNED' },
  RETURNED: { propose: 'PROPOSED' },
  APPROVED: { customerAccept: 'ACCEPTED', customerReject: 'INVESTIGATING' },
  ACCEPTED: { startImplementation: 'IMPLEMENTING' },
  IMPLEMENTING: { completeImplementation: 'FOLLOW_UP' },
  FOLLOW_UP: { followUpSatisfied: 'FOLLOWED_UP', reopen: 'RECEIVED' },
  FOLLOWED_UP: { close: 'CLOSED', reopen: 'RECEIVED' },
  CLOSED: { reopen: 'RECEIVED' },
  REJECTED: { reopen: 'RECEIVED' },
});

export function canTransition(status: ComplaintStatus, action: string): action is ComplaintAction {
  return complaintMachine.canTransition(status, action);
}

/** The manager's decision (审批); every other step belongs to the owner (首问负责) or a leader. */
const DECISIONS: readonly ComplaintAction[] = ['approve', 'return'];

export function mayTakeComplaintAction(action: ComplaintAction, role: Role, context: { isOwner?: boolean }): boolean {
  return DECISIONS.includes(action) ? canAccess(role, 'complaint', 'approve') : canAccess(role, 'complaint', 'edit', context);
}

/** The actions this person may take now: legal in the machine and theirs to take. */
export function nextActions(status: ComplaintStatus, role: Role, context: { isOwner?: boolean } = {}): ComplaintAction[] {
  return complaintMachine.allowedActions(status).filter((action) => mayTakeComplaintAction(action, role, context));
}
