import { isPublicHoliday } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, atLocalTime, localDate } from '../calendar/local-time';
import { maxLength } from '../rules';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { LEAVE_TYPES, type LeaveType, type PlacedShift, type SchedulingPolicy } from './scheduling.types';
import { overlaps } from './shift-time';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface LeaveToCheck {
  type: LeaveType;
  start: Date;
  end: Date;
  /** 紧急: asked at short notice (at least the emergency notice before the first shift). */
  emergency: boolean;
  /** Holiday leave is granted only in exceptional cases, which the requester states. */
  exceptional: boolean;
  certificateRef: string | null;
  /** The person's shifts that the leave touches or could touch. */
  shifts: PlacedShift[];
  /** Shift ids the person took or repays through a swap. */
  swappedShiftIds: string[];
  /** The person's other pending or approved leave. */
  otherLeave: Array<{ start: Date; end: Date }>;
  calendar: BusinessCalendar;
  policy: Pick<SchedulingPolicy, 'emergencyLeaveNoticeMinutes' | 'nightLeaveCutoffMinute' | 'holidayLeaveNoticeDays'>;
  now: Date;
}

/** 请假 (DOMAIN §7): every rule a request breaks, at the time it is made. */
export function checkLeave(leave: LeaveToCheck): Violation[] {
  if (!(LEAVE_TYPES as readonly string[]).includes(leave.type)) return [{ rule: 'invalidChoice', field: 'type' }];
  if (leave.end.getTime() <= leave.start.getTime()) return [{ rule: 'endBeforeStart', field: 'endsAt' }];
  const affected = leave.shifts.filter((shift) => overlaps(shift, leave));
  return [
    ...noticeViolations(leave, affected),
    ...nightViolations(leave, affected),
    ...holidayViolations(leave),
    ...certificateViolations(leave),
    ...(affected.some((s) => leave.swappedShiftIds.includes(s.shiftId)) ? [{ rule: 'leaveOnSwappedShift', field: 'startsAt' }] : []),
    ...(leave.otherLeave.some((other) => overlaps(other, leave)) ? [{ rule: 'overlappingLeave', field: 'startsAt' }] : []),
    ...maxLength('certificateRef', leave.certificateRef, 100),
  ];
}

/** Planned leave is asked by the day before; an emergency at least an hour before the first shift (or the leave) starts. */
function noticeViolations(leave: LeaveToCheck, affected: PlacedShift[]): Violation[] {
  const { timeZone } = leave.calendar;
  if (!leave.emergency) {
    return localDate(leave.now, timeZone) < localDate(leave.start, timeZone) ? [] : [{ rule: 'leaveNotDayBefore', field: 'startsAt' }];
  }
  const firstStart = Math.min(leave.start.getTime(), ...affected.map((s) => s.start.getTime()));
  const minutes = leave.policy.emergencyLeaveNoticeMinutes;
  return leave.now.getTime() <= firstStart - minutes * 60_000 ? [] : [{ rule: 'emergencyLeaveTooLate', field: 'startsAt', params: { minutes } }];
}

/** Leave from a night shift is asked before noon of the day the night starts. */
function nightViolations(leave: LeaveToCheck, affected: PlacedShift[]): Violation[] {
  const cutoff = leave.policy.nightLeaveCutoffMinute;
  const late = affected.find((s) => s.kind === 'NIGHT' && leave.now.getTime() >= atLocalTime(s.date, cutoff, leave.calendar.timeZone).getTime());
  return late ? [{ rule: 'nightLeaveTooLate', field: 'startsAt', params: { date: late.date, hour: `${String(Math.floor(cutoff / 60)).padStart(2, '0')}:${String(cutoff % 60).padStart(2, '0')}` } }] : [];
}

/** Leave on a public holiday: only as an exception, and at least two days before the holiday. */
function holidayViolations(leave: LeaveToCheck): Violation[] {
  const holiday = leaveDates(leave).find((date) => isPublicHoliday(date, leave.calendar));
  if (!holiday) return [];
  const days = leave.policy.holidayLeaveNoticeDays;
  return [
    ...(leave.exceptional ? [] : [{ rule: 'holidayLeaveNotExceptional', field: 'exceptional', params: { date: holiday } }]),
    ...(localDate(leave.now, leave.calendar.timeZone) <= addDays(holiday, -days) ? [] : [{ rule: 'holidayLeaveTooLate', field: 'startsAt', params: { date: holiday, days } }]),
  ];
}

/**
 * A full day or more of sick leave needs a medical certificate (病假证明) when it is requested; an
 * emergency is not held up for it: the certificate follows (certificateDueOn).
 */
function certificateViolations(leave: LeaveToCheck): Violation[] {
  const needed = needsCertificate(leave) && !leave.emergency;
  return needed && !leave.certificateRef?.trim() ? [{ rule: 'certificateRequired', field: 'certificateRef' }] : [];
}

/** Sick leave of a full day or more is backed by a medical certificate. */
export function needsCertificate(leave: { type: LeaveType; start: Date; end: Date }): boolean {
  return leave.type === 'SICK' && leave.end.getTime() - leave.start.getTime() >= DAY;
}

/** The local dates the leave covers (an end at midnight does not count the next day). */
export function leaveDates(leave: { start: Date; end: Date; calendar: BusinessCalendar }): string[] {
  const last = localDate(new Date(leave.end.getTime() - 1), leave.calendar.timeZone);
  const dates: string[] = [];
  for (let d = localDate(leave.start, leave.calendar.timeZone); d <= last; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/**
 * 逐级审批: one day or less is the department manager's; longer leave goes to the manager and then
 * the centre director. Nobody is skipped: the director decides only after the manager approved.
 */
export function approvalChain(leave: { start: Date; end: Date }): Role[] {
  return leave.end.getTime() - leave.start.getTime() <= DAY ? ['DEPT_MANAGER'] : ['DEPT_MANAGER', 'CENTER_DIRECTOR'];
}

/** Whose decision the request waits for, given how many approvals it has; null when fully approved. */
export function nextApprover(leave: { start: Date; end: Date }, approvals: number): Role | null {
  return approvalChain(leave)[approvals] ?? null;
}
