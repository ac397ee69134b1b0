import { describe, expect, it } from 'vitest';
import type { Role } from '../staff/staff.types';
import { actionsOf, stepsOf } from '../shared/workflow-steps';
import { checkEvaluationReason, checkEvaluator, EVALUATION_STEPS, evaluationMachine, evaluationNextActions, type EvaluationViewer } from './quality.machine';

const viewer = (role: Role, how: Partial<EvaluationViewer> = {}): EvaluationViewer => ({ role, isInspector: false, isEvaluatedAgent: false, ...how });
const inspector = viewer('QA_INSPECTOR', { isInspector: true });
const agent = viewer('AGENT', { isEvaluatedAgent: true });
const manager = viewer('DEPT_MANAGER');

describe('an evaluation’s steps', () => {
  it('go draft → submitted → acknowledged, or disputed → upheld or revised, and end there', () => {
    expect(evaluationMachine.assertTransition('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(evaluationMachine.assertTransition('SUBMITTED', 'acknowledge')).toBe('ACKNOWLEDGED');
    expect(evaluationMachine.assertTransition('SUBMITTED', 'dispute')).toBe('DISPUTED');
    expect(evaluationMachine.assertTransition('DISPUTED', 'uphold')).toBe('UPHELD');
    expect(evaluationMachine.assertTransition('DISPUTED', 'revise')).toBe('REVISED');
    for (const final of ['ACKNOWLEDGED', 'UPHELD', 'REVISED'] as const) expect(evaluationMachine.allowedActions(final)).toEqual([]);
    expect(() => evaluationMachine.assertTransition('ACKNOWLEDGED', 'dispute')).toThrow(/cannot dispute/);
  });

  it('belong to the inspector (submit), the evaluated agent (acknowledge, dispute) and the managers (decide a dispute)', () => {
    expect(evaluationNextActions('DRAFT', inspector)).toEqual(['submit']);
    expect(evaluationNextActions('DRAFT', agent)).toEqual([]);
    expect(evaluationNextActions('SUBMITTED', agent)).toEqual(['acknowledge', 'dispute']);
    expect(evaluationNextActions('SUBMITTED', viewer('AGENT'))).toEqual([]);
    expect(evaluationNextActions('SUBMITTED', inspector)).toEqual([]);
    expect(evaluationNextActions('DISPUTED', manager)).toEqual(['uphold', 'revise']);
    expect(evaluationNextActions('DISPUTED', viewer('CENTER_DIRECTOR'))).toEqual(['uphold', 'revise']);
    expect(evaluationNextActions('DISPUTED', inspector)).toEqual([]);
    expect(evaluationNextActions('DISPUTED', viewer('DEPT_MANAGER', { isEvaluatedAgent: true }))).toEqual([]);
    expect(evaluationNextActions('DISPUTED', viewer('DEPT_MANAGER', { isInspector: true }))).toEqual([]);
  });
});

describe('who evaluates', () => {
  it('never themselves, and only inspectors and managers', () => {
    expect(checkEvaluator({ id: 'qa1', role: 'QA_INSPECTOR' }, 'agent1')).toEqual([]);
    expect(checkEvaluator({ id: 'm1', role: 'DEPT_MANAGER' }, 'agent1')).toEqual([]);
    expect(checkEvaluator({ id: 'qa1', role: 'QA_INSPECTOR' }, 'qa1')).toEqual([{ rule: 'noSelfEvaluation', field: 'agentId' }]);
    expect(checkEvaluator({ id: 'l1', role: 'SHIFT_LEADER' }, 'agent1')).toEqual([{ rule: 'notAnInspector', field: 'agentId' }]);
  });

  it('a dispute or a revision says why, in at most 1,000 characters (emoji count as one)', () => {
    expect(checkEvaluationReason('  ')).toEqual([{ rule: 'required', field: 'reason' }]);
    expect(checkEvaluationReason('录音里客户先挂断，不是我的问题')).toEqual([]);
    expect(checkEvaluationReason('😀'.repeat(1000))).toEqual([]);
    expect(checkEvaluationReason('😀'.repeat(1001))).toEqual([{ rule: 'tooLong', field: 'reason', params: { max: 1000 } }]);
  });
});

describe('the API’s step names', () => {
  it('name one step per action, each the screaming form of it', () => {
    expect(stepsOf(EVALUATION_STEPS, ['dispute', 'revise'])).toEqual(['DISPUTE', 'REVISE']);
    expect(actionsOf(EVALUATION_STEPS, ['SUBMIT', 'LATER_STEP'])).toEqual(['submit']);
  });
});
