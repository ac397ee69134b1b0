import { atLocalTime, checkLeave, type LeaveType, type SchedulingPolicy, type Violation } from '@sanxin/domain';
import { BUSINESS_TIME_ZONE, placed } from './rosterModel';
import type { HolidayRecord, ShiftTypeRecord } from './schedulingQueries';
import { calendarOf, type PersonContext } from './swapCheck';

/** `2026-11-27T08:00` (a datetime-local input) → the instant that wall-clock time is in the business time zone. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  return atLocalTime(match[1], Number(match[2]) * 60 + Number(match[3]), BUSINESS_TIME_ZONE);
}

export interface LeaveDraft {
  type: LeaveType;
  startsAt: string;
  endsAt: string;
  emergency: boolean;
  exceptional: boolean;
  certificateRef: string;
}

/** The same checkLeave the API runs, on my shifts, swaps and other leave as the form loaded them. */
export function leaveViolations(staffId: string, draft: LeaveDraft, mine: PersonContext, shiftTypes: readonly ShiftTypeRecord[], holidays: readonly HolidayRecord[], policy: SchedulingPolicy, now: Date): Violation[] | null {
  const start = fromLocalInput(draft.startsAt);
  const end = fromLocalInput(draft.endsAt);
  if (!start || !end) return null;
  const types = new Map(shiftTypes.map((type) => [type.id, type]));
  return checkLeave({
    type: draft.type,
    start,
    end,
    emergency: draft.emergency,
    exceptional: draft.exceptional,
    certificateRef: draft.certificateRef.trim() || null,
    shifts: mine.shifts.map((shift) => placed(shift, types)),
    swappedShiftIds: mine.shifts.filter((shift) => shift.assignments.some((a) => a.staffId === staffId && a.swapRequestId)).map((shift) => shift.id),
    otherLeave: mine.leave.map((leave) => ({ start: new Date(leave.startsAt), end: new Date(leave.endsAt) })),
    calendar: calendarOf(holidays),
    policy,
    now,
  });
}
