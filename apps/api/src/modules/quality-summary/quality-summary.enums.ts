import { SUMMARY_PERIOD_KINDS, stepNames, TRAINING_PLAN_STATUSES, TRAINING_PLAN_STEPS } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const SummaryPeriodKindEnum = graphqlEnum(SUMMARY_PERIOD_KINDS, 'SummaryPeriodKind', 'A QA summary covers a week (Monday to Sunday) or a calendar month', 'summaryPeriodKind');
export const TrainingPlanStatusEnum = graphqlEnum(TRAINING_PLAN_STATUSES, 'TrainingPlanStatus', 'Where a training plan stands: planned, or archived (read-only, kept)', 'trainingPlanStatus');
/** One value per step mutation (the domain's TRAINING_PLAN_STEPS). */
export const TrainingPlanActionEnum = graphqlEnum(stepNames(TRAINING_PLAN_STEPS), 'TrainingPlanAction', 'A step of a training plan: each value is one mutation', {
  UPDATE: 'Edit (修改): updateTrainingPlan',
  ARCHIVE: 'Archive (归档): archiveTrainingPlan',
});
