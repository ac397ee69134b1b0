import type { Violation } from '../violation';
import { CALENDAR_DAY_KINDS, type BusinessCalendar, type CalendarDay } from './calendar.types';
import { addDays, atLocalTime, localDate, weekday } from './local-time';

const MINUTE = 60_000;
/** A deadline further than this many days of holidays away is a configuration error, not a date. */
const MAX_DAYS_SCANNED = 3660;
const indexes = new WeakMap<BusinessCalendar, Map<string, CalendarDay>>();

function dayOf(date: string, calendar: BusinessCalendar): CalendarDay | undefined {
  let index = indexes.get(calendar);
  if (!index) {
    index = new Map(calendar.days.map((day) => [day.date, day]));
    indexes.set(calendar, index);
  }
  return index.get(date);
}

export function isPublicHoliday(date: string, calendar: BusinessCalendar): boolean {
  return dayOf(date, calendar)?.kind === 'HOLIDAY';
}

/** Monday to Friday, except public holidays; a make-up working day (调休上班) works even on a weekend. */
export function isWorkingDay(date: string, calendar: BusinessCalendar): boolean {
  const kind = dayOf(date, calendar)?.kind;
  if (kind) return kind === 'MAKEUP_WORKDAY';
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

function workingWindow(date: string, calendar: BusinessCalendar): [number, number] | null {
  if (!isWorkingDay(date, calendar)) return null;
  return [atLocalTime(date, calendar.workdayStartMinute, calendar.timeZone).getTime(), atLocalTime(date, calendar.workdayEndMinute, calendar.timeZone).getTime()];
}

/** The instant `hours` of working time after `start` (限时办结 in business time). */
export function addBusinessHours(start: Date, hours: number, calendar: BusinessCalendar): Date {
  let remaining = hours * 60 * MINUTE;
  let cursor = start.getTime();
  let date = localDate(start, calendar.timeZone);
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned += 1, date = addDays(date, 1)) {
    const window = workingWindow(date, calendar);
    if (!window) continue;
    const from = Math.max(cursor, window[0]);
    if (from >= window[1]) continue;
    if (remaining <= window[1] - from) return new Date(from + remaining);
    remaining -= window[1] - from;
    cursor = window[1];
  }
  throw new RangeError('No working time found within ten years: check the calendar');
}

/** Working hours between two instants (0 when `to` is not after `from`). */
export function businessHoursBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  let total = 0;
  const end = to.getTime();
  let date = localDate(from, calendar.timeZone);
  const lastDate = localDate(to, calendar.timeZone);
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED && date <= lastDate; scanned += 1, date = addDays(date, 1)) {
    const window = workingWindow(date, calendar);
    if (window) total += Math.max(0, Math.min(end, window[1]) - Math.max(from.getTime(), window[0]));
  }
  return total / (60 * MINUTE);
}

export function validateCalendarDay(draft: Partial<CalendarDay>): Violation[] {
  const violations: Violation[] = [];
  if (!draft.date || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || addDays(draft.date, 0) !== draft.date) violations.push({ rule: 'invalidDate', field: 'date' });
  if (!draft.kind || !(CALENDAR_DAY_KINDS as readonly string[]).includes(draft.kind)) violations.push({ rule: 'invalidChoice', field: 'kind' });
  if (!draft.name?.trim()) violations.push({ rule: 'required', field: 'name' });
  else if (Array.from(draft.name).length > 50) violations.push({ rule: 'tooLong', field: 'name', params: { max: 50 } });
  return violations;
}

/** The first working day after `date` (weekends and public holidays skipped, make-up working days count). */
export function nextWorkingDay(date: string, calendar: BusinessCalendar): string {
  for (let d = addDays(date, 1), n = 0; n < MAX_DAYS_SCANNED; d = addDays(d, 1), n++) if (isWorkingDay(d, calendar)) return d;
  throw new Error(`No working day within ${MAX_DAYS_SCANNED} days after ${date}`);
}
