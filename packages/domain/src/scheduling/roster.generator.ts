import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays } from '../calendar/local-time';
import type { JobType } from '../staff/staff.types';
import type { Absence, Headcount, PlacedShift, RosterPerson, ShiftKind, ShiftTypeSpec, WorkingTimeRules } from './scheduling.types';
import { datesOfMonth, overlaps, placeShift, restHoursBetween, runsOn } from './shift-time';
import { breaksDaysOff, datesWorked, monthlyHours, shiftHours } from './working-time.rules';

export interface RosterInput {
  /** YYYY-MM */
  month: string;
  calendar: BusinessCalendar;
  shiftTypes: ShiftTypeSpec[];
  staff: RosterPerson[];
  /** Approved leave: nobody is rostered into it. */
  absences: Absence[];
  /** Shifts the people already work outside the month (the month before, a published next month): rest and night streaks count them. */
  fixedShifts: Array<PlacedShift & { staffId: string }>;
  minRestHours: number;
  maxConsecutiveNights: number;
  /** Per job type: the monthly ceiling of hours, and the days off in any seven. */
  maxMonthlyHours: WorkingTimeRules['maxMonthlyHours'];
  minDaysOffPerWeek: WorkingTimeRules['minDaysOffPerWeek'];
}

export interface GeneratedShift extends PlacedShift {
  shiftTypeId: string;
  staffIds: string[];
  /** 值班长: the most skilled SHIFT_LEADER on the shift; null when no shift leader works it. */
  leaderOnDutyId: string | null;
}

export interface UnmetCoverage {
  shiftId: string;
  date: string;
  shiftTypeId: string;
  jobType: JobType;
  required: number;
  assigned: number;
}

export interface PersonLoad {
  staffId: string;
  shifts: number;
  nights: number;
  holidayDuties: number;
  /** Hours of the shifts the person works in the month (this roster's and any fixed ones). */
  hours: number;
}

export interface Fairness {
  /** max − min over the people who could work them. */
  nightSpread: number;
  holidayDutySpread: number;
  shiftSpread: number;
  /** max − min hours among people of one job type, the widest over the job types rostered. */
  hoursSpread: number;
  loads: PersonLoad[];
}

export interface GeneratedRoster {
  shifts: GeneratedShift[];
  unmet: UnmetCoverage[];
  fairness: Fairness;
}

/**
 * 自动排班, in two passes. First it walks the month's shifts in time order and fills each job
 * type's minimum with the eligible people who carry the least so far: of nights for a night, of
 * holiday duty for holiday duty, then of shifts. Then it evens out hours: while the busiest person of
 * a job type has a shift that someone with fewer hours can take legally, and handing it over narrows
 * the gap between them, it moves (never a night or holiday duty to someone who has more of them).
 * A person is eligible only if no hard rule breaks: no overlap, minimum rest on both sides, the
 * night streak limit, approved leave, the monthly hours ceiling and the days off in any seven. A
 * seat nobody can fill stays empty and is reported. No randomness: the same input gives the same roster.
 */
export function generateRoster(input: RosterInput): GeneratedRoster {
  const people = [...input.staff].sort((a, b) => a.id.localeCompare(b.id));
  const state = new Map(people.map((p) => [p.id, personState(p, input)]));
  const unmet: UnmetCoverage[] = [];
  const shifts: GeneratedShift[] = [];

  for (const { slot, type } of monthSlots(input)) {
    const staffIds: string[] = [];
    for (const { jobType, count } of sortedHeadcount(type.minHeadcount)) {
      const chosen = people
        .filter((p) => p.jobType === jobType && !staffIds.includes(p.id) && canTake(state.get(p.id) as PersonState, slot, input))
        .sort((a, b) => compareLoads((state.get(a.id) as PersonState).load, (state.get(b.id) as PersonState).load, slot.kind))
        .slice(0, count);
      for (const person of chosen) {
        staffIds.push(person.id);
        take(state.get(person.id) as PersonState, slot, input);
      }
      if (chosen.length < count) unmet.push({ shiftId: slot.shiftId, date: slot.date, shiftTypeId: type.id, jobType, required: count, assigned: chosen.length });
    }
    shifts.push({ ...slot, shiftTypeId: type.id, staffIds, leaderOnDutyId: null });
  }
  evenOutHours(shifts, people, state, input);
  for (const shift of shifts) shift.leaderOnDutyId = leaderOnDuty(shift.staffIds, people);
  return { shifts, unmet, fairness: fairnessOf(people, input.shiftTypes, new Map([...state].map(([id, s]) => [id, s.load]))) };
}

