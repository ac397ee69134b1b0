import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { defineMachine } from '../shared/state-machine';
import { MONTHLY_REPORT_SECTIONS, type MonthlyReportSection, type ReportAction, type ReportStatus } from './report.types';

/**
 * 月服务报告: generated as a frozen snapshot (regenerated while a draft), submitted by the leader with
 * the commentary written, signed by the manager. A signed report never changes: a correction is a new
 * version that keeps the old one.
 */
export const reportMachine = defineMachine<ReportStatus, ReportAction>('monthlyReport', {
  DRAFT: { regenerate: 'DRAFT', submit: 'SUBMITTED' },
  SUBMITTED: { sign: 'SIGNED', returnToDraft: 'DRAFT' },
  SIGNED: {},
});

const WRITERS: readonly Role[] = ['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR'];
const SIGNERS: readonly Role[] = ['DEPT_MANAGER', 'CENTER_DIRECTOR'];

/** Leaders write and submit; the managers sign or send it back; nobody signs a report they submitted themselves. */
export function mayTakeReportAction(action: ReportAction, role: Role, isSubmitter: boolean): boolean {
  if (action === 'regenerate' || action === 'submit') return WRITERS.includes(role);
  return SIGNERS.includes(role) && !isSubmitter;
}

export function reportNextActions(status: ReportStatus, role: Role, isSubmitter: boolean): ReportAction[] {
  return reportMachine.allowedActions(status).filter((action) => mayTakeReportAction(action, role, isSubmitter));
}

/** A report is submitted with every section's commentary written: the objective account needs words, not only numbers. */
export function checkReportSubmission(commentary: Partial<Record<MonthlyReportSection, string | null>>): Violation[] {
  return MONTHLY_REPORT_SECTIONS.filter((section) => (commentary[section]?.trim() ?? '') === '').map((section) => ({ rule: 'commentaryMissing', field: 'commentary', params: { section } }));
}

/** Due on `dueDay` (22nd by default) of the month after the reported one, e.g. 2026-11 → 2026-12-22. */
export function reportDueDate(month: string, dueDay: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const next = monthNumber === 12 ? { year: year + 1, month: 1 } : { year, month: monthNumber + 1 };
  return `${next.year}-${String(next.month).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`;
}

/** Submitted after its due date (a business-time local date), or still not submitted once it has passed. */
export function isReportLate(dueDate: string, submittedOn: string | null, today: string): boolean {
  return (submittedOn ?? today) > dueDate;
}
