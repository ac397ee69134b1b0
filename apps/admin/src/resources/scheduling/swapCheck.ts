import { addDays, type BusinessCalendar, checkSwap, localDate, OPEN_SWAP_STATUSES, type RosterPerson, type SchedulingPolicy, type SwapSide, schedulingPolicyOf, settingsFrom, type Violation } from '@sanxin/domain';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import type { Setting } from '../../settings/settingsQueries';
import { BUSINESS_TIME_ZONE, lastDateOf, nextMonth, placed } from './rosterModel';
import type { HolidayRecord, LeaveRecord, RosterShift, ShiftTypeRecord, StaffRef, SwapRecord } from './schedulingQueries';

/** The days around the swapped shifts the rules look at (the API reads 40 days each way). */
export const CONTEXT_DAYS = 40;

/** What the rules need to know about one person: their shifts, their swaps (with the dates given away) and their leave. */
export interface PersonContext {
  shifts: RosterShift[];
  swaps: SwapRecord[];
  /** Date of every shift a swap names, by shift id. */
  swapShiftDates: Map<string, string>;
  leave: LeaveRecord[];
}

/** The window of dates loaded for a request made now: from 40 days back to 40 days after next month. */
export function contextWindow(now: Date): { dateFrom: string; dateTo: string } {
  const today = localDate(now, BUSINESS_TIME_ZONE);
  return { dateFrom: addDays(today, -CONTEXT_DAYS), dateTo: addDays(lastDateOf(nextMonth(today.slice(0, 7))), CONTEXT_DAYS) };
}

export async function loadPersonContext(dataProvider: SanxinDataProvider, staffId: string, window: { dateFrom: string; dateTo: string }): Promise<PersonContext> {
  const [shifts, swaps, leave] = await Promise.all([
    dataProvider.rosterShifts({ staffId, ...window }),
    dataProvider.swapRequests({ staffId, status: [...OPEN_SWAP_STATUSES, 'APPROVED'] }),
    dataProvider.leaveRequestsOf({ staffId, status: ['PENDING', 'APPROVED'] }),
  ]);
  const known = new Map(shifts.map((shift) => [shift.id, shift.date]));
  const missing = [...new Set(swaps.flatMap((swap) => [swap.requesterShiftId, swap.counterpartShiftId]))].filter((id) => !known.has(id));
  if (missing.length) for (const shift of await dataProvider.rosterShifts({ ids: missing })) known.set(shift.id, shift.date);
  return { shifts, swaps, swapShiftDates: known, leave };
}

/** The scheduling rules' numbers from the settings the API has (its defaults where none is saved): the same mapping the API uses. */
export function policyOf(settings: readonly Setting[] | undefined): SchedulingPolicy {
  return schedulingPolicyOf(settingsFrom(settings ?? []));
}

/** The domain's business calendar from the holidays table (only the days matter to the scheduling rules). */
export function calendarOf(holidays: readonly HolidayRecord[]): BusinessCalendar {
  return { timeZone: BUSINESS_TIME_ZONE, workdayStartMinute: 510, workdayEndMinute: 1050, days: holidays.map(({ date, kind, name }) => ({ date, kind, name })) };
}

const rosterPerson = (staff: StaffRef, role: string): RosterPerson => ({
  id: staff.id,
  role: (staff.role ?? role) as RosterPerson['role'],
  jobType: staff.jobType ?? null,
  skillLevel: staff.skillLevel ?? 0,
});

export interface SwapToValidate {
  me: StaffRef;
  counterpart: StaffRef;
  myShift: RosterShift;
  theirShift: RosterShift;
  mine: PersonContext;
  theirs: PersonContext;
  shiftTypes: readonly ShiftTypeRecord[];
  holidays: readonly HolidayRecord[];
  policy: SchedulingPolicy;
  now: Date;
}

/** The same checkSwap the API runs at request time, on the data the form has loaded. */
export function swapViolations(input: SwapToValidate): Violation[] {
  const types = new Map(input.shiftTypes.map((type) => [type.id, type]));
  const side = (person: StaffRef, context: PersonContext, shift: RosterShift, other: RosterShift): SwapSide => ({
    person: rosterPerson(person, 'AGENT'),
    shift: placed(shift, types),
    otherShifts: context.shifts.filter((s) => s.id !== shift.id).map((s) => placed(s, types)),
    otherSwapDates: context.swaps
      .filter((swap) => swap.requesterId === person.id || swap.counterpartId === person.id)
      .map((swap) => context.swapShiftDates.get(swap.requesterId === person.id ? swap.requesterShiftId : swap.counterpartShiftId))
      .filter((date): date is string => !!date),
    leave: context.leave.map((leave) => ({ staffId: leave.staffId, start: new Date(leave.startsAt), end: new Date(leave.endsAt) })),
    worksShift: context.shifts.some((s) => s.id === shift.id),
    worksOtherShift: context.shifts.some((s) => s.id === other.id),
  });
  return checkSwap({
    requester: side(input.me, input.mine, input.myShift, input.theirShift),
    counterpart: side(input.counterpart, input.theirs, input.theirShift, input.myShift),
    calendar: calendarOf(input.holidays),
    policy: input.policy,
    now: input.now,
  });
}
