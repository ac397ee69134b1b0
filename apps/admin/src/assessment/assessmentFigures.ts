import { type AssessmentAction, type AssessmentStatus, assessmentNextActions, type Role } from '@sanxin/domain';
import type { MonthlyAssessmentRow } from './assessmentQueries';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The records behind one part of an assessment, as a sentence ("按时 8 / 应回访 10"). */
export function partFigures(row: MonthlyAssessmentRow, part: string, translate: Translate): string {
  switch (part) {
    case 'qa':
      return translate('app.assessment.figures.qa', { average: row.qaAverage ?? '—', count: row.qaEvaluations });
    case 'followUpTimeliness':
      return translate('app.assessment.figures.followUpTimeliness', { onTime: row.followUpsOnTime, due: row.followUpsDue });
    case 'complaintTimeliness':
      return translate('app.assessment.figures.complaintTimeliness', { within: row.complaintsWithinDeadline, closed: row.complaintsClosed });
    case 'satisfaction':
      return translate('app.assessment.figures.satisfaction', { satisfied: row.satisfied, answers: row.satisfactionAnswers });
    case 'discipline':
      return translate('app.assessment.figures.discipline', { violations: row.violations, points: row.pointsPerViolation });
    default:
      return '';
  }
}

/** A part's weight as its share of all five, the way the score weighs it ("30%"). */
export function weightShare(parts: MonthlyAssessmentRow['parts'], weight: number): string {
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  return total === 0 ? '—' : `${Math.round((100 * weight) / total)}%`;
}

/** What this viewer may do with the row: the domain's rule (managers, never on their own), as the API enforces it. */
export const actionsFor = (row: Pick<MonthlyAssessmentRow, 'status' | 'staffId'>, viewer: { id: string; role: Role }): AssessmentAction[] =>
  assessmentNextActions(row.status as AssessmentStatus, viewer, row.staffId);

/** The month before `month` (YYYY-MM): the page opens on the last finished month, the one to assess. */
export function previousMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}
