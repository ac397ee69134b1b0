import type { StepTable } from '../shared/workflow-steps';

/**
 * 回访 (DOMAIN §6): a call back to a customer after something happened (a complaint resolved, a
 * service done, an assignment, periodic care of key customers, a call list) or by hand.
 */
export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'UNREACHABLE', 'CANCELLED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The named steps; `giveUp` is taken by the attempt rule, never by a person. */
export const FOLLOW_UP_ACTIONS = ['recordAttempt', 'complete', 'reassign', 'cancel', 'giveUp', 'retry'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

/** The API's steps (`FollowUpAction` in the schema), one per mutation: `RECORD_ATTEMPT` is `recordFollowUpAttempt`. Giving up is no step. */
export const FOLLOW_UP_STEPS = {
  RECORD_ATTEMPT: ['recordAttempt'],
  COMPLETE: ['complete'],
  REASSIGN: ['reassign'],
  RETRY: ['retry'],
  CANCEL: ['cancel'],
} as const satisfies StepTable<string, FollowUpAction>;
export type FollowUpStep = keyof typeof FOLLOW_UP_STEPS;

export const FOLLOW_UP_TRIGGERS = ['COMPLAINT', 'PART_REPLACEMENT', 'CONTRACT', 'ASSIGNMENT', 'PERIODIC_CARE', 'CALL_LIST', 'MANUAL'] as const;
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

export const ATTEMPT_OUTCOMES = ['REACHED', 'NO_ANSWER', 'BUSY', 'SILENT_LINE', 'WRONG_NUMBER', 'APPOINTMENT', 'REFUSED'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** Outcomes after which the call is tried again later (未接通、占线、无声电话). */
export const RETRY_OUTCOMES: readonly AttemptOutcome[] = ['NO_ANSWER', 'BUSY', 'SILENT_LINE'];

export const SATISFACTION_LEVELS = ['SATISFIED', 'AVERAGE', 'UNSATISFIED'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/** What an unsatisfied customer's answer leads to (不满意: reopen the complaint, or a new action). */
export const UNSATISFIED_ACTIONS = ['REOPEN_COMPLAINT', 'NEW_COMPLAINT', 'OWNER_TASK'] as const;
export type UnsatisfiedAction = (typeof UNSATISFIED_ACTIONS)[number];

/** How often key customers are called without a reason (定期关怀), per tier. */
export const CARE_CADENCES = ['NONE', 'MONTHLY', 'QUARTERLY'] as const;
export type CareCadence = (typeof CARE_CADENCES)[number];

export interface AttemptDraft {
  at: Date;
  outcome: AttemptOutcome;
  /** The time the customer agreed to be called (APPOINTMENT only). */
  appointmentAt?: Date | null;
  identityVerified?: boolean | null;
  note?: string | null;
}

export interface FollowUpResultDraft {
  satisfaction?: Satisfaction | null;
  /** 1 (very unsatisfied) … 5 (very satisfied). */
  score?: number | null;
  suggestions?: string | null;
  /** What to improve: asked of every unsatisfied customer. */
  improvement?: string | null;
  unsatisfiedAction?: UnsatisfiedAction | null;
  /** A result the leader on duty must see at once. */
  serious?: boolean | null;
}

/** A customer's own wishes about calls (minutes after local midnight). */
export interface CallPreferences {
  doNotCall?: boolean | null;
  notBeforeMinute?: number | null;
  notAfterMinute?: number | null;
}
