import { type AttendanceReach, attendanceReach, checkCheckIn, mayActOnAttendance, type Role } from '@sanxin/domain';
import type { AssignmentAttendance } from '../resources/scheduling/schedulingQueries';

/**
 * 考勤状态 of one shift assignment, from the facts the API recorded (never recomputed here: the
 * server's clock decided them): on time, checked in after the roll call, late, 20+ minutes late (a
 * violation was recorded); before that, upcoming or — once the shift has started — not checked in.
 */
export type AttendanceState = 'UPCOMING' | 'NOT_CHECKED_IN' | 'ON_TIME' | 'MISSED_ROLL_CALL' | 'LATE' | 'LATE_VIOLATION';

export const ATTENDANCE_STATES: readonly AttendanceState[] = ['ON_TIME', 'MISSED_ROLL_CALL', 'LATE', 'LATE_VIOLATION', 'NOT_CHECKED_IN'];

export interface AttendedAssignment {
  startsAt: string;
  endsAt: string;
  attendance?: AssignmentAttendance | null;
}

export function attendanceStateOf({ startsAt, attendance }: AttendedAssignment, now: Date): AttendanceState {
  if (!attendance?.checkInAt) return now.getTime() >= new Date(startsAt).getTime() ? 'NOT_CHECKED_IN' : 'UPCOMING';
  if (attendance.violations.some((violation) => violation.kind === 'LATE')) return 'LATE_VIOLATION';
  if ((attendance.lateMinutes ?? 0) > 0) return 'LATE';
  return attendance.missedRollCall ? 'MISSED_ROLL_CALL' : 'ON_TIME';
}

/** 脱岗 minutes a leader recorded on this shift, one entry per absence. */
export const absencesOf = (attendance: AssignmentAttendance | null | undefined): AssignmentAttendance['violations'] =>
  (attendance?.violations ?? []).filter((violation) => violation.kind === 'ABSENT_FROM_POST');

/** The shift the person acts on now: the first not yet over (the current one, checked out or not, else the next). */
export function currentAssignment<T extends AttendedAssignment>(shifts: readonly T[], now: Date): T | null {
  return shifts.find((shift) => new Date(shift.endsAt).getTime() > now.getTime()) ?? null;
}

/** Whether check-in is open (from two hours before the start until the end), by the domain's rule. */
export const checkInOpen = (shift: AttendedAssignment, now: Date): boolean =>
  checkCheckIn({ startsAt: new Date(shift.startsAt), endsAt: new Date(shift.endsAt) }, now).length === 0;

/** The viewer as attendance's permissions see them (a shift leader leads their own team). */
export interface AttendanceViewer {
  id: string;
  role: Role;
  teamId: string | null;
}

const asDomainViewer = (viewer: AttendanceViewer) => ({ ...viewer, leadsTeam: viewer.role === 'SHIFT_LEADER' });

/** Whether the viewer reads this person's attendance (own; a leader's team; all for managers). */
export const mayReadAttendance = (viewer: AttendanceViewer, person: { staffId: string; teamId: string | null }) =>
  mayActOnAttendance(asDomainViewer(viewer), person, 'list');

/** Whether the viewer decides about it: a leader's 放行 and absence record, never about themselves. */
export const mayDecideAttendance = (viewer: AttendanceViewer, person: { staffId: string; teamId: string | null }) =>
  mayActOnAttendance(asDomainViewer(viewer), person, 'approve');

/** The violations page's reach: everyone (managers), the team a leader leads, or one's own. */
export const violationsReach = (role: Role): AttendanceReach => attendanceReach(role, 'list');
