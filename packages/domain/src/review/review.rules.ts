import { canAccess } from '../permissions';
import { maxLength } from '../rules';
import type { SettingKey, Settings } from '../setting/settings';
import { defineMachine } from '../shared/state-machine';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import {
  type FieldChange,
  type PendingChangeAction,
  type PendingChangeStatus,
  REVIEW_ERROR_REASONS,
  REVIEWABLE_FIELDS,
  type ReviewedEntity,
  type ReviewErrorReason,
} from './review.types';

/** A pending change is decided once: approved, rejected, or withdrawn by the person who submitted it. */
export const pendingChangeMachine = defineMachine<PendingChangeStatus, PendingChangeAction>('pendingChange', {
  PENDING: { APPROVE: 'APPROVED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
  APPROVED: {},
  REJECTED: {},
  WITHDRAWN: {},
});

export const sensitiveSettingKey = (entity: ReviewedEntity, field: string) => `review.sensitive.${entity}.${field}` as SettingKey;
export const reasonSettingKey = (reason: ReviewErrorReason) => `review.reason.${reason}` as SettingKey;

/** The fields of a record that the administrator marked as sensitive (复核). */
export function sensitiveFields(settings: Settings, entity: ReviewedEntity): string[] {
  return REVIEWABLE_FIELDS[entity].filter((field) => settings[sensitiveSettingKey(entity, field)] === 1);
}

/**
 * Splits an update into what is saved now and what waits for a second person: a sensitive field is
 * held only when its value really changes (saving the same tier again needs no review).
 */
export function splitSensitiveChanges<T extends Record<string, unknown>>(
  settings: Settings,
  entity: ReviewedEntity,
  current: T,
  next: T,
  fields: readonly string[],
): { direct: string[]; held: FieldChange[] } {
  const sensitive = new Set(sensitiveFields(settings, entity));
  const direct: string[] = [];
  const held: FieldChange[] = [];
  for (const field of fields) {
    if (sensitive.has(field) && !sameValue(current[field], next[field])) held.push({ field, oldValue: current[field] ?? null, newValue: next[field] ?? null });
    else direct.push(field);
  }
  return { direct, held };
}

/** Values as stored compare by their JSON text: dates as LocalDate strings, money as decimal strings. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of a change that the record no longer holds at their submitted value: someone changed them since. */
export function changedSince(changes: readonly FieldChange[], record: Record<string, unknown>): string[] {
  return changes.filter((change) => !sameValue(record[change.field], change.oldValue)).map((change) => change.field);
}

/** The rejection reasons the administrator offers, in the list's order. */
export function enabledErrorReasons(settings: Settings): ReviewErrorReason[] {
  return REVIEW_ERROR_REASONS.filter((reason) => settings[reasonSettingKey(reason)] === 1);
}

export interface ReviewActor {
  id: string;
  role: Role;
}

/**
 * Who may take a step: a reviewer's role approves or rejects, never a change they submitted
 * themselves (the second person of 复核); only the submitter withdraws. FORBIDDEN for a role that may
 * not review at all is the permission matrix's; this answers the rule about the person.
 */
export function reviewStepViolations(action: PendingChangeAction, actor: ReviewActor, submittedById: string): Violation[] {
  if (action === 'WITHDRAW') return actor.id === submittedById ? [] : [{ rule: 'onlySubmitterWithdraws' }];
  return actor.id === submittedById ? [{ rule: 'noSelfReview' }] : [];
}

export function mayTakeReviewStep(action: PendingChangeAction, actor: ReviewActor, submittedById: string): boolean {
  const permitted = action === 'WITHDRAW' || canAccess(actor.role, 'pendingChange', 'approve');
  return permitted && reviewStepViolations(action, actor, submittedById).length === 0;
}

export function pendingChangeNextActions(status: PendingChangeStatus, actor: ReviewActor, submittedById: string): PendingChangeAction[] {
  return pendingChangeMachine.allowedActions(status).filter((action) => mayTakeReviewStep(action, actor, submittedById));
}

/** A rejection names a reason from the administrator's list; the note is optional and short. */
export function validateRejection(settings: Settings, input: { reason: ReviewErrorReason; note?: string | null }): Violation[] {
  const violations: Violation[] = [];
  if (!enabledErrorReasons(settings).includes(input.reason)) violations.push({ rule: 'reasonNotOffered', field: 'reason', params: { reason: input.reason } });
  violations.push(...maxLength('note', input.note, 500));
  return violations;
}
