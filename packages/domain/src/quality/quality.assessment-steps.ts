import { maxLength } from '../rules';
import { defineMachine } from '../shared/state-machine';
import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';

/** 月考核: computed from the month's records, then confirmed (认定) by a manager; a confirmed one is final. */
export const ASSESSMENT_STATUSES = ['COMPUTED', 'CONFIRMED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_ACTIONS = ['adjust', 'confirm'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

/** The API's steps (`MonthlyAssessmentAction`), one per mutation: adjustMonthlyAssessment, confirmMonthlyAssessment. */
export const ASSESSMENT_STEPS = { ADJUST: ['adjust'], CONFIRM: ['confirm'] } as const satisfies StepTable<string, AssessmentAction>;
export type AssessmentStep = keyof typeof ASSESSMENT_STEPS;

export const assessmentMachine = defineMachine<AssessmentStatus, AssessmentAction>('monthlyAssessment', {
  COMPUTED: { adjust: 'COMPUTED', confirm: 'CONFIRMED' },
  CONFIRMED: {},
});

const ASSESSORS: readonly Role[] = ['DEPT_MANAGER', 'CENTER_DIRECTOR'];

/** Managers adjust and confirm, never their own assessment; QA inspectors compute but never decide. */
export function mayTakeAssessmentAction(_action: AssessmentAction, viewer: { id: string; role: Role }, staffId: string): boolean {
  return ASSESSORS.includes(viewer.role) && viewer.id !== staffId;
}

export function assessmentNextActions(status: AssessmentStatus, viewer: { id: string; role: Role }, staffId: string): AssessmentAction[] {
  return assessmentMachine.allowedActions(status).filter((action) => mayTakeAssessmentAction(action, viewer, staffId));
}

/** The score that counts: the manager's adjustment when there is one. */
export function finalAssessmentScore(assessment: { computedScore: number; adjustedScore: number | null }): number {
  return assessment.adjustedScore ?? assessment.computedScore;
}

/** A confirmation may carry a note. */
export function checkAssessmentNote(note: string | null | undefined): Violation[] {
  return maxLength('note', note, 500);
}
