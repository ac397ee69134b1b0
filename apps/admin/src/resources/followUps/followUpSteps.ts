import {
  type AttemptOutcome,
  FOLLOW_UP_STEPS,
  type FollowUpAction,
  type FollowUpStep,
  type FollowUpResultDraft,
  type FollowUpTrigger,
  maxLength,
  requiredText,
  validateAttempt,
  validateFollowUpResult,
  type StepTable,
  type Violation,
} from '@sanxin/domain';
import type { RaRecord, useTranslate } from 'react-admin';
import type { FieldError } from '../../providers/graphqlErrors';
import type { StepSpec } from '../../workflow/WorkflowButtons';
import { callTimeLabel } from './callTime';

/** The leader's steps on a follow-up (转派, 重新回访, 取消); the calls themselves are on the call screen. */
export const LEADER_ACTIONS = ['reassign', 'retry', 'cancel'] as const satisfies readonly FollowUpAction[];
export type LeaderAction = (typeof LEADER_ACTIONS)[number];
/** The leader's part of the domain's FOLLOW_UP_STEPS: `availableActions` names steps (REASSIGN), the buttons take their actions. */
export const LEADER_STEPS = { REASSIGN: FOLLOW_UP_STEPS.REASSIGN, RETRY: FOLLOW_UP_STEPS.RETRY, CANCEL: FOLLOW_UP_STEPS.CANCEL } as const satisfies StepTable<Extract<FollowUpStep, 'REASSIGN' | 'RETRY' | 'CANCEL'>, LeaderAction>;

/** Attempt outcomes in the order of their hot keys 1-7. */
export const OUTCOME_KEYS: ReadonlyArray<{ outcome: AttemptOutcome; key: string }> = [
  { outcome: 'REACHED', key: '1' },
  { outcome: 'NO_ANSWER', key: '2' },
  { outcome: 'BUSY', key: '3' },
  { outcome: 'SILENT_LINE', key: '4' },
  { outcome: 'WRONG_NUMBER', key: '5' },
  { outcome: 'APPOINTMENT', key: '6' },
  { outcome: 'REFUSED', key: '7' },
];

const NOTE_MAX = 1000;
const reasonRule = (reason: string): Violation[] => [...requiredText('reason', reason.trim()), ...maxLength('reason', reason.trim(), NOTE_MAX)];

export function leaderStep(action: LeaderAction, record: RaRecord, translate: ReturnType<typeof useTranslate>, staff: { id: string; name: string }[]): StepSpec {
  const key = { id: record.id, version: record.version };
  const reason = { name: 'reason', label: translate('app.followUp.fields.reason'), type: 'multiline' as const, required: true };
  if (action === 'reassign') {
    return {
      mutation: 'reassignFollowUp',
      fields: [{ name: 'assigneeId', label: translate('app.followUp.fields.assigneeId'), type: 'select', required: true, choices: staff.filter((s) => s.id !== record.assignee?.id) }, reason],
      validate: (values) => reasonRule(values.reason ?? ''),
      variables: (values) => ({ ...key, input: { assigneeId: values.assigneeId, reason: values.reason.trim() } }),
    };
  }
  return {
    mutation: action === 'retry' ? 'retryFollowUp' : 'cancelFollowUp',
    fields: [reason],
    validate: (values) => reasonRule(values.reason ?? ''),
    variables: (values) => ({ ...key, input: { reason: values.reason.trim() } }),
  };
}

export interface AttemptForm {
  outcome: AttemptOutcome;
  /** datetime-local value, business time (APPOINTMENT only). */
  appointmentAt: Date | null;
  identityVerified: boolean;
  note: string;
}

/** The same rule the API runs on an attempt, then the mutation's input. */
export function attemptViolations(form: AttemptForm, now: Date): Violation[] {
  return validateAttempt({ at: now, outcome: form.outcome, appointmentAt: form.outcome === 'APPOINTMENT' ? form.appointmentAt : null, note: form.note.trim() || null }, now);
}

export function attemptInput(form: AttemptForm) {
  return {
    outcome: form.outcome,
    identityVerified: form.identityVerified,
    ...(form.outcome === 'APPOINTMENT' && form.appointmentAt ? { appointmentAt: form.appointmentAt.toISOString() } : {}),
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  };
}

export interface ResultForm {
  satisfaction: string;
  score: string;
  suggestions: string;
  improvement: string;
  unsatisfiedAction: string;
  serious: boolean;
}

export function resultDraft(form: ResultForm): FollowUpResultDraft {
  const unsatisfied = form.satisfaction === 'UNSATISFIED';
  return {
    satisfaction: (form.satisfaction || null) as FollowUpResultDraft['satisfaction'],
    score: form.score === '' ? null : Number(form.score),
    suggestions: form.suggestions.trim() || null,
    improvement: unsatisfied ? form.improvement.trim() || null : null,
    unsatisfiedAction: unsatisfied ? ((form.unsatisfiedAction || null) as FollowUpResultDraft['unsatisfiedAction']) : null,
    serious: form.serious,
  };
}

/** validateFollowUpResult, as the API runs it for this follow-up's trigger. */
export function resultViolations(form: ResultForm, trigger: FollowUpTrigger): Violation[] {
  return validateFollowUpResult(resultDraft(form), trigger);
}

/**
 * A refused call, in words: 休息时间 with the time the customer may be called (the API sends the
 * instant; it is shown in business time), or the rule's own label.
 */
export function callRefusal(fields: readonly FieldError[], translate: ReturnType<typeof useTranslate>): string | null {
  const [first] = fields;
  if (!first) return null;
  const params = { ...(first.params ?? {}) };
  if (first.code === 'quietHours' && typeof params.nextAt === 'string') params.nextAt = callTimeLabel(params.nextAt);
  return translate(`sanxin.validation.${first.code}`, { _: first.code, ...params });
}
