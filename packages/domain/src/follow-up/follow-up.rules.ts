import { localDate } from '../calendar/local-time';
import type { BusinessCalendar } from '../calendar/calendar.types';
import { maxLength, oneOf } from '../rules';
import type { Violation } from '../violation';
import { nextCallableAt } from './follow-up.call-window';
import type { FollowUpPolicy } from './follow-up.policy';
import {
  ATTEMPT_OUTCOMES,
  type AttemptDraft,
  type CallPreferences,
  type FollowUpResultDraft,
  type FollowUpStatus,
  type FollowUpTrigger,
  RETRY_OUTCOMES,
  SATISFACTION_LEVELS,
  UNSATISFIED_ACTIONS,
} from './follow-up.types';

export const FOLLOW_UP_LIMITS = { note: 1000, text: 2000 } as const;

/** 三个必保: every follow-up within 3 days (setting) of what triggered it. */
export function followUpDueAt(triggeredAt: Date, policy: FollowUpPolicy): Date {
  return new Date(triggeredAt.getTime() + policy.dueDays * 86_400_000);
}

/**
 * One follow-up per trigger: the key the API stores unique, so that two API processes (or a job run
 * twice) create it once. Periodic care is once per customer and period; a manual one is always new.
 */
export function followUpTriggerKey(trigger: FollowUpTrigger, sourceId: string, period?: string): string | null {
  if (trigger === 'MANUAL') return null;
  return period ? `${trigger}:${sourceId}:${period}` : `${trigger}:${sourceId}`;
}

/** Who calls: the complaint's owner, else the customer's owner agent, else the leader of the owner's team. */
export function chooseFollowUpAssignee(candidates: { complaintOwnerId?: string | null; customerOwnerId?: string | null; teamLeaderId?: string | null }): string | null {
  return candidates.complaintOwnerId ?? candidates.customerOwnerId ?? candidates.teamLeaderId ?? null;
}

/** An attempt as recorded: a known outcome, an agreed time in the future for an appointment, a note within limits, not in the future. */
export function validateAttempt(draft: AttemptDraft, now: Date): Violation[] {
  return [
    ...oneOf('outcome', draft.outcome, ATTEMPT_OUTCOMES),
    ...(draft.at.getTime() > now.getTime() + 60_000 ? [{ rule: 'inFuture', field: 'at' }] : []),
    ...(draft.outcome === 'APPOINTMENT' && !draft.appointmentAt ? [{ rule: 'required', field: 'appointmentAt' }] : []),
    ...(draft.outcome === 'APPOINTMENT' && draft.appointmentAt && draft.appointmentAt.getTime() <= draft.at.getTime() ? [{ rule: 'notAfterAttempt', field: 'appointmentAt' }] : []),
    ...(draft.outcome !== 'APPOINTMENT' && draft.appointmentAt ? [{ rule: 'onlyForAppointment', field: 'appointmentAt' }] : []),
    ...maxLength('note', draft.note, FOLLOW_UP_LIMITS.note),
  ];
}

/** What an attempt does to its follow-up. */
export interface AttemptEffect {
  status: FollowUpStatus;
  /** When to call next (a retry, or the agreed time); null when no call is due. */
  nextAttemptAt: Date | null;
  /** A new due time: the time the customer agreed to. */
  dueAt: Date | null;
  /** The customer was reached: the result may now be recorded. */
  reached: boolean;
}

/**
 * 无人接听/占线/无声 → try again after the retry interval, at the first moment the customer may be
 * called; an appointment moves the due time to the agreed time; a wrong number, or the failed
 * attempts the policy allows spread over its number of days, make the follow-up unreachable (the
 * leader sees it). `failedBefore` are the times of the earlier failed attempts.
 */
