import { describe, expect, it } from 'vitest';
import { checkReportSubmission, isReportLate, reportDueDate, reportMachine, reportNextActions } from './report.machine';
import { MONTHLY_REPORT_SECTIONS } from './report.types';

describe('the monthly service report’s lifecycle', () => {
  it('is regenerated while a draft, submitted, then signed; a signed report is final', () => {
    expect(reportMachine.assertTransition('DRAFT', 'regenerate')).toBe('DRAFT');
    expect(reportMachine.assertTransition('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(reportMachine.assertTransition('SUBMITTED', 'returnToDraft')).toBe('DRAFT');
    expect(reportMachine.assertTransition('SUBMITTED', 'sign')).toBe('SIGNED');
    expect(reportMachine.allowedActions('SIGNED')).toEqual([]);
    expect(() => reportMachine.assertTransition('SIGNED', 'regenerate')).toThrow();
  });

  it('is written by leaders and signed by the managers, never by whoever submitted it', () => {
    expect(reportNextActions('DRAFT', 'SHIFT_LEADER', false)).toEqual(['regenerate', 'submit']);
    expect(reportNextActions('DRAFT', 'AGENT', false)).toEqual([]);
    expect(reportNextActions('SUBMITTED', 'DEPT_MANAGER', false)).toEqual(['sign', 'returnToDraft']);
    expect(reportNextActions('SUBMITTED', 'DEPT_MANAGER', true)).toEqual([]);
    expect(reportNextActions('SUBMITTED', 'SHIFT_LEADER', false)).toEqual([]);
  });

  it('is submitted with the commentary of every section', () => {
    const all = Object.fromEntries(MONTHLY_REPORT_SECTIONS.map((section) => [section, '本月情况说明']));
    expect(checkReportSubmission(all)).toEqual([]);
    expect(checkReportSubmission({ ...all, ESCALATIONS: ' ' })).toEqual([{ rule: 'commentaryMissing', field: 'commentary', params: { section: 'ESCALATIONS' } }]);
    expect(checkReportSubmission({})).toHaveLength(MONTHLY_REPORT_SECTIONS.length);
  });

  it('is due on the 22nd of the next month (across the new year too), and late after it', () => {
    expect(reportDueDate('2026-11', 22)).toBe('2026-12-22');
    expect(reportDueDate('2026-12', 22)).toBe('2027-01-22');
    expect(isReportLate('2026-12-22', '2026-12-22', '2026-12-30')).toBe(false);
    expect(isReportLate('2026-12-22', '2026-12-23', '2026-12-30')).toBe(true);
    expect(isReportLate('2026-12-22', null, '2026-12-21')).toBe(false);
    expect(isReportLate('2026-12-22', null, '2026-12-23')).toBe(true);
  });
});
