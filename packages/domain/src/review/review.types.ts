/** 复核: a change to a sensitive field waits for a second person. */
export const PENDING_CHANGE_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type PendingChangeStatus = (typeof PENDING_CHANGE_STATUSES)[number];

/** The steps of a pending change, one mutation each (`APPROVE` is `approvePendingChange`). */
export const PENDING_CHANGE_ACTIONS = ['APPROVE', 'REJECT', 'WITHDRAW'] as const;
export type PendingChangeAction = (typeof PENDING_CHANGE_ACTIONS)[number];

/** The records whose fields can be held for review. */
export const REVIEWED_ENTITIES = ['customer', 'contract'] as const;
export type ReviewedEntity = (typeof REVIEWED_ENTITIES)[number];

/**
 * The fields an administrator may mark as sensitive, per record (a `review.sensitive.<entity>.<field>`
 * flag each). The issue's defaults (tier, phone; amount and dates) are on; the others are offered off.
 * A customer's phone is the customer's own column: contacts' phones are not held.
 */
export const REVIEWABLE_FIELDS = {
  customer: ['tier', 'phone', 'name', 'lifecycle', 'email', 'address', 'ownerId'],
  contract: ['amount', 'startDate', 'endDate', 'warrantyEndDate', 'customerId', 'number'],
} as const satisfies Record<ReviewedEntity, readonly string[]>;
export type ReviewableField<E extends ReviewedEntity = ReviewedEntity> = (typeof REVIEWABLE_FIELDS)[E][number];

/** Why a reviewer rejects a change (差错原因); the administrator chooses which are offered (`review.reason.<code>`). */
export const REVIEW_ERROR_REASONS = ['WRONG_VALUE', 'NO_EVIDENCE', 'WRONG_RECORD', 'NOT_AUTHORIZED', 'DUPLICATE', 'OTHER'] as const;
export type ReviewErrorReason = (typeof REVIEW_ERROR_REASONS)[number];

/** One field of a pending change: the value when it was submitted and the value asked for. */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** How statistics are bucketed. */
export const REVIEW_PERIODS = ['DAY', 'MONTH'] as const;
export type ReviewPeriod = (typeof REVIEW_PERIODS)[number];
