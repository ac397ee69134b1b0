import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays } from '../calendar/local-time';
import type { Violation } from '../violation';
import type { Absence, PlacedShift, RosterPerson, SchedulingPolicy } from './scheduling.types';
import { overlaps, restHoursBetween, touchesPublicHoliday } from './shift-time';

/** One side of a swap: the person and the shift they give away. */
export interface SwapSide {
  person: RosterPerson;
  shift: PlacedShift;
  /** The person's other shifts (not `shift`), to check that the swap creates no back-to-back shifts. */
  otherShifts: PlacedShift[];
  /** Dates of the person's other swaps (pending or approved) in the months concerned: the shift dates they gave away or took. */
  otherSwapDates: string[];
  /** Leave the person has asked for or been granted. */
  leave: Absence[];
  /** Whether the person is rostered on the shift they give away. */
  worksShift: boolean;
  /** Whether the person already works the other side's shift. */
  worksOtherShift: boolean;
}

export interface SwapToCheck {
  requester: SwapSide;
  counterpart: SwapSide;
  calendar: BusinessCalendar;
  policy: Pick<SchedulingPolicy, 'maxSwapsPerMonth' | 'maxSwapSkillGap' | 'minRestHours'>;
  now: Date;
}

/**
 * 换班 (DOMAIN §7): the requester gives their shift to the counterpart and works the counterpart's
 * shift in return (the repaid shift). Every rule is checked and every violation returned, so a form
 * can list them all. Rules that concern one person report `params.staffId`.
 */
export function checkSwap(swap: SwapToCheck): Violation[] {
  const { requester, counterpart } = swap;
  if (requester.person.id === counterpart.person.id) return [{ rule: 'swapWithSelf', field: 'counterpartId' }];
  const sides = [requester, counterpart];
  return [
    ...sides.flatMap((side) => (side.worksShift ? [] : [{ rule: 'shiftNotWorked', field: side === requester ? 'requesterShiftId' : 'counterpartShiftId', params: { staffId: side.person.id } }])),
    ...sides.flatMap((side) => (side.worksOtherShift ? [{ rule: 'alreadyOnShift', params: { staffId: side.person.id } }] : [])),
    ...(requester.shift.shiftId === counterpart.shift.shiftId ? [{ rule: 'sameShift', field: 'counterpartShiftId' }] : []),
    ...sides.flatMap((side) => (side.shift.start.getTime() <= swap.now.getTime() ? [{ rule: 'shiftStarted', params: { shiftId: side.shift.shiftId } }] : [])),
    ...jobTypeViolations(requester.person, counterpart.person),
    ...skillViolations(requester.person, counterpart.person, swap.policy.maxSwapSkillGap),
    ...sides.flatMap((side) => (touchesPublicHoliday(side.shift, swap.calendar) ? [{ rule: 'swapOnPublicHoliday', params: { date: side.shift.date } }] : [])),
    ...sides.flatMap((side) => swapLimitViolations(side, swap.policy.maxSwapsPerMonth)),
    ...sides.flatMap((side) => consecutiveSwapViolations(side)),
    ...backToBackViolations(requester, counterpart.shift, swap.policy.minRestHours),
    ...backToBackViolations(counterpart, requester.shift, swap.policy.minRestHours),
    ...leaveViolations(requester, counterpart),
  ];
}

function jobTypeViolations(a: RosterPerson, b: RosterPerson): Violation[] {
  return a.jobType === b.jobType ? [] : [{ rule: 'jobTypeMismatch', field: 'counterpartId' }];
}

function skillViolations(a: RosterPerson, b: RosterPerson, max: number): Violation[] {
  const gap = Math.abs(a.skillLevel - b.skillLevel);
  return gap <= max ? [] : [{ rule: 'skillGapTooLarge', field: 'counterpartId', params: { gap, max } }];
}

/** At most `max` swaps per person per calendar month of the shifts swapped (this one included). */
function swapLimitViolations(side: SwapSide, max: number): Violation[] {
  const month = side.shift.date.slice(0, 7);
  const count = side.otherSwapDates.filter((d) => d.startsWith(month)).length + 1;
  return count > max ? [{ rule: 'swapLimitReached', params: { staffId: side.person.id, max, month } }] : [];
}

/** No consecutive swaps: a person's swapped shifts are never on the same or adjacent dates. */
function consecutiveSwapViolations(side: SwapSide): Violation[] {
  const near = [addDays(side.shift.date, -1), side.shift.date, addDays(side.shift.date, 1)];
  return side.otherSwapDates.some((d) => near.includes(d)) ? [{ rule: 'consecutiveSwap', params: { staffId: side.person.id, date: side.shift.date } }] : [];
}

/** 不允许连班: the shift a person takes must leave the minimum rest to each of their remaining shifts. */
function backToBackViolations(side: SwapSide, taken: PlacedShift, minRestHours: number): Violation[] {
  const clash = side.otherShifts.find((s) => s.shiftId !== taken.shiftId && (overlaps(s, taken) || restHoursBetween(s, taken) < minRestHours));
  return clash ? [{ rule: 'backToBackShifts', params: { staffId: side.person.id, shiftId: taken.shiftId, otherShiftId: clash.shiftId, minRestHours } }] : [];
}

/** No leave on a swapped or repaid shift: neither person may be on leave during either shift. */
function leaveViolations(requester: SwapSide, counterpart: SwapSide): Violation[] {
  return [requester, counterpart].flatMap((side) =>
    [requester.shift, counterpart.shift].some((shift) => side.leave.some((leave) => overlaps(leave, shift)))
      ? [{ rule: 'leaveOnSwappedShift', params: { staffId: side.person.id } }]
      : [],
  );
}

/** What a viewer may decide on a swap request. */
export type SwapDecision = 'approve' | 'reject';

export interface SwapForDecision {
  status: string;
  requesterId: string;
  counterpartId: string;
  /** The leader who approved the requester's side, null while it waits. */
  requesterLeaderId: string | null;
  counterpartLeaderId: string | null;
}

/**
 * 换班审批 (DOMAIN §7), once the colleague accepted (PENDING_LEADERS): each side is approved by the shift leader of the team whose shift it is. A
 * leader may approve a pending swap while a side they lead still waits, and reject it if they lead
 * either side; nobody decides a swap they are part of. `leads` says whether the viewer leads the
 * team of the requester's and of the counterpart's shift. The API offers these as the swap's
 * `availableActions` and refuses anything else.
 */
export function swapDecisions(swap: SwapForDecision, viewerId: string, leads: { requesterSide: boolean; counterpartSide: boolean }): SwapDecision[] {
  if (swap.status !== 'PENDING_LEADERS' || viewerId === swap.requesterId || viewerId === swap.counterpartId) return [];
  const decisions: SwapDecision[] = [];
  if ((leads.requesterSide && !swap.requesterLeaderId) || (leads.counterpartSide && !swap.counterpartLeaderId)) decisions.push('approve');
  if (leads.requesterSide || leads.counterpartSide) decisions.push('reject');
  return decisions;
}