interface PersonState {
  person: RosterPerson;
  /** Fixed shifts and the ones given so far. */
  worked: PlacedShift[];
  busyDates: Map<string, number>;
  absences: Absence[];
  load: PersonLoad;
}

/** Time-zone arithmetic is the generator's hot spot: each shift's dates are worked out once. */
const datesCache = new WeakMap<PlacedShift, string[]>();
function datesOf(slot: PlacedShift, input: RosterInput): string[] {
  let dates = datesCache.get(slot);
  if (!dates) {
    dates = datesWorked(slot, input.calendar.timeZone);
    datesCache.set(slot, dates);
  }
  return dates;
}

function personState(person: RosterPerson, input: RosterInput): PersonState {
  const worked = input.fixedShifts.filter((s) => s.staffId === person.id);
  const busyDates = new Map<string, number>();
  for (const shift of worked) for (const date of datesOf(shift, input)) busyDates.set(date, (busyDates.get(date) ?? 0) + 1);
  const load = { staffId: person.id, shifts: 0, nights: 0, holidayDuties: 0, hours: monthlyHours(worked, input.month) };
  return { person, worked, busyDates, absences: input.absences.filter((a) => a.staffId === person.id), load };
}

/** Every hard rule, for one more shift. */
function canTake(state: PersonState, slot: PlacedShift, input: RosterInput): boolean {
  const jobType = state.person.jobType as JobType;
  if (state.absences.some((a) => overlaps(a, slot))) return false;
  if (state.worked.some((s) => overlaps(s, slot) || restHoursBetween(s, slot) < input.minRestHours)) return false;
  if (slot.kind === 'NIGHT' && nightStreakWith(slot.date, state.worked) > input.maxConsecutiveNights) return false;
  if (state.load.hours + shiftHours(slot) > input.maxMonthlyHours[jobType]) return false;
  return !breaksDaysOff(state.busyDates, datesOf(slot, input), input.minDaysOffPerWeek[jobType]);
}

function take(state: PersonState, slot: PlacedShift, input: RosterInput): void {
  state.worked.push(slot);
  for (const date of datesOf(slot, input)) state.busyDates.set(date, (state.busyDates.get(date) ?? 0) + 1);
  count(state.load, slot, 1);
}

function give(state: PersonState, slot: PlacedShift, input: RosterInput): void {
  state.worked = state.worked.filter((s) => s !== slot);
  for (const date of datesOf(slot, input)) {
    const left = (state.busyDates.get(date) ?? 0) - 1;
    if (left > 0) state.busyDates.set(date, left);
    else state.busyDates.delete(date);
  }
  count(state.load, slot, -1);
}

/** Hands shifts from the busiest to the least busy of a job type while that narrows their gap; bounded, deterministic. */
function evenOutHours(shifts: GeneratedShift[], people: RosterPerson[], state: Map<string, PersonState>, input: RosterInput): void {
  const byId = new Map(shifts.map((shift) => [shift.shiftId, shift]));
  const groups = [...new Set(people.map((p) => p.jobType))].map((jobType) => people.filter((p) => p.jobType === jobType).map((p) => state.get(p.id) as PersonState));
  for (let moves = 0; moves < shifts.length * 4; moves += 1) {
    if (!groups.some((group) => moveOneShift(byId, group, input))) return;
  }
}

/** One legal hand-over that narrows the gap: from the busiest to anyone with fewer hours, else to the least busy from anyone with more. */
function moveOneShift(shifts: Map<string, GeneratedShift>, group: PersonState[], input: RosterInput): boolean {
  const byHours = [...group].sort((a, b) => b.load.hours - a.load.hours || a.person.id.localeCompare(b.person.id));
  if (byHours.length < 2) return false;
  const [busiest, least] = [byHours[0], byHours[byHours.length - 1]];
  return (
    byHours.slice(1).reverse().some((receiver) => handOver(shifts, busiest, receiver, input)) ||
    byHours.slice(1, -1).some((donor) => handOver(shifts, donor, least, input))
  );
}

/** Fixed shifts are not the generator's to move: only the month's own. */
function handOver(shifts: Map<string, GeneratedShift>, donor: PersonState, receiver: PersonState, input: RosterInput): boolean {
  for (const slot of [...donor.worked]) {
    const shift = shifts.get(slot.shiftId);
    if (!shift || shift.staffIds.includes(receiver.person.id)) continue;
    if (receiver.load.hours + shiftHours(shift) >= donor.load.hours) continue;
    if (shift.kind !== 'DAY' && ofKind(receiver.load, shift.kind) >= ofKind(donor.load, shift.kind)) continue;
    give(donor, slot, input);
    if (canTake(receiver, slot, input)) {
      take(receiver, slot, input);
      shift.staffIds = shift.staffIds.map((id) => (id === donor.person.id ? receiver.person.id : id));
      return true;
    }
    take(donor, slot, input);
  }
  return false;
}

