import { addDays, atLocalTime, certificateDueOn, localDate } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { readBusinessCalendar } from '../../modules/calendar/calendar.service';
import { LeaveRequest } from '../../modules/scheduling/leave-request.entity';
import { ShiftAssignment } from '../../modules/scheduling/shift-assignment.entity';
import type { Staff } from '../../modules/staff/staff.entity';
import { newRecord } from '../../shared/new-record';

const HOUR = 3_600_000;

type LeaveRowInput = Partial<LeaveRequest> & Pick<LeaveRequest, 'staffId' | 'type' | 'startsAt' | 'endsAt' | 'reason'>;

/** A demo leave request: pending for the manager, filed by the person, unless `extra` says otherwise. */
export function demoLeaveRow(now: Date, extra: LeaveRowInput): LeaveRequest {
  return Object.assign(new LeaveRequest(), {
    ...newRecord(now),
    emergency: false,
    exceptional: false,
    certificateRef: null,
    status: 'PENDING' as const,
    awaitingRole: 'DEPT_MANAGER' as const,
    requestedById: extra.staffId,
    late: false,
    lateRules: null,
    lateAcceptedById: null,
    lateAcceptedAt: null,
    certificateDueOn: null,
    managerApprovedById: null,
    directorApprovedById: null,
    decidedAt: null,
    vacatedShiftIds: null,
    decisionNote: null,
    ...extra,
  });
}

/** Approved leave takes the person off the shifts it covers, as approveLeaveRequest does. */
export async function insertApprovedLeave(manager: EntityManager, leave: LeaveRequest): Promise<void> {
  const vacated = await manager
    .createQueryBuilder(ShiftAssignment, 'a')
    .where('a.staffId = :id AND a.startsAt < :end AND a.endsAt > :start', { id: leave.staffId, start: leave.startsAt, end: leave.endsAt })
    .getMany();
  if (vacated.length) await manager.delete(ShiftAssignment, vacated.map((a) => a.id));
  await manager.insert(LeaveRequest, { ...leave, vacatedShiftIds: vacated.map((a) => a.shiftId) });
}

/**
 * The leave exceptions of DOMAIN §7 (issue 11): emergency sick leave whose certificate is overdue,
 * a late request waiting for the manager's acceptance, and sick leave a shift leader filed for a
 * team member. One team's people; the dates follow `now`.
 */
export async function insertLeaveExceptions(manager: EntityManager, staff: Staff[], now: Date, options: { timeZone: string; managerId: string }): Promise<void> {
  const agents = staff.filter((s) => s.role === 'AGENT');
  const leader = staff.find((s) => s.role === 'SHIFT_LEADER');
  const [first, second] = [agents[1] ?? agents[0], agents[2] ?? agents[0]];
  if (!first || !second || !leader) return;
  const today = localDate(now, options.timeZone);
  const calendar = await readBusinessCalendar(manager, options.timeZone, addDays(today, -14), addDays(today, 45));
  const midnight = (days: number) => atLocalTime(addDays(today, days), 0, options.timeZone);
  const row = (extra: LeaveRowInput) => demoLeaveRow(now, { certificateDueOn: certificateDueOn({ type: extra.type, start: extra.startsAt, end: extra.endsAt }, calendar), ...extra });

  // 急诊病假, a week ago, approved; the certificate never came in (certificateMissing).
  const overdue = row({
    staffId: first.id,
    type: 'SICK',
    emergency: true,
    startsAt: midnight(-8),
    endsAt: midnight(-7),
    reason: '凌晨急性肠胃炎发作，去市第一人民医院看急诊',
    status: 'APPROVED',
    awaitingRole: null,
    managerApprovedById: options.managerId,
    decidedAt: new Date(midnight(-8).getTime() + 9 * HOUR),
  });
  await insertApprovedLeave(manager, overdue);
  await manager.insert(LeaveRequest, [
    // 逾期申请: asked this morning for this afternoon; waits for the manager to accept it.
    row({
      staffId: first.id,
      type: 'PERSONAL',
      startsAt: new Date(midnight(0).getTime() + 14 * HOUR),
      endsAt: new Date(midnight(0).getTime() + 18 * HOUR),
      reason: '孩子在学校发烧，老师打电话让下午去接',
      late: true,
      lateRules: ['leaveNotDayBefore'],
    }),
    // 代为请假: the shift leader took the call and filed it; the certificate is due the working day after.
    row({
      staffId: second.id,
      requestedById: leader.id,
      type: 'SICK',
      emergency: true,
      startsAt: midnight(2),
      endsAt: midnight(3),
      reason: '来电告知高烧 39 度，需到医院输液，由班长代为申请',
    }),
  ]);
}
