import { nextWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { localDate } from '../calendar/local-time';
import { canAccess } from '../permissions';
import { defineMachine } from '../shared/state-machine';
import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { approvalChain, leaveDates, needsCertificate } from './leave.rules';
import type { LeaveStatus, LeaveType } from './scheduling.types';

/**
 * The steps of a leave request (请假). `approve` is one step of the chain (approvalChain): the
 * table names the state after the last approval; an earlier one keeps the request PENDING
 * (leaveAfterApproval). `acceptLate` is the manager's "late request accepted" (逾期申请已认可) that a
 * request past its notice deadline needs before anyone approves it. `submitCertificate` hands in the
 * medical certificate of sick leave, also after the leave was approved.
 */
export const LEAVE_ACTIONS = ['acceptLate', 'approve', 'reject', 'edit', 'submitCertificate', 'cancel'] as const;
export type LeaveAction = (typeof LEAVE_ACTIONS)[number];

/** The API's steps (`LeaveAction` in the schema), one per mutation: editing is `updateLeaveRequest`, withdrawing `deleteLeaveRequest`. */
export const LEAVE_STEPS = {
  ACCEPT_LATE: ['acceptLate'],
  APPROVE: ['approve'],
  REJECT: ['reject'],
  UPDATE: ['edit'],
  SUBMIT_CERTIFICATE: ['submitCertificate'],
  DELETE: ['cancel'],
} as const satisfies StepTable<string, LeaveAction>;
export type LeaveStep = keyof typeof LEAVE_STEPS;

export const leaveMachine = defineMachine<LeaveStatus, LeaveAction>('leaveRequest', {
  PENDING: { acceptLate: 'PENDING', approve: 'APPROVED', reject: 'REJECTED', edit: 'PENDING', submitCertificate: 'PENDING', cancel: 'CANCELLED' },
  APPROVED: { submitCertificate: 'APPROVED' },
  REJECTED: {},
  CANCELLED: {},
}, LEAVE_STEPS);

/** The notice deadlines (DOMAIN §7): missing one makes the request late, not invalid. */
export const LATE_LEAVE_RULES = ['leaveNotDayBefore', 'emergencyLeaveTooLate', 'nightLeaveTooLate', 'holidayLeaveTooLate'] as const;

/** Splits checkLeave's answer: the deadlines missed (the request is late) and the rules that refuse it. */
export function splitLateLeave(violations: Violation[]): { late: Violation[]; blocking: Violation[] } {
  const isLate = (v: Violation) => (LATE_LEAVE_RULES as readonly string[]).includes(v.rule);
  return { late: violations.filter(isLate), blocking: violations.filter((v) => !isLate(v)) };
}

export interface LeaveState {
  status: LeaveStatus;
  staffId: string;
  /** Who filed it: the person, or their shift leader on their behalf. */
  requestedById: string;
  awaitingRole: Role | null;
  late: boolean;
  lateAcceptedById: string | null;
  type: LeaveType;
  start: Date;
  end: Date;
  certificateRef: string | null;
}

export interface LeaveViewer {
  id: string;
  role: Role;
}

/** Refusals that are about who the viewer is (FORBIDDEN); every other one is a RULE_VIOLATION. */
export const LEAVE_FORBIDDEN_RULES = ['ownLeave', 'notRequester', 'onBehalfNotLeader', 'onBehalfOtherTeam'] as const;

/**
 * Who may take a step (the "who approves" rule): the role the request waits for approves or rejects,
 * never on their own leave; a late request is approved only after a department manager accepted it;
 * the person or whoever filed it edits, hands in the certificate or withdraws. Empty: allowed.
 */
export function leaveStepViolations(leave: LeaveState, viewer: LeaveViewer, action: LeaveAction): Violation[] {
  const own = leave.staffId === viewer.id;
  const filer = own || leave.requestedById === viewer.id;
  switch (action) {
    case 'acceptLate':
      if (!leave.late || leave.lateAcceptedById) return [{ rule: 'lateNotNeeded' }];
      if (own) return [{ rule: 'ownLeave' }];
      return viewer.role === 'DEPT_MANAGER' ? [] : [{ rule: 'approverSkipped', params: { role: 'DEPT_MANAGER' } }];
    case 'approve':
    case 'reject': {
      if (own) return [{ rule: 'ownLeave' }];
      if (!canAccess(viewer.role, 'leaveRequest', 'approve') || leave.awaitingRole !== viewer.role) return [{ rule: 'approverSkipped', params: { role: leave.awaitingRole ?? '' } }];
      return action === 'approve' && leave.late && !leave.lateAcceptedById ? [{ rule: 'lateNotAccepted' }] : [];
    }
    case 'submitCertificate':
      if (!filer) return [{ rule: 'notRequester' }];
      return needsCertificate(leave) ? [] : [{ rule: 'certificateNotNeeded', field: 'certificateRef' }];
    default:
      return filer ? [] : [{ rule: 'notRequester' }];
  }
}

/** The steps the viewer may take now: legal in the machine and allowed by leaveStepViolations. */
export function leaveNextActions(leave: LeaveState, viewer: LeaveViewer): LeaveAction[] {
  return leaveMachine
    .allowedActions(leave.status)
    .filter((action) => leaveStepViolations(leave, viewer, action).length === 0)
    .filter((action) => action !== 'submitCertificate' || !leave.certificateRef);
}

/** After `role` approved: the next approver in the chain, or APPROVED when it was the last. */
export function leaveAfterApproval(leave: { start: Date; end: Date }, role: Role): { status: LeaveStatus; awaitingRole: Role | null } {
  const chain = approvalChain(leave);
  const next = chain[chain.indexOf(role) + 1] ?? null;
  return next ? { status: 'PENDING', awaitingRole: next } : { status: 'APPROVED', awaitingRole: null };
}

/**
 * 代为请假: a shift leader may file sick leave or a phoned-in emergency for a member of their own team
 * (recorded as requested by the leader); nobody files other leave for somebody else.
 */
export function checkOnBehalf(request: {
  requester: { id: string; role: Role; teamId: string | null };
  staff: { id: string; teamId: string | null };
  type: LeaveType;
  emergency: boolean;
}): Violation[] {
  const { requester, staff } = request;
  if (requester.id === staff.id) return [];
  if (requester.role !== 'SHIFT_LEADER') return [{ rule: 'onBehalfNotLeader', field: 'staffId' }];
  if (!requester.teamId || staff.teamId !== requester.teamId) return [{ rule: 'onBehalfOtherTeam', field: 'staffId' }];
  return request.type === 'SICK' || request.emergency ? [] : [{ rule: 'onBehalfTypeNotAllowed', field: 'type' }];
}

/**
 * When the medical certificate is due: sick leave of a full day or more hands it in by the first
 * working day after its last date (weekends and holidays skipped, make-up working days count). An
 * emergency is requested without it; planned sick leave has it already. Null: no certificate needed.
 */
export function certificateDueOn(leave: { type: LeaveType; start: Date; end: Date }, calendar: BusinessCalendar): string | null {
  if (!needsCertificate(leave)) return null;
  const dates = leaveDates({ ...leave, calendar });
  return nextWorkingDay(dates[dates.length - 1], calendar);
}

/** A certificate is missing once its due date has passed without one (the request not withdrawn or refused). */
export function certificateMissing(leave: { status: LeaveStatus; certificateDueOn: string | null; certificateRef: string | null }, now: Date, timeZone: string): boolean {
  if (!leave.certificateDueOn || leave.certificateRef?.trim()) return false;
  if (leave.status !== 'PENDING' && leave.status !== 'APPROVED') return false;
  return localDate(now, timeZone) > leave.certificateDueOn;
}
