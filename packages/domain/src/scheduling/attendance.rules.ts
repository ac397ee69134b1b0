import type { Settings } from '../setting/settings';
import { maxLength, requiredText } from '../rules';
import type { Violation } from '../violation';

/** 违纪 kinds: 20+ minutes late (recorded at check-in), or 20+ minutes away from the post (recorded by a leader). */
export const ATTENDANCE_VIOLATION_KINDS = ['LATE', 'ABSENT_FROM_POST'] as const;
export type AttendanceViolationKind = (typeof ATTENDANCE_VIOLATION_KINDS)[number];

/** 考勤 numbers (settings `scheduling.*`): roll call, when lateness and absence become violations, when to flag. */
export interface AttendancePolicy {
  rollCallMinutes: number;
  lateViolationMinutes: number;
  absenceViolationMinutes: number;
  violationsToFlag: number;
}

export function attendancePolicyOf(settings: Settings): AttendancePolicy {
  return {
    rollCallMinutes: settings['scheduling.rollCallMinutes'],
    lateViolationMinutes: settings['scheduling.lateViolationMinutes'],
    absenceViolationMinutes: settings['scheduling.absenceViolationMinutes'],
    violationsToFlag: settings['scheduling.violationsToFlag'],
  };
}

/** A shift as attendance sees it: instants, so a night shift simply ends the next day. */
export interface AttendedShift {
  startsAt: Date;
  endsAt: Date;
}

export interface CheckInFacts {
  /** Whole minutes after the shift's start; 0 when on time. */
  minutesLate: number;
  /** After the roll call (the start less `rollCallMinutes`). */
  missedRollCall: boolean;
  /** `lateViolationMinutes` or more late: recorded as a violation, a fact without a penalty. */
  violation: boolean;
}

const MINUTE = 60_000;
/** How early a check-in may come: a roll call never starts hours ahead. */
const EARLIEST_CHECK_IN_MINUTES = 120;

/** What a check-in at `at` says about the person's arrival for `shift`. */
export function checkInFacts(shift: AttendedShift, at: Date, policy: AttendancePolicy): CheckInFacts {
  const minutesLate = Math.max(0, Math.floor((at.getTime() - shift.startsAt.getTime()) / MINUTE));
  return {
    minutesLate,
    missedRollCall: at.getTime() > shift.startsAt.getTime() - policy.rollCallMinutes * MINUTE,
    violation: minutesLate >= policy.lateViolationMinutes,
  };
}

/** A check-in belongs to its shift: from two hours before the start until the end. */
export function checkCheckIn(shift: AttendedShift, at: Date): Violation[] {
  const early = at.getTime() < shift.startsAt.getTime() - EARLIEST_CHECK_IN_MINUTES * MINUTE;
  return early || at >= shift.endsAt ? [{ rule: 'checkInOutsideShift', field: 'at', params: { minutesBefore: EARLIEST_CHECK_IN_MINUTES } }] : [];
}

/** The next shift's people as the outgoing person's check-out sees them. */
export interface Handover {
  /** Someone is rostered on the next shift of the same seats. */
  incomingRostered: boolean;
  /** At least one of them has checked in. */
  incomingCheckedIn: boolean;
}

/**
 * The outgoing person may not leave before the next one arrives (DOMAIN §7): a check-out is refused
 * while nobody of the incoming shift has checked in, unless a leader overrides it with a reason.
 */
export function checkCheckOut(checkedInAt: Date | null, at: Date, handover: Handover, override: { reason: string | null | undefined } | null): Violation[] {
  if (!checkedInAt) return [{ rule: 'notCheckedIn', field: 'at' }];
  if (at <= checkedInAt) return [{ rule: 'checkOutBeforeCheckIn', field: 'at' }];
  if (override) return [...requiredText('overrideReason', override.reason), ...maxLength('overrideReason', override.reason, 500)];
  return handover.incomingRostered && !handover.incomingCheckedIn ? [{ rule: 'incomingNotArrived', field: 'at' }] : [];
}

/** An absence from the post a leader records: its length, and whether it is a violation. */
export function absenceFacts(from: Date, to: Date, policy: AttendancePolicy): { minutes: number; violation: boolean; violations: Violation[] } {
  if (to <= from) return { minutes: 0, violation: false, violations: [{ rule: 'endsBeforeStart', field: 'to' }] };
  const minutes = Math.floor((to.getTime() - from.getTime()) / MINUTE);
  return { minutes, violation: minutes >= policy.absenceViolationMinutes, violations: [] };
}

/** 3 violations in a month (setting) are shown to the manager. */
export const violationsFlagged = (violationsThisMonth: number, policy: AttendancePolicy): boolean => violationsThisMonth >= policy.violationsToFlag;
