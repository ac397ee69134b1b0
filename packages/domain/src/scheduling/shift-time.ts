import { isPublicHoliday, isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays, atLocalTime, localDate } from '../calendar/local-time';
import type { PlacedShift, ShiftTypeSpec } from './scheduling.types';

const HOUR = 3_600_000;

export function crossesMidnight(type: Pick<ShiftTypeSpec, 'startMinute' | 'endMinute'>): boolean {
  return type.endMinute <= type.startMinute;
}

/** The shift's instants: a night shift starting on the 31st ends on the 1st of the next month. */
export function placeShift(shiftId: string, date: string, type: Pick<ShiftTypeSpec, 'kind' | 'startMinute' | 'endMinute'>, timeZone: string): PlacedShift {
  const endDate = crossesMidnight(type) ? addDays(date, 1) : date;
  return { shiftId, date, kind: type.kind, start: atLocalTime(date, type.startMinute, timeZone), end: atLocalTime(endDate, type.endMinute, timeZone) };
}

/** Whether a shift type runs on a date: make-up working days work even on a weekend, holidays rest even on a weekday. */
export function runsOn(type: Pick<ShiftTypeSpec, 'days'>, date: string, calendar: BusinessCalendar): boolean {
  if (type.days === 'EVERY_DAY') return true;
  return isWorkingDay(date, calendar) === (type.days === 'WORKING_DAYS');
}

/** Any part of the shift on a public holiday: a night shift starting on the eve of one ends on it. */
export function touchesPublicHoliday(shift: Pick<PlacedShift, 'date' | 'end'>, calendar: BusinessCalendar): boolean {
  const lastDate = localDate(new Date(shift.end.getTime() - 1), calendar.timeZone);
  return isPublicHoliday(shift.date, calendar) || isPublicHoliday(lastDate, calendar);
}

/** Every date of a month ('2026-02' → 28 dates). */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const dates: string[] = [];
  for (let date = first; date.startsWith(month); date = addDays(date, 1)) dates.push(date);
  return dates;
}

export function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** Hours between the end of one shift and the start of the other, whichever comes first (negative when they overlap). */
export function restHoursBetween(a: { start: Date; end: Date }, b: { start: Date; end: Date }): number {
  const [first, second] = a.start.getTime() <= b.start.getTime() ? [a, b] : [b, a];
  return (second.start.getTime() - first.end.getTime()) / HOUR;
}
