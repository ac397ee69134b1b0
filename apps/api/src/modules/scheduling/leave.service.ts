import { addDays, checkLeave, leaveReach, localDate, maxLength, nextApprover, requiredText } from '@sanxin/domain';
import { type EntityManager, In, LessThan, MoreThan, Not, type SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertNoRuleViolations, assertValid, forbidden, invalidTransition, notFound, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { readBusinessCalendar } from '../calendar';
import { LeaveRequest } from './leave-request.entity';
import { shiftsOfStaff } from './roster-queries';
import { type SchedulingContext, readPolicy } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { Staff } from '../staff';
import type { CreateLeaveRequestInput, LeaveRequestFilter, LeaveRequestSort, UpdateLeaveRequestInput } from './leave.inputs';

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
  if (f.awaitingMe) query.andWhere("leave.status = 'PENDING' AND leave.awaitingRole = :role", { role: ctx.viewer.role });
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

/** 请假: for oneself; RULE_VIOLATION lists every deadline or rule it misses, and nothing is written then. */
export async function requestLeave(ctx: SchedulingContext, input: CreateLeaveRequestInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'create');
  const reason = input.reason.trim();
  const certificateRef = input.certificateRef?.trim() || null;
  assertValid([...requiredText('reason', reason), ...maxLength('reason', reason, 500)]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = { staffId: ctx.viewer.id, type: input.type, startsAt: input.startsAt, endsAt: input.endsAt, emergency: input.emergency ?? false, exceptional: input.exceptional ?? false, certificateRef };
    const violations = await leaveViolations(ctx, manager, leave, null);
    const badInput = violations.find((v) => v.rule === 'endBeforeStart' || v.rule === 'invalidChoice');
    if (badInput) assertValid([badInput]);
    assertNoRuleViolations('The leave request breaks scheduling rules', violations);
    const request = Object.assign(new LeaveRequest(), {
      ...newRecord(now),
      ...leave,
      reason,
      status: 'PENDING' as const,
      awaitingRole: nextApprover({ start: leave.startsAt, end: leave.endsAt }, 0),
      managerApprovedById: null,
      directorApprovedById: null,
      decidedAt: null,
      vacatedShiftIds: null,
      decisionNote: null,
    });
    await manager.insert(LeaveRequest, request);
    await recordAction(manager, auditTarget(ctx, 'leaveRequest', request.id, now), 'CREATE', { newValue: `${leave.type} ${leave.startsAt.toISOString()}–${leave.endsAt.toISOString()}` });
    return request;
  });
}

/**
 * 逐级审批: the department manager first; leave longer than a day then waits for the centre director.
 * A role out of turn is refused (no skipping). The final approval takes the person off the shifts
 * the leave covers, in the same transaction; the shifts then show the coverage gap.
 */
export async function approveLeave(ctx: SchedulingContext, id: string, version: number): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'approve');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findPending(manager, id, 'approve');
    if (leave.awaitingRole !== ctx.viewer.role) throw ruleViolation('Leave is approved step by step', [{ rule: 'approverSkipped', params: { role: leave.awaitingRole ?? '' } }]);
    if (leave.staffId === ctx.viewer.id) throw forbidden('leaveRequest', 'approve', 'approving your own leave');
    const approvals = leave.managerApprovedById ? 2 : 1;
    const awaitingRole = nextApprover({ start: leave.startsAt, end: leave.endsAt }, approvals);
    const approver = ctx.viewer.role === 'DEPT_MANAGER' ? { managerApprovedById: ctx.viewer.id } : { directorApprovedById: ctx.viewer.id };
    const vacated = awaitingRole ? null : await vacateShifts(manager, leave, now);
    const changes = { ...approver, awaitingRole, ...(awaitingRole ? {} : { status: 'APPROVED' as const, decidedAt: now, vacatedShiftIds: vacated }) };
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...changes }, ['status', 'awaitingRole', 'managerApprovedById', 'directorApprovedById']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

export async function rejectLeave(ctx: SchedulingContext, id: string, version: number, note: string | null | undefined): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'approve');
  return decideLeave(ctx, id, version, 'REJECTED', note, (leave) => {
    if (leave.awaitingRole !== ctx.viewer.role) throw ruleViolation('Leave is decided step by step', [{ rule: 'approverSkipped', params: { role: leave.awaitingRole ?? '' } }]);
  });
}