/** The month's shifts in time order, with provisional ids `date/shiftTypeId`. */
function monthSlots(input: RosterInput): Array<{ slot: PlacedShift; type: ShiftTypeSpec }> {
  const types = [...input.shiftTypes].sort((a, b) => a.startMinute - b.startMinute || a.id.localeCompare(b.id));
  return datesOfMonth(input.month).flatMap((date) =>
    types.filter((type) => runsOn(type, date, input.calendar)).map((type) => ({ slot: placeShift(`${date}/${type.id}`, date, type, input.calendar.timeZone), type })),
  );
}

/** Length of the run of consecutive nights that working a night on `date` would make. */
function nightStreakWith(date: string, worked: PlacedShift[]): number {
  const nights = new Set(worked.filter((s) => s.kind === 'NIGHT').map((s) => s.date));
  let streak = 1;
  for (let d = addDays(date, -1); nights.has(d); d = addDays(d, -1)) streak += 1;
  for (let d = addDays(date, 1); nights.has(d); d = addDays(d, 1)) streak += 1;
  return streak;
}

const ofKind = (load: PersonLoad, kind: ShiftKind) => (kind === 'NIGHT' ? load.nights : kind === 'HOLIDAY_DUTY' ? load.holidayDuties : 0);

/** Fewer nights (for a night) or holiday duties (for holiday duty) first, then fewer shifts; hours are evened out afterwards. */
function compareLoads(a: PersonLoad, b: PersonLoad, kind: ShiftKind): number {
  return ofKind(a, kind) - ofKind(b, kind) || a.shifts - b.shifts;
}

function count(load: PersonLoad, slot: PlacedShift, sign: 1 | -1): void {
  load.shifts += sign;
  load.hours += sign * shiftHours(slot);
  if (slot.kind === 'NIGHT') load.nights += sign;
  if (slot.kind === 'HOLIDAY_DUTY') load.holidayDuties += sign;
}

function sortedHeadcount(headcount: Headcount[]): Headcount[] {
  return [...headcount].sort((a, b) => a.jobType.localeCompare(b.jobType));
}

/** 值班长: only a shift leader leads a shift; the most skilled of them when several work it. */
export function leaderOnDuty(staffIds: readonly string[], people: readonly RosterPerson[]): string | null {
  const leaders = people.filter((p) => staffIds.includes(p.id) && p.role === 'SHIFT_LEADER');
  return leaders.sort((a, b) => b.skillLevel - a.skillLevel || a.id.localeCompare(b.id))[0]?.id ?? null;
}

function fairnessOf(people: RosterPerson[], types: ShiftTypeSpec[], loads: Map<string, PersonLoad>): Fairness {
  const jobTypeOf = new Map(people.map((p) => [p.id, p.jobType]));
  const all = people.map((p) => ({ ...(loads.get(p.id) as PersonLoad), hours: Math.round((loads.get(p.id) as PersonLoad).hours * 100) / 100 }));
  const canWorkKind = (kind: ShiftKind) => {
    const jobTypes = new Set(types.filter((t) => t.kind === kind).flatMap((t) => t.minHeadcount.filter((h) => h.count > 0).map((h) => h.jobType)));
    return all.filter((load) => jobTypes.has(jobTypeOf.get(load.staffId) as JobType));
  };
  const rosteredJobTypes = new Set(types.flatMap((t) => t.minHeadcount.map((h) => h.jobType)));
  const rostered = all.filter((load) => rosteredJobTypes.has(jobTypeOf.get(load.staffId) as JobType));
  const hoursSpreads = [...rosteredJobTypes].map((jobType) => spread(rostered.filter((l) => jobTypeOf.get(l.staffId) === jobType).map((l) => l.hours)));
  return {
    nightSpread: spread(canWorkKind('NIGHT').map((l) => l.nights)),
    holidayDutySpread: spread(canWorkKind('HOLIDAY_DUTY').map((l) => l.holidayDuties)),
    shiftSpread: spread(rostered.map((l) => l.shifts)),
    hoursSpread: Math.max(0, ...hoursSpreads),
    loads: all,
  };
}

function spread(values: number[]): number {
  return values.length ? Math.max(...values) - Math.min(...values) : 0;
}
