import { isWorkingDay } from '../calendar/calendar.rules';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { addDays } from '../calendar/local-time';
import type { CareCadence } from './follow-up.types';

/** A care period: a month (`2026-12`) or a quarter (`2026-Q4`), with its first and last day. */
export interface CarePeriod {
  key: string;
  start: string;
  end: string;
}

export function carePeriod(date: string, cadence: Exclude<CareCadence, 'NONE'>): CarePeriod {
  const [year, month] = date.split('-').map(Number);
  const firstMonth = cadence === 'MONTHLY' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const months = cadence === 'MONTHLY' ? 1 : 3;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextStart = new Date(Date.UTC(year, firstMonth - 1 + months, 1)).toISOString().slice(0, 10);
  const key = cadence === 'MONTHLY' ? start.slice(0, 7) : `${year}-Q${(firstMonth + 2) / 3}`;
  return { key, start, end: addDays(nextStart, -1) };
}

/** A period key as typed (`2026-12`, `2026-Q4`): the period, or null when it is not one. */
export function parseCarePeriod(key: string): CarePeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) return carePeriod(`${key}-01`, 'MONTHLY');
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return carePeriod(`${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`, 'QUARTERLY');
  return null;
}

/** 重点客户: the tiers whose follow-up coverage must be 100% (DOMAIN §2: A = key customer). */
export const KEY_CUSTOMER_TIERS = ['A'] as const;

/**
 * Bulk assignment of coverage gaps: customers spread evenly over the agents, in order (the first
 * gap to the first agent, and so on round the list).
 */
export function spreadOverAssignees<T>(items: readonly T[], assigneeIds: readonly string[]): Array<{ item: T; assigneeId: string }> {
  if (assigneeIds.length === 0) return [];
  return items.map((item, index) => ({ item, assigneeId: assigneeIds[index % assigneeIds.length] }));
}

export function firstWorkingDay(period: CarePeriod, calendar: BusinessCalendar): string {
  let date = period.start;
  while (date <= period.end && !isWorkingDay(date, calendar)) date = addDays(date, 1);
  return date;
}

/**
 * 定期关怀 of key customers: the period whose care calls are due on `today`, or null. Due from the
 * first working day of the period to its end, so a job that missed days (an outage) still creates
 * them; the trigger key makes a second run create none.
 */
export function dueCarePeriod(today: string, cadence: CareCadence, calendar: BusinessCalendar): CarePeriod | null {
  if (cadence === 'NONE') return null;
  const period = carePeriod(today, cadence);
  return today >= firstWorkingDay(period, calendar) ? period : null;
}

/** 100% of key customers followed up: which of them have a completed follow-up in the period, and the share. */
export interface Coverage {
  total: number;
  covered: number;
  /** 0-100, one decimal; 100 when there is nobody to cover. */
  percent: number;
  gaps: string[];
}

export function followUpCoverage(keyCustomerIds: readonly string[], followedUp: ReadonlySet<string>): Coverage {
  const gaps = keyCustomerIds.filter((id) => !followedUp.has(id));
  const total = keyCustomerIds.length;
  const covered = total - gaps.length;
  return { total, covered, percent: total === 0 ? 100 : Math.round((covered / total) * 1000) / 10, gaps };
}
