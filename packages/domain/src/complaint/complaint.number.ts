import { localDate } from '../calendar/local-time';

/**
 * 投诉编号: `TS-<business day YYYYMMDD>-<sequence>`, e.g. TS-20261201-0042. The sequence counts the
 * complaints registered that business day from 1, four digits at least (more once past 9999).
 * Customers read it out on the phone, so it is short, has no letters beyond the prefix, and one
 * day's numbers sort in the order they were given.
 */
export const COMPLAINT_NUMBER_PREFIX = 'TS';

/** A whole number as a complaint would be written, with or without the dashes, any case. */
export const COMPLAINT_NUMBER_PATTERN = /^TS-?(\d{8})-?(\d{4,})$/i;

export function complaintNumber(businessDay: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(businessDay)) throw new Error(`Not a business day: ${businessDay}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Not a sequence: ${sequence}`);
  return `${COMPLAINT_NUMBER_PREFIX}-${businessDay.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

/** The business day a complaint registered at `at` is numbered in. */
export function complaintNumberDay(at: Date, timeZone: string): string {
  return localDate(at, timeZone);
}

/** A search text that is a whole complaint number, in its one stored spelling; null otherwise. */
export function normalizeComplaintNumber(text: string): string | null {
  const match = COMPLAINT_NUMBER_PATTERN.exec(text.trim());
  return match ? `${COMPLAINT_NUMBER_PREFIX}-${match[1]}-${match[2]}` : null;
}

/**
 * Numbers for complaints registered before numbering existed (a migration, demo data): each
 * business day from 1 in order of registration (then id). Returns the numbers by id and the last
 * sequence given per day, which the day counters start from.
 */
export function numberInOrder(rows: ReadonlyArray<{ id: string; registeredAt: Date }>, timeZone: string): { numbers: Map<string, string>; lastByDay: Map<string, number> } {
  const sorted = [...rows].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const numbers = new Map<string, string>();
  const lastByDay = new Map<string, number>();
  for (const row of sorted) {
    const day = complaintNumberDay(row.registeredAt, timeZone);
    const sequence = (lastByDay.get(day) ?? 0) + 1;
    lastByDay.set(day, sequence);
    numbers.set(row.id, complaintNumber(day, sequence));
  }
  return { numbers, lastByDay };
}
