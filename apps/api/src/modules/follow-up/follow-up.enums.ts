import { ATTEMPT_OUTCOMES, FOLLOW_UP_ACTIONS, FOLLOW_UP_STATUSES, FOLLOW_UP_TRIGGERS, SATISFACTION_LEVELS, UNSATISFIED_ACTIONS } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const FollowUpStatusEnum = graphqlEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus', '回访状态: OPEN → IN_PROGRESS → DONE, UNREACHABLE or CANCELLED', 'followUpStatus');
export const FollowUpActionEnum = graphqlEnum(FOLLOW_UP_ACTIONS, 'FollowUpAction', 'A step of a follow-up; giveUp is taken by the attempt rule only', 'followUpAction');
export const FollowUpTriggerEnum = graphqlEnum(FOLLOW_UP_TRIGGERS, 'FollowUpTrigger', 'What the follow-up was created for (回访来源)', 'followUpTrigger');
export const AttemptOutcomeEnum = graphqlEnum(ATTEMPT_OUTCOMES, 'AttemptOutcome', 'How a call attempt ended (通话结果)', 'attemptOutcome');
export const SatisfactionEnum = graphqlEnum(SATISFACTION_LEVELS, 'Satisfaction', '满意 / 一般 / 不满意', 'satisfaction');
export const UnsatisfiedActionEnum = graphqlEnum(UNSATISFIED_ACTIONS, 'UnsatisfiedAction', 'What follows an unsatisfied answer (不满意的后续处理)', 'unsatisfiedAction');
