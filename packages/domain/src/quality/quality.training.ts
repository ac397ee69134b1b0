import { maxLength, requiredText } from '../rules';
import { isLocalDate } from '../shared/local-date';
import { defineMachine } from '../shared/state-machine';
import type { StepTable } from '../shared/workflow-steps';
import type { Violation } from '../violation';

/** 培训计划: planned from a QA summary, held in sessions, then archived (kept, never deleted). */
export const TRAINING_PLAN_STATUSES = ['PLANNED', 'ARCHIVED'] as const;
export type TrainingPlanStatus = (typeof TRAINING_PLAN_STATUSES)[number];

export const TRAINING_PLAN_ACTIONS = ['edit', 'archive'] as const;
export type TrainingPlanAction = (typeof TRAINING_PLAN_ACTIONS)[number];

/** The API's steps (`TrainingPlanAction`): updateTrainingPlan, archiveTrainingPlan. */
export const TRAINING_PLAN_STEPS = { UPDATE: ['edit'], ARCHIVE: ['archive'] } as const satisfies StepTable<string, TrainingPlanAction>;
export type TrainingPlanStep = keyof typeof TRAINING_PLAN_STEPS;

/** An archived plan and its sessions are read-only. */
export const trainingPlanMachine = defineMachine<TrainingPlanStatus, TrainingPlanAction>('trainingPlan', {
  PLANNED: { edit: 'PLANNED', archive: 'ARCHIVED' },
  ARCHIVED: {},
});

/** At most this many agents in one plan (a department's agents, twice over). */
export const TRAINING_MAX_AGENTS = 200;

export interface TrainingPlanDraft {
  topic: string;
  dimension?: string | null;
  agentIds: readonly string[];
  plannedOn: string;
  note?: string | null;
}

export function validateTrainingPlan(draft: TrainingPlanDraft): Violation[] {
  const violations: Violation[] = [...requiredText('topic', draft.topic), ...maxLength('topic', draft.topic, 200), ...maxLength('dimension', draft.dimension, 40), ...maxLength('note', draft.note, 1000)];
  if (draft.agentIds.length === 0) violations.push({ rule: 'required', field: 'agentIds' });
  if (draft.agentIds.length > TRAINING_MAX_AGENTS) violations.push({ rule: 'tooMany', field: 'agentIds', params: { max: TRAINING_MAX_AGENTS } });
  if (new Set(draft.agentIds).size !== draft.agentIds.length) violations.push({ rule: 'duplicate', field: 'agentIds' });
  if (!isLocalDate(draft.plannedOn)) violations.push({ rule: 'invalidDate', field: 'plannedOn' });
  return violations;
}

export interface TrainingResultDraft {
  staffId: string;
  attended: boolean;
  /** 0–100, at most one decimal; only for someone who attended. */
  examScore?: number | null;
}

export interface TrainingSessionDraft {
  heldOn: string;
  note?: string | null;
  results: readonly TrainingResultDraft[];
}

/** A session's attendance lists only the plan's agents, each once; an exam score only for those present. */
export function validateTrainingSession(draft: TrainingSessionDraft, planAgentIds: readonly string[]): Violation[] {
  const violations: Violation[] = [...maxLength('note', draft.note, 1000)];
  if (!isLocalDate(draft.heldOn)) violations.push({ rule: 'invalidDate', field: 'heldOn' });
  const seen = new Set<string>();
  draft.results.forEach((result, index) => {
    const field = `results.${index}`;
    if (!planAgentIds.includes(result.staffId)) violations.push({ rule: 'notInPlan', field: `${field}.staffId` });
    if (seen.has(result.staffId)) violations.push({ rule: 'duplicate', field: `${field}.staffId` });
    seen.add(result.staffId);
    const score = result.examScore;
    if (score === null || score === undefined) return;
    if (!result.attended) violations.push({ rule: 'scoreWithoutAttendance', field: `${field}.examScore` });
    else if (!Number.isFinite(score) || score < 0 || score > 100 || Math.round(score * 10) !== score * 10) violations.push({ rule: 'outOfRange', field: `${field}.examScore`, params: { min: 0, max: 100 } });
  });
  return violations;
}
