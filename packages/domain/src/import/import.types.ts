/** 批量导入 (imports of customers with contacts, and of contracts): a dry run, then the valid rows in batches. */
export const IMPORT_KINDS = ['CUSTOMERS', 'CONTRACTS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** DRY_RUN: checked, nothing written yet; IMPORTING: batches under way (or stopped half-way; running again resumes). */
export const IMPORT_JOB_STATUSES = ['DRY_RUN', 'IMPORTING', 'DONE', 'FAILED', 'CANCELLED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** SKIPPED: a valid row not imported because the job was cancelled first. */
export const IMPORT_ROW_STATUSES = ['VALID', 'INVALID', 'DUPLICATE', 'IMPORTED', 'SKIPPED'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const IMPORT_JOB_ACTIONS = ['RUN', 'CANCEL'] as const;
export type ImportJobAction = (typeof IMPORT_JOB_ACTIONS)[number];

/**
 * A dry run may be imported or cancelled; an import that failed half-way may be run again (imported
 * rows are skipped) or cancelled; one under way may only be cancelled (it stops after its batch).
 */
export function importJobActions(status: ImportJobStatus): ImportJobAction[] {
  if (status === 'DRY_RUN' || status === 'FAILED') return ['RUN', 'CANCEL'];
  if (status === 'IMPORTING') return ['CANCEL'];
  return [];
}

/** The file an import reads: at most this many bytes and data rows. */
export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, rows: 10_000 } as const;
