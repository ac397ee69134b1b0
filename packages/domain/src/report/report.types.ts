export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'SIGNED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['regenerate', 'submit', 'sign', 'returnToDraft'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * The monthly service report's sections (月服务报告), in order. None can be removed: the report is
 * objective (不能只报喜不报忧), so a month without escalations still says "none".
 */
export const MONTHLY_REPORT_SECTIONS = [
  'COMPLAINTS_BY_CATEGORY',
  'TIME_TO_RESOLUTION',
  'DEADLINE_COMPLIANCE',
  'ESCALATIONS',
  'URGES',
  'SATISFACTION',
  'QUALITY_AND_VIOLATIONS',
  'WORKLOAD',
  'NOTABLE_CASES',
] as const;
export type MonthlyReportSection = (typeof MONTHLY_REPORT_SECTIONS)[number];