/** The requester withdraws a pending request (deleteLeaveRequest). */
export async function cancelLeave(ctx: SchedulingContext, id: string, version: number): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'edit');
  return decideLeave(ctx, id, version, 'CANCELLED', null, (leave) => {
    if (leave.staffId !== ctx.viewer.id) throw forbidden('leaveRequest', 'edit', 'withdrawing somebody else’s leave');
  });
}

export async function updateLeaveRequest(ctx: SchedulingContext, id: string, version: number, input: UpdateLeaveRequestInput): Promise<LeaveRequest> {
  assertCan(ctx.viewer, 'leaveRequest', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findPending(manager, id, 'edit');
    if (leave.staffId !== ctx.viewer.id) throw forbidden('leaveRequest', 'edit', 'editing somebody else’s leave');
    const next = { reason: input.reason == null ? leave.reason : input.reason.trim(), certificateRef: input.certificateRef === undefined ? leave.certificateRef : input.certificateRef?.trim() || null };
    assertValid([...requiredText('reason', next.reason), ...maxLength('reason', next.reason, 500), ...maxLength('certificateRef', next.certificateRef, 100)]);
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, next, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...next }, ['reason', 'certificateRef']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

async function decideLeave(ctx: SchedulingContext, id: string, version: number, status: 'REJECTED' | 'CANCELLED', note: string | null | undefined, authorize: (leave: LeaveRequest) => void): Promise<LeaveRequest> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const leave = await findPending(manager, id, status === 'REJECTED' ? 'reject' : 'cancel');
    authorize(leave);
    const changes = { status, awaitingRole: null, decidedAt: now, decisionNote: note?.trim() || null };
    await updateVersioned(manager, LeaveRequest, 'LeaveRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'leaveRequest', id, now), leave, { ...leave, ...changes }, ['status', 'decisionNote']);
    return manager.findOneByOrFail(LeaveRequest, { id });
  });
}

type LeaveDraft = Pick<LeaveRequest, 'staffId' | 'type' | 'startsAt' | 'endsAt' | 'emergency' | 'exceptional' | 'certificateRef'>;

async function leaveViolations(ctx: SchedulingContext, manager: EntityManager, leave: LeaveDraft, excludeId: string | null) {
  const [shifts, policy, calendar, others] = await Promise.all([
    shiftsOfStaff(manager, [leave.staffId], leave.startsAt, leave.endsAt),
    readPolicy(manager),
    readBusinessCalendar(manager, ctx.timeZone, addDays(localDate(leave.startsAt, ctx.timeZone), -1), addDays(localDate(leave.endsAt, ctx.timeZone), 1)),
    manager.find(LeaveRequest, { where: { staffId: leave.staffId, status: In(['PENDING', 'APPROVED']), ...(excludeId ? { id: Not(excludeId) } : {}), startsAt: LessThan(leave.endsAt), endsAt: MoreThan(leave.startsAt) } }),
  ]);
  return checkLeave({
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
}

/** Takes the person off every shift the leave overlaps; returns those shifts. */
async function vacateShifts(manager: EntityManager, leave: LeaveRequest, now: Date): Promise<string[]> {
  const assignments = await manager.find(ShiftAssignment, { where: { staffId: leave.staffId, startsAt: LessThan(leave.endsAt), endsAt: MoreThan(leave.startsAt) } });
  if (assignments.length) await manager.delete(ShiftAssignment, { id: In(assignments.map((a) => a.id)) });
  await recordAction(manager, auditTarget(null, 'leaveRequest', leave.id, now), 'UPDATE', { field: 'vacatedShiftIds', newValue: assignments.map((a) => a.shiftId).join(', ') });
  return assignments.map((a) => a.shiftId);
}

async function findPending(manager: EntityManager, id: string, action: string): Promise<LeaveRequest> {
  const leave = await manager.findOneBy(LeaveRequest, { id });
  if (!leave) throw notFound('LeaveRequest', id);
  if (leave.status !== 'PENDING') throw invalidTransition(leave.status, action, [], `A ${leave.status} leave request cannot be changed`);
  return leave;
}