export function attemptEffect(
  attempt: AttemptDraft,
  failedBefore: readonly Date[],
  policy: FollowUpPolicy,
  calendar: BusinessCalendar,
  prefs: CallPreferences = {},
): AttemptEffect {
  const none = { nextAttemptAt: null, dueAt: null };
  if (attempt.outcome === 'REACHED') return { status: 'IN_PROGRESS', ...none, reached: true };
  // The customer declines to answer: the call is done, with no satisfaction to record.
  if (attempt.outcome === 'REFUSED') return { status: 'DONE', ...none, reached: true };
  if (attempt.outcome === 'APPOINTMENT') return { status: 'IN_PROGRESS', nextAttemptAt: attempt.appointmentAt ?? null, dueAt: attempt.appointmentAt ?? null, reached: false };
  if (attempt.outcome === 'WRONG_NUMBER') return { status: 'UNREACHABLE', ...none, reached: false };
  const failed = [...failedBefore, attempt.at];
  if (RETRY_OUTCOMES.includes(attempt.outcome) && isUnreachable(failed, policy, calendar.timeZone)) return { status: 'UNREACHABLE', ...none, reached: false };
  const retryFrom = new Date(attempt.at.getTime() + policy.retryMinutes * 60_000);
  return { status: 'IN_PROGRESS', nextAttemptAt: nextCallableAt(retryFrom, calendar, policy, prefs), dueAt: null, reached: false };
}

function isUnreachable(failed: readonly Date[], policy: FollowUpPolicy, timeZone: string): boolean {
  const days = new Set(failed.map((at) => localDate(at, timeZone)));
  return failed.length >= policy.maxFailedAttempts && days.size >= policy.failedAttemptDays;
}

/** 回访结果: satisfaction and a score 1-5; an unsatisfied customer is asked what to improve, and something follows. */
export function validateFollowUpResult(result: FollowUpResultDraft, trigger: FollowUpTrigger): Violation[] {
  const violations: Violation[] = [
    ...(result.satisfaction ? oneOf('satisfaction', result.satisfaction, SATISFACTION_LEVELS) : [{ rule: 'required', field: 'satisfaction' }]),
    ...(result.score == null ? [{ rule: 'required', field: 'score' }] : []),
    ...(result.score != null && (!Number.isInteger(result.score) || result.score < 1 || result.score > 5) ? [{ rule: 'outOfRange', field: 'score', params: { min: 1, max: 5 } }] : []),
    ...maxLength('suggestions', result.suggestions, FOLLOW_UP_LIMITS.text),
    ...maxLength('improvement', result.improvement, FOLLOW_UP_LIMITS.text),
  ];
  if (result.satisfaction !== 'UNSATISFIED') {
    return result.unsatisfiedAction ? [...violations, { rule: 'onlyWhenUnsatisfied', field: 'unsatisfiedAction' }] : violations;
  }
  return [
    ...violations,
    ...(result.improvement?.trim() ? [] : [{ rule: 'required', field: 'improvement' }]),
    ...(result.unsatisfiedAction ? oneOf('unsatisfiedAction', result.unsatisfiedAction, UNSATISFIED_ACTIONS) : [{ rule: 'required', field: 'unsatisfiedAction' }]),
    ...(result.unsatisfiedAction === 'REOPEN_COMPLAINT' && trigger !== 'COMPLAINT' ? [{ rule: 'noComplaintToReopen', field: 'unsatisfiedAction' }] : []),
  ];
}

/** What a recorded result sets off, beyond closing the follow-up. */
export interface ResultEffects {
  /** A complaint follow-up that satisfied the customer lets the complaint close. */
  complaintSatisfied: boolean;
  reopenComplaint: boolean;
  newComplaint: boolean;
  ownerTask: boolean;
  /** The leader on duty sees it in their inbox at once. */
  notifyLeader: boolean;
}

export function followUpResultEffects(result: FollowUpResultDraft, trigger: FollowUpTrigger): ResultEffects {
  const unsatisfied = result.satisfaction === 'UNSATISFIED';
  return {
    complaintSatisfied: trigger === 'COMPLAINT' && !unsatisfied,
    reopenComplaint: unsatisfied && result.unsatisfiedAction === 'REOPEN_COMPLAINT',
    newComplaint: unsatisfied && result.unsatisfiedAction === 'NEW_COMPLAINT',
    ownerTask: unsatisfied && result.unsatisfiedAction === 'OWNER_TASK',
    notifyLeader: Boolean(result.serious),
  };
}
