import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays } from '../calendar/local-time';
import type { JobType } from '../staff/staff.types';
import type { Absence, Headcount, PlacedShift, RosterPerson, ShiftKind, ShiftTypeSpec } from './scheduling.types';
import { datesOfMonth, overlaps, placeShift, restHoursBetween, runsOn } from './shift-time';

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
}

export interface GeneratedShift extends PlacedShift {
  shiftTypeId: string;
  staffIds: string[];
  /** The SHIFT_LEADER on the shift, else its most skilled member (值班长). */
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
}

export interface Fairness {
  /** max − min over the people who could work them. */
  nightSpread: number;
  holidayDutySpread: number;
  shiftSpread: number;
  loads: PersonLoad[];
}

export interface GeneratedRoster {
  shifts: GeneratedShift[];
  unmet: UnmetCoverage[];
  fairness: Fairness;
}

/**
 * 自动排班: walks the month's shifts in time order and fills each job type's minimum with the
 * eligible people who carry the least of that kind of shift so far (nights for a night, holiday
 * duty for holiday duty, all shifts otherwise). A person is eligible only if no hard rule breaks:
 * no overlap, minimum rest on both sides, the night streak limit, approved leave. A seat nobody
 * can fill stays empty and is reported. No randomness: the same input gives the same roster.
 */
export function generateRoster(input: RosterInput): GeneratedRoster {
  const slots = monthSlots(input);
  const people = [...input.staff].sort((a, b) => a.id.localeCompare(b.id));
  const worked = new Map<string, PlacedShift[]>(people.map((p) => [p.id, input.fixedShifts.filter((s) => s.staffId === p.id)]));
  const absences = new Map<string, Absence[]>(people.map((p) => [p.id, input.absences.filter((a) => a.staffId === p.id)]));
  const loads = new Map<string, PersonLoad>(people.map((p) => [p.id, { staffId: p.id, shifts: 0, nights: 0, holidayDuties: 0 }]));
  const unmet: UnmetCoverage[] = [];
  const shifts: GeneratedShift[] = [];

  for (const { slot, type } of slots) {
    const staffIds: string[] = [];
    for (const { jobType, count } of sortedHeadcount(type.minHeadcount)) {
      const chosen = people
        .filter((p) => p.jobType === jobType && !staffIds.includes(p.id) && canWork(slot, worked.get(p.id) ?? [], absences.get(p.id) ?? [], input))
        .sort((a, b) => burden(loads.get(a.id), slot.kind) - burden(loads.get(b.id), slot.kind) || (loads.get(a.id)?.shifts ?? 0) - (loads.get(b.id)?.shifts ?? 0))
        .slice(0, count);
      for (const person of chosen) {
        staffIds.push(person.id);
        worked.get(person.id)?.push(slot);
        count1(loads.get(person.id), slot.kind);
      }
      if (chosen.length < count) unmet.push({ shiftId: slot.shiftId, date: slot.date, shiftTypeId: type.id, jobType, required: count, assigned: chosen.length });
    }
    shifts.push({ ...slot, shiftTypeId: type.id, staffIds, leaderOnDutyId: leaderOnDuty(staffIds, people) });
  }
  return { shifts, unmet, fairness: fairnessOf(people, input.shiftTypes, loads) };
}

/** The month's shifts in time order, with provisional ids `date/shiftTypeId`. */
function monthSlots(input: RosterInput): Array<{ slot: PlacedShift; type: ShiftTypeSpec }> {
  const types = [...input.shiftTypes].sort((a, b) => a.startMinute - b.startMinute || a.id.localeCompare(b.id));
  return datesOfMonth(input.month).flatMap((date) =>
    types.filter((type) => runsOn(type, date, input.calendar)).map((type) => ({ slot: placeShift(`${date}/${type.id}`, date, type, input.calendar.timeZone), type })),
  );
}

function canWork(slot: PlacedShift, worked: PlacedShift[], absences: Absence[], input: RosterInput): boolean {
  if (absences.some((a) => overlaps(a, slot))) return false;
  if (worked.some((s) => overlaps(s, slot) || restHoursBetween(s, slot) < input.minRestHours)) return false;
  return slot.kind !== 'NIGHT' || nightStreakWith(slot.date, worked) <= input.maxConsecutiveNights;
}

/** Length of the run of consecutive nights that working a night on `date` would make. */
function nightStreakWith(date: string, worked: PlacedShift[]): number {
  const nights = new Set(worked.filter((s) => s.kind === 'NIGHT').map((s) => s.date));
  let streak = 1;
  for (let d = addDays(date, -1); nights.has(d); d = addDays(d, -1)) streak += 1;
  for (let d = addDays(date, 1); nights.has(d); d = addDays(d, 1)) streak += 1;
  return streak;
}

function burden(load: PersonLoad | undefined, kind: ShiftKind): number {
  if (!load) return 0;
  if (kind === 'NIGHT') return load.nights;
  if (kind === 'HOLIDAY_DUTY') return load.holidayDuties;
  return load.shifts;
}

function count1(load: PersonLoad | undefined, kind: ShiftKind): void {
  if (!load) return;
  load.shifts += 1;
  if (kind === 'NIGHT') load.nights += 1;
  if (kind === 'HOLIDAY_DUTY') load.holidayDuties += 1;
}

function sortedHeadcount(headcount: Headcount[]): Headcount[] {
  return [...headcount].sort((a, b) => a.jobType.localeCompare(b.jobType));
}

function leaderOnDuty(staffIds: string[], people: RosterPerson[]): string | null {
  const onShift = people.filter((p) => staffIds.includes(p.id));
  const ranked = onShift.sort((a, b) => Number(b.role === 'SHIFT_LEADER') - Number(a.role === 'SHIFT_LEADER') || b.skillLevel - a.skillLevel || a.id.localeCompare(b.id));
  return ranked[0]?.id ?? null;
}

function fairnessOf(people: RosterPerson[], types: ShiftTypeSpec[], loads: Map<string, PersonLoad>): Fairness {
  const all = people.map((p) => loads.get(p.id) as PersonLoad);
  const canWorkKind = (kind: ShiftKind) => {
    const jobTypes = new Set(types.filter((t) => t.kind === kind).flatMap((t) => t.minHeadcount.filter((h) => h.count > 0).map((h) => h.jobType)));
    return all.filter((load) => jobTypes.has(people.find((p) => p.id === load.staffId)?.jobType as JobType));
  };
  const rostered = all.filter((load) => types.some((t) => t.minHeadcount.some((h) => h.jobType === people.find((p) => p.id === load.staffId)?.jobType)));
  return {
    nightSpread: spread(canWorkKind('NIGHT').map((l) => l.nights)),
    holidayDutySpread: spread(canWorkKind('HOLIDAY_DUTY').map((l) => l.holidayDuties)),
    shiftSpread: spread(rostered.map((l) => l.shifts)),
    loads: all,
  };
}

function spread(values: number[]): number {
  return values.length ? Math.max(...values) - Math.min(...values) : 0;
}
