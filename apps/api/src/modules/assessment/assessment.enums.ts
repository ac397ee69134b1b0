import { ASSESSMENT_STATUSES, ASSESSMENT_STEPS, stepNames } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const AssessmentStatusEnum = graphqlEnum(ASSESSMENT_STATUSES, 'AssessmentStatus', 'Where a monthly assessment stands: computed (to confirm) or confirmed (final)', 'assessmentStatus');
/** One value per step mutation (the domain's ASSESSMENT_STEPS); `schema-actions.test.ts` keeps them one-to-one. */
export const MonthlyAssessmentActionEnum = graphqlEnum(stepNames(ASSESSMENT_STEPS), 'MonthlyAssessmentAction', 'A step of a monthly assessment: each value is one mutation', {
  ADJUST: 'Adjust the score with a reason (调整): adjustMonthlyAssessment',
  CONFIRM: 'Confirm (认定): confirmMonthlyAssessment',
});
