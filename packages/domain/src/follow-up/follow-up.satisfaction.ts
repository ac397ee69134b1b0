import { atLocalTime } from '../calendar/local-time';
import type { Violation } from '../violation';

/** At most two years of months in one satisfaction report. */
export const SATISFACTION_MAX_MONTHS = 24;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months from `from` to `to`, both included ('2026-11', '2026-12'); empty when either is no month. */
export function monthsBetween(from: string, to: string): string[] {
  const [a, b] = [MONTH.exec(from), MONTH.exec(to)];
  if (!a || !b) return [];
  const months: string[] = [];
  for (let n = Number(a[1]) * 12 + Number(a[2]) - 1; n <= Number(b[1]) * 12 + Number(b[2]) - 1; n += 1) {
    months.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** A satisfaction report's months: well formed, in order, at most SATISFACTION_MAX_MONTHS. */
export function validateMonthRange(from: string, to: string): Violation[] {
  const violations: Violation[] = [];
  if (!MONTH.test(from)) violations.push({ rule: 'invalidMonth', field: 'fromMonth' });
  if (!MONTH.test(to)) violations.push({ rule: 'invalidMonth', field: 'toMonth' });
  if (violations.length > 0) return violations;
  const count = monthsBetween(from, to).length;
  if (count === 0) return [{ rule: 'endsBeforeStart', field: 'toMonth' }];
  return count > SATISFACTION_MAX_MONTHS ? [{ rule: 'outOfRange', field: 'toMonth', params: { max: SATISFACTION_MAX_MONTHS } }] : [];
}

/** Where each month starts in business time, and where the last one ends: the instants a report groups by. */
export function monthBoundaries(months: readonly string[], timeZone: string): Date[] {
  if (months.length === 0) return [];
  const [after] = monthsBetween(months[months.length - 1], '9999-12').slice(1, 2);
  return [...months, after].map((month) => atLocalTime(`${month}-01`, 0, timeZone));
}

export interface SatisfactionCounts {
  satisfied: number;
  average: number;
  unsatisfied: number;
  /** Mean score 1-5 of the scored answers, two decimals; null when none. */
  meanScore: number | null;
}

export function satisfactionCounts(row: { satisfied: number | string; average: number | string; unsatisfied: number | string; scoreSum: number | string | null; scored: number | string }): SatisfactionCounts {
  const scored = Number(row.scored);
  return {
    satisfied: Number(row.satisfied),
    average: Number(row.average),
    unsatisfied: Number(row.unsatisfied),
    meanScore: scored === 0 ? null : Math.round((Number(row.scoreSum) / scored) * 100) / 100,
  };
}
