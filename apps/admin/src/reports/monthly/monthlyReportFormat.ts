import { MONTHLY_REPORT_MEASURES, type MonthlyReportMeasure } from '@sanxin/domain';

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A figure as its column's unit reads: counts whole and grouped, percentages, hours and scores with
 * one decimal (the column's label already names the unit); null (no basis) is a dash.
 */
export function formatFigure(measure: MonthlyReportMeasure, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  switch (MONTHLY_REPORT_MEASURES[measure]) {
    case 'COUNT':
      return COUNT.format(value);
    case 'PERCENT':
      return `${ONE_DECIMAL.format(value)}%`;
    default:
      return ONE_DECIMAL.format(value);
  }
}

/** Where a figure leads: the route with react-admin's ?filter= (as the home screen's items). */
export function figureLink(link: { route: string; filter?: string | null } | null | undefined): string | null {
  if (!link) return null;
  return link.filter ? `${link.route}?filter=${encodeURIComponent(link.filter)}` : link.route;
}

/** The month before `month` (YYYY-MM): the report one writes at the start of a month. */
export function monthBefore(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

/** The mutation step of each action the API offers (MonthlyReportAction). */
export const STEP_OF_ACTION = {
  REGENERATE: 'regenerate',
  SUBMIT: 'submit',
  SIGN: 'sign',
  RETURN_TO_DRAFT: 'returnToDraft',
  CORRECT: 'correct',
} as const;
