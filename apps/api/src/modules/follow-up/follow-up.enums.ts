import { ATTEMPT_OUTCOMES, FOLLOW_UP_STATUSES, FOLLOW_UP_STEPS, FOLLOW_UP_TRIGGERS, SATISFACTION_LEVELS, stepNames, UNSATISFIED_ACTIONS } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const FollowUpStatusEnum = graphqlEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus', '回访状态: OPEN → IN_PROGRESS → DONE, UNREACHABLE or CANCELLED', 'followUpStatus');
/** One value per step mutation (the domain's FOLLOW_UP_STEPS). */
export const FollowUpActionEnum = graphqlEnum(stepNames(FOLLOW_UP_STEPS), 'FollowUpAction', 'A step of a follow-up: each value is one mutation', {
  RECORD_ATTEMPT: 'Log a call attempt (通话记录): recordFollowUpAttempt',
  COMPLETE: 'Record the result (完成回访): completeFollowUp',
  REASSIGN: 'Reassign (转派): reassignFollowUp',
  RETRY: 'Send an unreachable one back to be called again (重新回访): retryFollowUp',
  CANCEL: 'Cancel (取消): cancelFollowUp',
});
export const FollowUpTriggerEnum = graphqlEnum(FOLLOW_UP_TRIGGERS, 'FollowUpTrigger', 'What the follow-up was created for (回访来源)', 'followUpTrigger');
export const AttemptOutcomeEnum = graphqlEnum(ATTEMPT_OUTCOMES, 'AttemptOutcome', 'How a call attempt ended (通话结果)', 'attemptOutcome');
export const SatisfactionEnum = graphqlEnum(SATISFACTION_LEVELS, 'Satisfaction', '满意 / 一般 / 不满意', 'satisfaction');
export const UnsatisfiedActionEnum = graphqlEnum(UNSATISFIED_ACTIONS, 'UnsatisfiedAction', 'What follows an unsatisfied answer (不满意的后续处理)', 'unsatisfiedAction');
