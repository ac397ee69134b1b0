import { maxLength, requiredText } from '../rules';
import type { Violation } from '../violation';
import { defineMachine } from '../shared/state-machine';
import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';
import type { EvaluationAction, EvaluationStatus } from './quality.types';

/**
 * 质检评分: the inspector drafts and submits it; the agent acknowledges it or disputes it (申诉) with a
 * reason; the manager upholds the scores or revises them (the change audited). Upheld, revised and
 * acknowledged evaluations are final.
 */
export const evaluationMachine = defineMachine<EvaluationStatus, EvaluationAction>('evaluation', {
  DRAFT: { submit: 'SUBMITTED' },
  SUBMITTED: { acknowledge: 'ACKNOWLEDGED', dispute: 'DISPUTED' },
  DISPUTED: { uphold: 'UPHELD', revise: 'REVISED' },
  ACKNOWLEDGED: {},
  UPHELD: {},
  REVISED: {},
});

/** The API's steps (`QualityEvaluationAction`), one per mutation: submitQualityEvaluation, ..., reviseQualityEvaluation. */
export const EVALUATION_STEPS = {
  SUBMIT: ['submit'],
  ACKNOWLEDGE: ['acknowledge'],
  DISPUTE: ['dispute'],
  UPHOLD: ['uphold'],
  REVISE: ['revise'],
} as const satisfies StepTable<string, EvaluationAction>;

/** Who looks at an evaluation, and how they stand to it. */
export interface EvaluationViewer {
  role: Role;
  isInspector: boolean;
  isEvaluatedAgent: boolean;
}

const DECIDERS: readonly Role[] = ['DEPT_MANAGER', 'CENTER_DIRECTOR'];

export function mayTakeEvaluationAction(action: EvaluationAction, viewer: EvaluationViewer): boolean {
  if (action === 'submit') return viewer.isInspector;
  if (action === 'acknowledge' || action === 'dispute') return viewer.isEvaluatedAgent;
  // A manager never decides a dispute about their own evaluation: neither as the evaluated agent nor as its inspector.
  return DECIDERS.includes(viewer.role) && !viewer.isEvaluatedAgent && !viewer.isInspector;
}

export function evaluationNextActions(status: EvaluationStatus, viewer: EvaluationViewer): EvaluationAction[] {
  return evaluationMachine.allowedActions(status).filter((action) => mayTakeEvaluationAction(action, viewer));
}

/** Inspectors never evaluate themselves, and only QA inspectors and managers evaluate. */
export function checkEvaluator(evaluator: { id: string; role: Role }, agentId: string): Violation[] {
  if (evaluator.id === agentId) return [{ rule: 'noSelfEvaluation', field: 'agentId' }];
  if (!['QA_INSPECTOR', ...DECIDERS].includes(evaluator.role)) return [{ rule: 'notAnInspector', field: 'agentId' }];
  return [];
}

/** A dispute says why; so does a manager who revises the scores. */
export function checkEvaluationReason(reason: string | null | undefined): Violation[] {
  return [...requiredText('reason', reason), ...maxLength('reason', reason, 1000)];
}
