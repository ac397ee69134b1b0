/** What the customer and contract modules use of 复核: hold sensitive changes in their update's transaction, show the open one, apply an approved one. */
export { PendingChange, type StoredFieldChange } from './pending-change.entity';
export { registerReviewApplier, type ReviewApplier } from './review-appliers';
export { holdForReview, splitForReview } from './review-hold';
export { reviewLoaders } from './review.loaders';
