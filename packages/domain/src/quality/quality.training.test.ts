import { describe, expect, it } from 'vitest';
import { assessmentMachine, assessmentNextActions, finalAssessmentScore } from './quality.assessment-steps';
import { trainingPlanMachine, validateTrainingPlan, validateTrainingSession } from './quality.training';

describe('training plans', () => {
  it('needs a topic, agents once each, and a real date', () => {
    expect(validateTrainingPlan({ topic: '服务用语培训', agentIds: ['a'], plannedOn: '2026-12-10' })).toEqual([]);
    expect(validateTrainingPlan({ topic: ' ', agentIds: ['a', 'a'], plannedOn: '2026-02-30' }).map((v) => `${v.field}:${v.rule}`)).toEqual(['topic:required', 'agentIds:duplicate', 'plannedOn:invalidDate']);
    expect(validateTrainingPlan({ topic: 'x', agentIds: [], plannedOn: '2026-12-10' })).toEqual([{ rule: 'required', field: 'agentIds' }]);
  });

  it('is archived once and then never changes', () => {
    expect(trainingPlanMachine.allowedActions('PLANNED')).toEqual(['edit', 'archive']);
    expect(trainingPlanMachine.allowedActions('ARCHIVED')).toEqual([]);
  });

  it('records attendance of the plan’s agents only, an exam score 0–100 for those present', () => {
    const plan = ['a', 'b'];
    expect(validateTrainingSession({ heldOn: '2026-12-10', results: [{ staffId: 'a', attended: true, examScore: 92.5 }, { staffId: 'b', attended: false }] }, plan)).toEqual([]);
    const bad = validateTrainingSession(
      { heldOn: 'x', results: [{ staffId: 'c', attended: true }, { staffId: 'a', attended: false, examScore: 80 }, { staffId: 'a', attended: true, examScore: 100.01 }] },
      plan,
    );
    expect(bad.map((v) => `${v.field}:${v.rule}`)).toEqual(['heldOn:invalidDate', 'results.0.staffId:notInPlan', 'results.1.examScore:scoreWithoutAttendance', 'results.2.staffId:duplicate', 'results.2.examScore:outOfRange']);
  });
});

describe('assessment steps', () => {
  const manager = { id: 'm', role: 'DEPT_MANAGER' as const };
  it('lets a manager adjust and confirm another person’s computed assessment, and nothing once confirmed', () => {
    expect(assessmentNextActions('COMPUTED', manager, 'a')).toEqual(['adjust', 'confirm']);
    expect(assessmentNextActions('CONFIRMED', manager, 'a')).toEqual([]);
    expect(assessmentMachine.allowedActions('CONFIRMED')).toEqual([]);
  });

  it('never lets an inspector, an agent, or the assessed manager decide', () => {
    expect(assessmentNextActions('COMPUTED', { id: 'q', role: 'QA_INSPECTOR' }, 'a')).toEqual([]);
    expect(assessmentNextActions('COMPUTED', { id: 'a', role: 'AGENT' }, 'a')).toEqual([]);
    expect(assessmentNextActions('COMPUTED', manager, 'm')).toEqual([]);
  });

  it('counts the adjustment when there is one', () => {
    expect(finalAssessmentScore({ computedScore: 81.5, adjustedScore: null })).toBe(81.5);
    expect(finalAssessmentScore({ computedScore: 81.5, adjustedScore: 0 })).toBe(0);
  });
});
