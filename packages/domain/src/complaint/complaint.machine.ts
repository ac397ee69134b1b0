import { defineMachine } from '../shared/state-machine';
import { canAccess } from '../permissions';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { flagListMembers, type Settings } from '../setting/settings';
import { stepsOf } from '../shared/workflow-steps';
import { COMPLAINT_STEPS, type ComplaintAction, type ComplaintStatus, type ComplaintStep } from './complaint.types';

/**
 * 投诉处理流程 (DOMAIN §5): received → assessed (invalid → rejected; valid → investigating) →
 * proposed → approved or returned → customer accepts (or rejects: back to a new proposal) →
 * implementing → follow-up → closed. Reopening sends a closed complaint, or one whose follow-up
 * left the customer unsatisfied, back to assessment. Nothing else is a step.
 */
export const complaintMachine = defineMachine<ComplaintStatus, ComplaintAction>('complaint', {
  RECEIVED: { assessValid: 'INVESTIGATING', assessInvalid: 'REJECTED' },
  INVESTIGATING: { propose: 'PROPOSED' },
  // The owner may put alternatives side by side: another proposal while the first waits (方案 in the plural).
  PROPOSED: { propose: 'PROPOSED', approve: 'APPROVED', return: 'RETURNED' },
  RETURNED: { propose: 'PROPOSED' },
  APPROVED: { customerAccept: 'ACCEPTED', customerReject: 'INVESTIGATING' },
  ACCEPTED: { startImplementation: 'IMPLEMENTING' },
  IMPLEMENTING: { completeImplementation: 'FOLLOW_UP' },
  FOLLOW_UP: { followUpSatisfied: 'FOLLOWED_UP', reopen: 'RECEIVED' },
  FOLLOWED_UP: { close: 'CLOSED', reopen: 'RECEIVED' },
  CLOSED: { reopen: 'RECEIVED' },
  REJECTED: { reopen: 'RECEIVED' },
}, COMPLAINT_STEPS);

export function canTransition(status: ComplaintStatus, action: string): action is ComplaintAction {
  return complaintMachine.canTransition(status, action);
}

/** The approver's decision (审批); every other step belongs to the owner (首问负责) or a leader. */
const DECISIONS: readonly ComplaintAction[] = ['approve', 'return'];

/** The roles that approve by default (the settings `complaint.approver.*`): the manager or above. */
export const DEFAULT_APPROVER_ROLES: readonly Role[] = ['DEPT_MANAGER', 'CENTER_DIRECTOR'];

export interface ComplaintActionContext {
  isOwner?: boolean;
  /** Who approves proposals (settings `complaint.approver.*`); the defaults when not given. */
  approverRoles?: readonly Role[];
}

export function mayTakeComplaintAction(action: ComplaintAction, role: Role, context: ComplaintActionContext): boolean {
  if (DECISIONS.includes(action)) return canAccess(role, 'complaint', 'approve') && (context.approverRoles ?? DEFAULT_APPROVER_ROLES).includes(role);
  return canAccess(role, 'complaint', 'edit', context);
}

/**
 * The steps (the API's `availableActions`) this person may take now: the machine's, then referring
 * (上交), reassigning (转交) and urging (催单) when the caller found them allowed (mayReferComplaint and
 * referViolations, mayReassignComplaint, mayUrgeComplaint).
 */
export function complaintSteps(actions: readonly ComplaintAction[], may: { refer: boolean; reassign: boolean; urge: boolean }): ComplaintStep[] {
  const extra: ComplaintStep[] = [];
  if (may.refer) extra.push('REFER');
  if (may.reassign) extra.push('REASSIGN');
  if (may.urge) extra.push('URGE');
  return [...stepsOf(COMPLAINT_STEPS, actions), ...extra];
}

/** The actions this person may take now: legal in the machine and theirs to take. */
export function nextActions(status: ComplaintStatus, role: Role, context: ComplaintActionContext = {}): ComplaintAction[] {
  return complaintMachine.allowedActions(status).filter((action) => mayTakeComplaintAction(action, role, context));
}

/**
 * 审批 of alternatives: the approver picks one pending proposal (needed only when several wait); the
 * chosen one is APPROVED and the other pending ones are kept as NOT_CHOSEN.
 */
export function chooseProposal(pending: readonly { id: string }[], proposalId: string | null | undefined): { chosen: string; notChosen: string[] } | Violation[] {
  const id = proposalId ?? (pending.length === 1 ? pending[0].id : null);
  if (id === null) return [{ rule: 'required', field: 'proposalId' }];
  if (!pending.some((p) => p.id === id)) return [{ rule: 'notPending', field: 'proposalId' }];
  return { chosen: id, notChosen: pending.filter((p) => p.id !== id).map((p) => p.id) };
}

/** Who is asking, with their team (a shift leader leads the team they are in). */
export interface ComplaintViewer {
  id: string;
  role: Role;
  teamId: string | null;
}

/**
 * 催单 (DOMAIN §5) comes from the people who dispatch and follow the work: whoever recorded the
 * complaint, a shift leader of the owner's team, the department manager, the centre director. Not QA
 * inspectors, administrators, other agents or other teams' leaders, and never on a closed complaint
 * (that is a RULE_VIOLATION, checked apart).
 */
export function mayUrgeComplaint(viewer: ComplaintViewer, complaint: { recordedById: string; ownerTeamId: string | null }): boolean {
  if (viewer.role === 'DEPT_MANAGER' || viewer.role === 'CENTER_DIRECTOR') return true;
  if (viewer.id === complaint.recordedById) return true;
  return viewer.role === 'SHIFT_LEADER' && viewer.teamId !== null && viewer.teamId === complaint.ownerTeamId;
}

/**
 * 上交 (DOMAIN §5): the owner hands an open complaint up to the shift leader at once (a difficult
 * customer, a demand beyond their authority). It counts as the level-1 escalation of the current
 * cycle, so it is refused once the complaint is with a leader or the manager already.
 */
export function mayReferComplaint(viewer: Pick<ComplaintViewer, 'id'>, complaint: { ownerId: string }): boolean {
  return viewer.id === complaint.ownerId;
}

export function referViolations(complaint: { closed: boolean; escalationLevel: number }): Violation[] {
  if (complaint.closed) return [{ rule: 'closed', field: 'id' }];
  return complaint.escalationLevel > 0 ? [{ rule: 'alreadyEscalated', field: 'id' }] : [];
}

/** 转交: a shift leader, the manager or the director (the matrix's complaint `assign`) moves an open complaint to another handler. */
export function mayReassignComplaint(role: Role): boolean {
  return canAccess(role, 'complaint', 'assign');
}

/** Who can take a complaint over: an active agent or shift leader, not the one who has it. */
export function reassignViolations(complaint: { closed: boolean; ownerId: string }, handler: { id: string; role: Role; active: boolean } | null): Violation[] {
  if (complaint.closed) return [{ rule: 'closed', field: 'id' }];
  if (!handler) return [{ rule: 'notFound', field: 'handlerId' }];
  if (!handler.active || (handler.role !== 'AGENT' && handler.role !== 'SHIFT_LEADER')) return [{ rule: 'notHandler', field: 'handlerId' }];
  return handler.id === complaint.ownerId ? [{ rule: 'sameOwner', field: 'handlerId' }] : [];
}

/** The roles the settings `complaint.approver.*` let approve. */
export function approverRolesOf(settings: Settings): Role[] {
  return flagListMembers(settings, 'complaint.approver', DEFAULT_APPROVER_ROLES);
}
