import { isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, localDate } from '../calendar/local-time';
import type { Violation } from '../violation';
import type { PlacedShift, RosterPerson, WorkingTimeRules } from './scheduling.types';
import { datesOfMonth } from './shift-time';

const HOUR = 3_600_000;
const WEEK = 7;

export const shiftHours = (shift: { start: Date; end: Date }): number => (shift.end.getTime() - shift.start.getTime()) / HOUR;

/** The local dates any minute of the shift falls on: a night shift works on two dates. */
export function datesWorked(shift: { start: Date; end: Date }, timeZone: string): string[] {
  const last = localDate(new Date(shift.end.getTime() - 1), timeZone);
  const dates: string[] = [];
  for (let date = localDate(shift.start, timeZone); date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Hours of the shifts that start in `month` (YYYY-MM): a night crossing into the next month counts where it starts. */
export function monthlyHours(shifts: readonly Pick<PlacedShift, 'date' | 'start' | 'end'>[], month: string): number {
  return shifts.filter((s) => s.date.startsWith(month)).reduce((sum, s) => sum + shiftHours(s), 0);
}

/** The month's standard hours: its working days (holidays off, 调休 make-up days on) at a fifth of the standard week each. */
export function standardHoursOf(month: string, calendar: BusinessCalendar, weeklyStandardHours: number): number {
  return (datesOfMonth(month).filter((date) => isWorkingDay(date, calendar)).length * weeklyStandardHours) / 5;
}

export function monthlyHoursViolations(staffId: string, shifts: readonly PlacedShift[], month: string, max: number): Violation[] {
  const hours = monthlyHours(shifts, month);
  return hours > max ? [{ rule: 'monthlyHoursExceeded', field: 'staffId', params: { staffId, month, hours: round(hours), max } }] : [];
}

/** Whether 7 consecutive dates would hold fewer than `minDaysOff` dates free of work once `added` dates are worked too. */
export function breaksDaysOff(worked: { has(date: string): boolean }, added: readonly string[], minDaysOff: number): boolean {
  if (minDaysOff <= 0 || added.length === 0) return false;
  const last = addDays(added[added.length - 1], WEEK - 1);
  const busy: boolean[] = [];
  for (let date = addDays(added[0], -(WEEK - 1)); date <= last; date = addDays(date, 1)) busy.push(worked.has(date) || added.includes(date));
  for (let start = 0; start + WEEK <= busy.length; start += 1) {
    if (WEEK - busy.slice(start, start + WEEK).filter(Boolean).length < minDaysOff) return true;
  }
  return false;
}

/**
 * 每周至少休息一日: in any 7 consecutive dates a person has at least `minDaysOff` dates with no
 * work at all (the morning a night shift ends is work). One violation per run of such weeks, naming
 * the first; only weeks that touch `within` (inclusive dates) when given.
 */
export function daysOffViolations(staffId: string, shifts: readonly PlacedShift[], minDaysOff: number, timeZone: string, within?: { from: string; to: string }): Violation[] {
  if (minDaysOff <= 0 || shifts.length === 0) return [];
  const worked = new Set(shifts.flatMap((s) => datesWorked(s, timeZone)));
  const dates = [...worked].sort();
  const from = within ? maxDate(addDays(within.from, -(WEEK - 1)), addDays(dates[0], -(WEEK - 1))) : addDays(dates[0], -(WEEK - 1));
  const to = within ? minDate(within.to, dates[dates.length - 1]) : dates[dates.length - 1];
  const violations: Violation[] = [];
  let inRun = false;
  for (let start = from; start <= to; start = addDays(start, 1)) {
    let daysOff = 0;
    for (let i = 0; i < WEEK; i += 1) if (!worked.has(addDays(start, i))) daysOff += 1;
    const short = daysOff < minDaysOff;
    if (short && !inRun) violations.push({ rule: 'tooFewDaysOff', field: 'staffId', params: { staffId, from: start, to: addDays(start, WEEK - 1), daysOff, minDaysOff } });
    inRun = short;
  }
  return violations;
}

/** A person's month in hours: worked, standard, overtime above the standard, the ceiling, and the working-time rules broken. */
export interface MonthlyWorkload {
  staffId: string;
  shifts: number;
  hours: number;
  standardHours: number;
  overtimeHours: number;
  /** Null for a person without a job type (nobody rosters them). */
  maxHours: number | null;
  violations: Violation[];
}

/** `shifts`: the person's shifts in and around the month (a week either side counts for days off at its edges). */
export function monthlyWorkload(person: Pick<RosterPerson, 'id' | 'jobType'>, shifts: readonly PlacedShift[], month: string, calendar: BusinessCalendar, rules: WorkingTimeRules): MonthlyWorkload {
  const inMonth = shifts.filter((s) => s.date.startsWith(month));
  const hours = monthlyHours(inMonth, month);
  const standardHours = standardHoursOf(month, calendar, rules.weeklyStandardHours);
  const maxHours = person.jobType ? rules.maxMonthlyHours[person.jobType] : null;
  const dates = datesOfMonth(month);
  const violations = [
    ...(maxHours === null ? [] : monthlyHoursViolations(person.id, inMonth, month, maxHours)),
    ...(person.jobType ? daysOffViolations(person.id, shifts, rules.minDaysOffPerWeek[person.jobType], calendar.timeZone, { from: dates[0], to: dates[dates.length - 1] }) : []),
  ];
  return { staffId: person.id, shifts: inMonth.length, hours: round(hours), standardHours: round(standardHours), overtimeHours: round(Math.max(0, hours - standardHours)), maxHours, violations };
}

const round = (hours: number) => Math.round(hours * 100) / 100;
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
