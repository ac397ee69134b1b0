import type { FollowUpTrigger } from '../follow-up/follow-up.types';
import { unknownPlaceholders } from '../follow-up/follow-up.script';
import { maxLength, notCleared, oneOf, requiredText } from '../rules';
import type { Violation } from '../violation';
import {
  type AnswerBranch,
  CALL_TYPES,
  type CallScriptDraft,
  type CallType,
  SCRIPT_BRANCHES,
  SCRIPT_SITUATIONS,
  SCRIPT_STEP_KINDS,
  type ScriptStep,
} from './call-script.types';

export const CALL_SCRIPT_LIMITS = { name: 100, text: 1000, steps: 40, phrases: 40 } as const;

/**
 * A script an agent can read out: a name, at least one step, every text within limits and with only
 * the placeholders `renderScript` fills (a typo like `{姓名}` would be read to the customer as is).
 */
export function validateCallScript(draft: CallScriptDraft, mode: 'create' | 'update'): Violation[] {
  const steps = draft.steps;
  const phrases = draft.phrases;
  return [
    ...(mode === 'create' ? requiredText('name', draft.name) : notCleared('name', draft.name)),
    ...(draft.name != null && mode === 'update' && draft.name.trim() === '' ? [{ rule: 'required', field: 'name' }] : []),
    ...maxLength('name', draft.name, CALL_SCRIPT_LIMITS.name),
    ...(mode === 'create' && !draft.callType ? [{ rule: 'required', field: 'callType' }] : []),
    ...oneOf('callType', draft.callType, CALL_TYPES),
    ...((mode === 'create' || steps !== undefined) && !steps?.length ? [{ rule: 'required', field: 'steps' }] : []),
    ...(steps && steps.length > CALL_SCRIPT_LIMITS.steps ? [{ rule: 'tooMany', field: 'steps', params: { max: CALL_SCRIPT_LIMITS.steps } }] : []),
    ...(steps ?? []).flatMap((step, index) => [
      ...oneOf(`steps.${index}.kind`, step.kind, SCRIPT_STEP_KINDS),
      ...oneOf(`steps.${index}.branch`, step.branch, SCRIPT_BRANCHES),
      ...scriptText(`steps.${index}.text`, step.text),
    ]),
    ...(phrases && phrases.length > CALL_SCRIPT_LIMITS.phrases ? [{ rule: 'tooMany', field: 'phrases', params: { max: CALL_SCRIPT_LIMITS.phrases } }] : []),
    ...(phrases ?? []).flatMap((phrase, index) => [
      ...oneOf(`phrases.${index}.situation`, phrase.situation, SCRIPT_SITUATIONS),
      ...scriptText(`phrases.${index}.text`, phrase.text),
    ]),
  ];
}

function scriptText(field: string, text: string | null | undefined): Violation[] {
  const unknown = unknownPlaceholders(text ?? '');
  return [
    ...requiredText(field, text),
    ...maxLength(field, text, CALL_SCRIPT_LIMITS.text),
    ...(unknown.length ? [{ rule: 'unknownPlaceholder', field, params: { placeholder: unknown[0] } }] : []),
  ];
}

/**
 * The steps read on a call: before the customer's answer, the common steps up to the first one that
 * depends on it; after it, the common steps and those of the branch the answer took.
 */
export function stepsForBranch(steps: readonly ScriptStep[], branch: AnswerBranch | null): ScriptStep[] {
  if (branch === null) {
    const firstBranched = steps.findIndex((step) => step.branch !== 'ALL');
    return firstBranched === -1 ? [...steps] : steps.slice(0, firstBranched);
  }
  return steps.filter((step) => step.branch === 'ALL' || step.branch === branch);
}

/** Where a call stands in its script: the step shown, and whether the agent must first pick the customer's answer. */
export interface ScriptPosition {
  steps: ScriptStep[];
  index: number;
  /** The script goes on by the answer (满意 / 不满意) and none is chosen yet. */
  awaitsBranch: boolean;
  isLast: boolean;
}

export function scriptPosition(allSteps: readonly ScriptStep[], branch: AnswerBranch | null, index: number): ScriptPosition {
  const steps = stepsForBranch(allSteps, branch);
  const at = Math.max(0, Math.min(index, steps.length - 1));
  const atEnd = at >= steps.length - 1;
  const awaitsBranch = atEnd && branch === null && allSteps.some((step) => step.branch !== 'ALL');
  return { steps, index: at, awaitsBranch, isLast: atEnd && !awaitsBranch };
}

/** The call type whose active script guides a follow-up of this trigger (a call list names its own script). */
export function callTypeOfTrigger(trigger: FollowUpTrigger): CallType {
  const byTrigger: Record<FollowUpTrigger, CallType> = {
    COMPLAINT: 'COMPLAINT_FOLLOW_UP',
    PART_REPLACEMENT: 'SERVICE_FOLLOW_UP',
    CONTRACT: 'SERVICE_FOLLOW_UP',
    ASSIGNMENT: 'FIRST_CONTACT',
    PERIODIC_CARE: 'PERIODIC_CARE',
    CALL_LIST: 'PERIODIC_CARE',
    MANUAL: 'SERVICE_FOLLOW_UP',
  };
  return byTrigger[trigger];
}
