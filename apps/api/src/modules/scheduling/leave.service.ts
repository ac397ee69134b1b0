import {
  addDays,
  certificateDueOn,
  checkLeave,
  checkOnBehalf,
  LEAVE_FORBIDDEN_RULES,
  type LeaveAction,
  leaveAfterApproval,
  leaveMachine,
  leaveReach,
  type LeaveState,
  leaveStepViolations,
  localDate,
  maxLength,
  nextApprover,
  requiredText,
  splitLateLeave,
  type Violation,
} from '@sanxin/domain';
import { type EntityManager, In, LessThan, MoreThan, Not, type SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertNoRuleViolations, assertValid, checkTransition, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { readBusinessCalendar } from '../calendar';
import { LeaveRequest } from './leave-request.entity';
import { shiftsOfStaff } from './roster-queries';
import { readSettings } from '../setting';
import { type SchedulingContext, readPolicy } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { Staff } from '../staff';
import type { AcceptLateLeaveInput, CreateLeaveRequestInput, LeaveRequestFilter, LeaveRequestSort, SubmitLeaveCertificateInput, UpdateLeaveRequestInput } from './leave.inputs';

const SORT_COLUMNS: Record<'CREATED_AT' | 'STARTS_AT', SortColumn<LeaveRequest>> = {
  CREATED_AT: { sql: 'leave.createdAt', read: (l) => l.createdAt, isDate: true },
  STARTS_AT: { sql: 'leave.startsAt', read: (l) => l.startsAt, isDate: true },
};

export async function listLeaveRequests(ctx: SchedulingContext, filter: LeaveRequestFilter | null | undefined, sort: LeaveRequestSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<LeaveRequest>> {
  assertCan(ctx.viewer, 'leaveRequest', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(LeaveRequest).createQueryBuilder('leave');
  await whereLeaveReadable(ctx, query);
  whereIds(query, 'leave', f.ids);
  if (f.status?.length) query.andWhere('leave.status IN (:...statuses)', { statuses: f.status });
  if (f.staffId) query.andWhere('leave.staffId = :staffId', { staffId: f.staffId });
  if (f.mine) query.andWhere('leave.staffId = :viewerId', { viewerId: ctx.viewer.id });
  // As leaveNextActions decides: the role next in the chain (a late request waits for the manager first), never one's own.
  if (f.awaitingMe) query.andWhere("leave.status = 'PENDING' AND leave.awaitingRole = :role AND leave.staffId <> :me", { role: ctx.viewer.role, me: ctx.viewer.id });
  if (f.late != null) query.andWhere('leave.late = :late', { late: f.late });
  if (f.certificateMissing != null) {
    // As the domain's certificateMissing: due date passed, none handed in, the leave still standing.
    const missing = "(leave.certificateDueOn IS NOT NULL AND leave.certificateDueOn < :today AND leave.certificateRef IS NULL AND leave.status IN ('PENDING', 'APPROVED'))";
    query.andWhere(f.certificateMissing ? missing : `NOT ${missing}`, { today: localDate(ctx.clock.now(), ctx.timeZone) });
  }
  return paginate({ query, alias: 'leave', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

/** Only the requests the viewer may read (leaveReach): a colleague's leave is not there at all, by list, id or staff filter. */
async function whereLeaveReadable(ctx: SchedulingContext, query: SelectQueryBuilder<LeaveRequest>): Promise<void> {
  const reach = leaveReach(ctx.viewer.role);
  if (reach === 'all') return;
  if (reach === 'none') throw forbidden('leaveRequest', 'list');
  const teamId = reach === 'team' ? (await ctx.dataSource.getRepository(Staff).findOne({ where: { id: ctx.viewer.id }, select: { id: true, teamId: true } }))?.teamId : null;
  if (!teamId) {
    query.andWhere('leave.staffId = :viewerId', { viewerId: ctx.viewer.id });
    return;
  }
  const team = query.subQuery().select('member.id').from(Staff, 'member').where('member.team_id = :viewerTeamId').getQuery();
  query.andWhere(`(leave.staffId = :viewerId OR leave.staffId IN ${team})`, { viewerId: ctx.viewer.id, viewerTeamId: teamId });
}

/**
 * 请假: for oneself, or by a shift leader for a member of their team (sick leave or an emergency).
 * RULE_VIOLATION lists every rule it breaks, and nothing is written then. A missed notice deadline
 * does not refuse it: the request is stored as late and waits for a manager's acceptance.
 */
export async function requestLeave(ctx: SchedulingContext, input: CreateLeaveRequestInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'create');
  const reason = input.reason.trim();
  const certificateRef = input.certificateRef?.trim() || null;
  assertValid([...requiredText('reason', reason), ...maxLength('reason', reason, 500), ...maxLength('certificateRef', certificateRef, 100)]);
  const now = ctx.clock.now();
  const staffId = input.staffId ?? ctx.viewer.id;
  return ctx.dataSource.transaction(async (manager) => {
    const leave = { staffId, type: input.type, startsAt: input.startsAt, endsAt: input.endsAt, emergency: input.emergency ?? false, exceptional: input.exceptional ?? false, certificateRef };
    if (staffId !== ctx.viewer.id) await assertOnBehalf(ctx, manager, leave);
    const { violations, calendar } = await leaveViolations(ctx, manager, leave, null);
    const badInput = violations.find((v) => v.rule === 'endBeforeStart' || v.rule === 'invalidChoice');
    if (badInput) assertValid([badInput]);
    const { late, blocking } = splitLateLeave(violations);
    assertNoRuleViolations('The leave request breaks scheduling rules', blocking);
    const request = Object.assign(new LeaveRequest(), {
      ...newRecord(now),
      ...leave,
      reason,
      status: 'PENDING' as const,
      awaitingRole: nextApprover({ start: leave.startsAt, end: leave.endsAt }, 0),
      requestedById: ctx.viewer.id,
      late: late.length > 0,
      lateRules: late.length ? late.map((v) => v.rule) : null,
      lateAcceptedById: null,
      lateAcceptedAt: null,
      certificateDueOn: certificateDueOn({ type: leave.type, start: leave.startsAt, end: leave.endsAt }, calendar),
      managerApprovedById: null,
      directorApprovedById: null,
      decidedAt: null,
      vacatedShiftIds: null,
      decisionNote: null,
    });
    await manager.insert(LeaveRequest, request);
    const onBehalf = staffId === ctx.viewer.id ? '' : ` for ${staffId}`;
    await recordAction(manager, auditTarget(ctx, 'leaveRequest', request.id, now), 'CREATE', { newValue: `${leave.type} ${leave.startsAt.toISOString()}–${leave.endsAt.toISOString()}${onBehalf}${request.late ? ' late' : ''}` });
    return request;
  });
}

/** 代为请假 (checkOnBehalf): who the requester is → FORBIDDEN; the kind of leave → RULE_VIOLATION. */
async function assertOnBehalf(ctx: SchedulingContext, manager: EntityManager, leave: Pick<LeaveRequest, 'staffId' | 'type' | 'emergency'>): Promise<void> {
  const [requester, staff] = await Promise.all([manager.findOneBy(Staff, { id: ctx.viewer.id }), manager.findOneBy(Staff, { id: leave.staffId })]);
  if (!staff) throw notFound('Staff', leave.staffId);
  const violations = checkOnBehalf({ requester: { id: ctx.viewer.id, role: ctx.viewer.role, teamId: requester?.teamId ?? null }, staff, type: leave.type, emergency: leave.emergency });
  throwStepRefusal('create', violations);
}

/**
 * 逐级审批: the department manager first; leave longer than a day then waits for the centre director.
 * A role out of turn is refused (no skipping). The final approval takes the person off the shifts
 * the leave covers, in the same transaction; the shifts then show the coverage gap.
 */
export async function approveLeave(ctx: SchedulingContext, id: string, version: number, note?: string | null): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'approve');
  const decisionNote = note?.trim() || null;
  assertValid(maxLength('note', decisionNote, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findForStep(ctx, manager, id, 'approve');
    const { status, awaitingRole } = leaveAfterApproval({ start: leave.startsAt, end: leave.endsAt }, ctx.viewer.role);
    const approver = ctx.viewer.role === 'DEPT_MANAGER' ? { managerApprovedById: ctx.viewer.id } : { directorApprovedById: ctx.viewer.id };
    const vacated = status === 'APPROVED' ? await vacateShifts(manager, leave, now) : null;
    // A note with an approval is the decision's note (the last approver's, when two approve).
    const changes = { ...approver, awaitingRole, ...(decisionNote ? { decisionNote } : {}), ...(status === 'APPROVED' ? { status, decidedAt: now, vacatedShiftIds: vacated } : {}) };
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...changes }, ['status', 'awaitingRole', 'managerApprovedById', 'directorApprovedById', 'decisionNote']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

/** 逾期申请已认可: a department manager accepts a request made after its deadline; the chain then runs as usual. */
export async function acceptLateLeave(ctx: SchedulingContext, id: string, version: number, input: AcceptLateLeaveInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'approve');
  const note = input.note?.trim() || null;
  assertValid(maxLength('note', note, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findForStep(ctx, manager, id, 'acceptLate');
    const changes = { lateAcceptedById: ctx.viewer.id, lateAcceptedAt: now };
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, changes, now);
    const target = auditTarget(ctx, 'leaveRequest', id, now);
    await recordChanges(manager, target, leave, { ...leave, ...changes }, ['lateAcceptedById']);
    if (note) await recordAction(manager, target, 'UPDATE', { field: 'lateAcceptanceNote', newValue: note });
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

export async function rejectLeave(ctx: SchedulingContext, id: string, version: number, note: string | null | undefined): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'approve');
  assertValid(maxLength('note', note?.trim(), 500));
  return decideLeave(ctx, id, version, 'reject', note);
}

/** The requester withdraws a pending request (deleteLeaveRequest). */
export async function cancelLeave(ctx: SchedulingContext, id: string, version: number): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'edit');
  return decideLeave(ctx, id, version, 'cancel', null);
}

export async function updateLeaveRequest(ctx: SchedulingContext, id: string, version: number, input: UpdateLeaveRequestInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findForStep(ctx, manager, id, 'edit');
    const next = { reason: input.reason == null ? leave.reason : input.reason.trim(), certificateRef: input.certificateRef === undefined ? leave.certificateRef : input.certificateRef?.trim() || null };
    assertValid([...requiredText('reason', next.reason), ...maxLength('reason', next.reason, 500), ...maxLength('certificateRef', next.certificateRef, 100)]);
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, next, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...next }, ['reason', 'certificateRef']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

/** 提交病假证明: the person or the leader who filed the leave hands in the certificate, also once the leave is approved. */
export async function submitLeaveCertificate(ctx: SchedulingContext, id: string, version: number, input: SubmitLeaveCertificateInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'edit');
  const certificateRef = input.certificateRef.trim();
  assertValid([...requiredText('certificateRef', certificateRef), ...maxLength('certificateRef', certificateRef, 100)]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findForStep(ctx, manager, id, 'submitCertificate');
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, { certificateRef }, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, certificateRef }, ['certificateRef']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

async function decideLeave(ctx: SchedulingContext, id: string, version: number, action: 'reject' | 'cancel', note: string | null | undefined): Promise<LeaveRequest> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findForStep(ctx, manager, id, action);
    const status = leaveMachine.assertTransition(leave.status, action);
    const changes = { status, awaitingRole: null, decidedAt: now, decisionNote: note?.trim() || null };
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...changes }, ['status', 'decisionNote']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

type LeaveDraft = Pick<LeaveRequest, 'staffId' | 'type' | 'startsAt' | 'endsAt' | 'emergency' | 'exceptional' | 'certificateRef'>;

/** Days of calendar read past the leave: enough for the certificate's due date after the longest holiday (春节, 国庆). */
const CALENDAR_DAYS_AFTER = 31;

async function leaveViolations(ctx: SchedulingContext, manager: EntityManager, leave: LeaveDraft, excludeId: string | null) {
  // The settings once, for the policy and the calendar's working hours.
  const settings = readSettings(manager);
  const [shifts, policy, calendar, others] = await Promise.all([
    shiftsOfStaff(manager, [leave.staffId], leave.startsAt, leave.endsAt),
    readPolicy(manager, settings),
    readBusinessCalendar(manager, ctx.timeZone, addDays(localDate(leave.startsAt, ctx.timeZone), -1), addDays(localDate(leave.endsAt, ctx.timeZone), CALENDAR_DAYS_AFTER), settings),
    manager.find(LeaveRequest, { where: { staffId: leave.staffId, status: In(['PENDING', 'APPROVED']), ...(excludeId ? { id: Not(excludeId) } : {}), startsAt: LessThan(leave.endsAt), endsAt: MoreThan(leave.startsAt) } }),
  ]);
  const violations = checkLeave({
    type: leave.type,
    start: leave.startsAt,
    end: leave.endsAt,
    emergency: leave.emergency,
    exceptional: leave.exceptional,
    certificateRef: leave.certificateRef,
    shifts,
    swappedShiftIds: shifts.filter((s) => s.swapRequestId).map((s) => s.shiftId),
    otherLeave: others.map((o) => ({ start: o.startsAt, end: o.endsAt })),
    calendar,
    policy,
    now: ctx.clock.now(),
  });
  return { violations, calendar };
}

/** Takes the person off every shift the leave overlaps; returns those shifts. */
async function vacateShifts(manager: EntityManager, leave: LeaveRequest, now: Date): Promise<string[]> {
  const assignments = await manager.find(ShiftAssignment, { where: { staffId: leave.staffId, startsAt: LessThan(leave.endsAt), endsAt: MoreThan(leave.startsAt) } });
  if (assignments.length) await manager.delete(ShiftAssignment, { id: In(assignments.map((a) => a.id)) });
  await recordAction(manager, auditTarget(null, 'leaveRequest', leave.id, now), 'UPDATE', { field: 'vacatedShiftIds', newValue: assignments.map((a) => a.shiftId).join(', ') });
  return assignments.map((a) => a.shiftId);
}

/** The request as the domain's leave machine sees it. */
export function leaveState(leave: LeaveRequest): LeaveState {
  return {
    status: leave.status,
    staffId: leave.staffId,
    requestedById: leave.requestedById ?? leave.staffId,
    awaitingRole: leave.awaitingRole,
    late: leave.late,
    lateAcceptedById: leave.lateAcceptedById,
    type: leave.type,
    start: leave.startsAt,
    end: leave.endsAt,
    certificateRef: leave.certificateRef,
  };
}

/** Loads the request and checks the step: INVALID_TRANSITION (the machine), FORBIDDEN or RULE_VIOLATION (leaveStepViolations). */
async function findForStep(ctx: SchedulingContext, manager: EntityManager, id: string, action: LeaveAction): Promise<LeaveRequest> {
  const leave = await manager.findOneBy(LeaveRequest, { id });
  if (!leave) throw notFound('LeaveRequest', id);
  checkTransition(() => leaveMachine.assertTransition(leave.status, action));
  throwStepRefusal(action, leaveStepViolations(leaveState(leave), ctx.viewer, action));
  return leave;
}

function throwStepRefusal(action: string, violations: Violation[]): void {
  const refusal = violations.find((v) => (LEAVE_FORBIDDEN_RULES as readonly string[]).includes(v.rule));
  if (refusal) throw forbidden('leaveRequest', action, refusal.rule);
  assertNoRuleViolations(`Cannot ${action} this leave request`, violations);
}
