import { addDays, atLocalTime, monthsBetween, type Violation } from '@sanxin/domain';
import { dayBounds } from '../report';

/** At most two years in one analysis, as the satisfaction report. */
export const ANALYTICS_MAX_MONTHS = 24;
export const ANALYTICS_MAX_CATEGORIES = 50;

export interface AnalyticsPeriod {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  /** YYYY-MM of each month touched by the period. */
  months: string[];
  /** The instants cutting the period into its months: the period's start, each later month's first instant, the period's end. */
  bounds: Date[];
  previousStart: Date;
}

export function validatePeriod(from: string, to: string, categoryIds: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  if (to < from) violations.push({ rule: 'endsBeforeStart', field: 'to' });
  else if (monthsBetween(from.slice(0, 7), to.slice(0, 7)).length > ANALYTICS_MAX_MONTHS)
    violations.push({ rule: 'outOfRange', field: 'to', params: { min: 1, max: ANALYTICS_MAX_MONTHS } });
  if (categoryIds.length > ANALYTICS_MAX_CATEGORIES) violations.push({ rule: 'tooMany', field: 'categoryIds', params: { max: ANALYTICS_MAX_CATEGORIES } });
  return violations;
}

/** The period's months and bounds in business time, and the previous period of equal length (the days just before). */
export function analyticsPeriod(from: string, to: string, timeZone: string): AnalyticsPeriod {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
  const start = dayBounds(from, timeZone).start;
  const bounds = [start, ...months.slice(1).map((month) => atLocalTime(`${month}-01`, 0, timeZone)), dayBounds(to, timeZone).end];
  const previousFrom = addDays(from, -days);
  return { from, to, previousFrom, previousTo: addDays(from, -1), months, bounds, previousStart: dayBounds(previousFrom, timeZone).start };
}
