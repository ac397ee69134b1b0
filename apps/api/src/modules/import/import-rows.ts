import type { ImportRowStatus, Violation } from '@sanxin/domain';
import type { StoredFieldError } from './import-job.entity';

/** A data row as read: its number in the file (the header is row 1) and its cells by field. */
export interface ReadRow {
  rowNumber: number;
  values: Record<string, string>;
}

/** What the dry run decided for a row. */
export interface CheckedRow extends ReadRow {
  status: ImportRowStatus;
  errors: StoredFieldError[];
  matchId: string | null;
  matchRow: number | null;
}

/** Rows are checked and imported this many at a time: one lookup per batch, one transaction per batch. */
export const BATCH_SIZE = 500;

/** The BAD_USER_INPUT field shape (shared/errors.ts), so a row's errors read like a form's. */
export function fieldErrors(violations: readonly Violation[], pathOf: (field: string) => string = (field) => field): StoredFieldError[] {
  return violations.map(({ field, rule, params }) => ({ path: field ? pathOf(field) : null, code: rule, params: params ?? null }));
}

export function batchesOf<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** An enum cell: its code (any case) or its zh-CN label as the exports write it; anything else stays as typed, for the domain's rule to refuse. */
export function enumCode(value: string | undefined, labels: Record<string, string>): string | undefined {
  if (value === undefined) return undefined;
  const code = Object.keys(labels).find((key) => key.toLowerCase() === value.toLowerCase() || labels[key] === value);
  return code ?? value;
}

export const checked = (row: ReadRow, status: ImportRowStatus, errors: StoredFieldError[] = [], match: { id?: string | null; row?: number | null } = {}): CheckedRow => ({
  ...row,
  status,
  errors,
  matchId: match.id ?? null,
  matchRow: match.row ?? null,
});
