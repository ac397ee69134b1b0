import { addDays } from '../calendar/local-time';
import type { Violation } from '../violation';
import type { Absence, Headcount, PlacedShift, RosterPerson } from './scheduling.types';
import { overlaps, restHoursBetween } from './shift-time';

/** A roster to check: shifts with their minimum headcount, and who works which. */
export interface RosterToCheck {
  shifts: Array<PlacedShift & { minHeadcount: Headcount[] }>;
  assignments: Array<{ shiftId: string; staffId: string }>;
  staff: RosterPerson[];
  absences: Absence[];
  minRestHours: number;
  maxConsecutiveNights: number;
}

/** Coverage: each shift has at least its minimum of each job type (soft: the generator reports, never forces, it). */
export function coverageViolations(shift: PlacedShift & { minHeadcount: Headcount[] }, workers: RosterPerson[]): Violation[] {
  return shift.minHeadcount.flatMap(({ jobType, count }) => {
    const assigned = workers.filter((w) => w.jobType === jobType).length;
    return assigned < count ? [{ rule: 'understaffed', field: 'shiftId', params: { shiftId: shift.shiftId, date: shift.date, jobType, required: count, assigned } }] : [];
  });
}

/** A person's shifts, in any order: no two overlap (one person cannot work two shifts at once). */
export function overlapViolations(staffId: string, shifts: PlacedShift[]): Violation[] {
  return pairsInOrder(shifts)
    .filter(([a, b]) => overlaps(a, b))
    .map(([a, b]) => ({ rule: 'overlappingShifts', field: 'staffId', params: { staffId, shiftId: b.shiftId, otherShiftId: a.shiftId } }));
}

/** Between the end of one shift and the start of the next a person rests at least `minRestHours`. */
export function restViolations(staffId: string, shifts: PlacedShift[], minRestHours: number): Violation[] {
  const sorted = byStart(shifts);
  return sorted.slice(1).flatMap((shift, i) => {
    const rest = restHoursBetween(sorted[i], shift);
    return rest >= 0 && rest < minRestHours
      ? [{ rule: 'insufficientRest', field: 'staffId', params: { staffId, shiftId: shift.shiftId, restHours: round(rest), minRestHours } }]
      : [];
  });
}

/** At most `max` night shifts on consecutive dates; one violation per streak that is too long. */
export function nightStreakViolations(staffId: string, shifts: PlacedShift[], max: number): Violation[] {
  const nights = [...new Set(shifts.filter((s) => s.kind === 'NIGHT').map((s) => s.date))].sort();
  const violations: Violation[] = [];
  let streak = 0;
  for (const [i, date] of nights.entries()) {
    streak = i > 0 && addDays(nights[i - 1], 1) === date ? streak + 1 : 1;
    const streakEnds = i === nights.length - 1 || addDays(date, 1) !== nights[i + 1];
    if (streakEnds && streak > max) violations.push({ rule: 'tooManyConsecutiveNights', field: 'staffId', params: { staffId, nights: streak, max, until: date } });
  }
  return violations;
}

/** Nobody is rostered while on approved leave. */
export function absenceViolations(staffId: string, shifts: PlacedShift[], absences: Absence[]): Violation[] {
  return shifts
    .filter((shift) => absences.some((a) => a.staffId === staffId && overlaps(a, shift)))
    .map((shift) => ({ rule: 'rosteredOnLeave', field: 'staffId', params: { staffId, shiftId: shift.shiftId } }));
}

/** The rules no roster may break, per person: overlaps, rest, night streaks, leave. */
export function hardRuleViolations(staffId: string, shifts: PlacedShift[], roster: Pick<RosterToCheck, 'absences' | 'minRestHours' | 'maxConsecutiveNights'>): Violation[] {
  return [
    ...overlapViolations(staffId, shifts),
    ...restViolations(staffId, shifts, roster.minRestHours),
    ...nightStreakViolations(staffId, shifts, roster.maxConsecutiveNights),
    ...absenceViolations(staffId, shifts, roster.absences),
  ];
}

/** Every violation of a roster: hard rules per person, then coverage per shift. */
export function checkRoster(roster: RosterToCheck): Violation[] {
  const shiftsById = new Map(roster.shifts.map((s) => [s.shiftId, s]));
  const staffById = new Map(roster.staff.map((p) => [p.id, p]));
  const byPerson = new Map<string, PlacedShift[]>();
  const byShift = new Map<string, RosterPerson[]>();
  for (const { shiftId, staffId } of roster.assignments) {
    const shift = shiftsById.get(shiftId);
    if (shift) byPerson.set(staffId, [...(byPerson.get(staffId) ?? []), shift]);
    const person = staffById.get(staffId);
    if (person) byShift.set(shiftId, [...(byShift.get(shiftId) ?? []), person]);
  }
  return [
    ...[...byPerson].flatMap(([staffId, shifts]) => hardRuleViolations(staffId, shifts, roster)),
    ...roster.shifts.flatMap((shift) => coverageViolations(shift, byShift.get(shift.shiftId) ?? [])),
  ];
}

function byStart(shifts: PlacedShift[]): PlacedShift[] {
  return [...shifts].sort((a, b) => a.start.getTime() - b.start.getTime() || a.shiftId.localeCompare(b.shiftId));
}

function pairsInOrder(shifts: PlacedShift[]): Array<[PlacedShift, PlacedShift]> {
  const sorted = byStart(shifts);
  const pairs: Array<[PlacedShift, PlacedShift]> = [];
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length && sorted[j].start.getTime() < sorted[i].end.getTime(); j += 1) pairs.push([sorted[i], sorted[j]]);
  }
  return pairs;
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
