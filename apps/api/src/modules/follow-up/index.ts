/** What other modules may use of follow-ups: the triggers create them, and hear when one is done. */
export { FollowUp } from './follow-up.entity';
export { readCallRules } from './follow-up-rules';
export { createTriggeredFollowUp, type FollowUpCompletionHandler, followUpRecord, onFollowUpCompleted } from './follow-up-triggers';
export { callTimeViolations } from './follow-up-call-time';
export { FollowUpSatisfactionRow } from './follow-up.resolver';
export { FollowUpAttempt } from './follow-up-attempt.entity';
export { SatisfactionEnum } from './follow-up.enums';
