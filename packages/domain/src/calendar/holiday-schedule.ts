import type { Violation } from '../violation';
import type { CalendarDay } from './calendar.types';
import { localDate } from './local-time';

/** A day as the holidays table stores it. */
export interface StoredCalendarDay extends CalendarDay {
  id: string;
  version: number;
}

/**
 * What importing an official schedule would do to one year's stored days: add the dates not yet
 * stored, change the ones stored with another kind or name, and leave alone those already right
 * and those the department added itself (`kept`: an importer never deletes).
 */
export interface HolidayScheduleDiff<S extends StoredCalendarDay = StoredCalendarDay> {
  added: CalendarDay[];
  changed: Array<{ day: CalendarDay; current: S }>;
  unchanged: S[];
  kept: S[];
}

export function diffHolidaySchedule<S extends StoredCalendarDay>(stored: readonly S[], official: readonly CalendarDay[]): HolidayScheduleDiff<S> {
  const storedByDate = new Map(stored.map((day) => [day.date, day]));
  const officialDates = new Set(official.map((day) => day.date));
  const diff: HolidayScheduleDiff<S> = { added: [], changed: [], unchanged: [], kept: [] };
  for (const day of [...official].sort(byDate)) {
    const current = storedByDate.get(day.date);
    if (!current) diff.added.push(day);
    else if (current.kind !== day.kind || current.name !== day.name) diff.changed.push({ day, current });
    else diff.unchanged.push(current);
  }
  diff.kept = stored.filter((day) => !officialDates.has(day.date)).sort(byDate);
  return diff;
}

/**
 * The years whose public holidays are missing and should be announced today: this year, and from
 * the first day of `noticeMonth` (1-12) next year too. `yearsWithHolidays`: years with at least one HOLIDAY stored.
 */
export function yearsMissingHolidays(now: Date, timeZone: string, noticeMonth: number, yearsWithHolidays: readonly number[]): number[] {
  const today = localDate(now, timeZone);
  const year = Number(today.slice(0, 4));
  const due = Number(today.slice(5, 7)) >= noticeMonth ? [year, year + 1] : [year];
  return due.filter((y) => !yearsWithHolidays.includes(y));
}

/** 发布排班: a month of a year without public holidays would treat 元旦 or 春节 as working days. */
export function holidaysMissingViolations(month: string, yearsWithHolidays: readonly number[]): Violation[] {
  const year = Number(month.slice(0, 4));
  return yearsWithHolidays.includes(year) ? [] : [{ rule: 'holidaysMissingForYear', field: 'month', params: { year } }];
}

const byDate = (a: CalendarDay, b: CalendarDay) => a.date.localeCompare(b.date);
