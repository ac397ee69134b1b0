import { gql } from '@apollo/client';
import type {
  AdjustMonthlyAssessmentMutation,
  ComputeMonthlyAssessmentsMutation,
  ConfirmMonthlyAssessmentMutation,
  MonthlyAssessmentsQuery,
  MonthlyAssessmentsQueryVariables,
} from '../graphql/generated';
import type { Run } from '../providers/operations';

export type MonthlyAssessmentRow = MonthlyAssessmentsQuery['monthlyAssessments']['items'][number];
export type MonthlyAssessmentFilter = Partial<NonNullable<MonthlyAssessmentsQueryVariables['filter']>>;
export type AssessmentComputation = ComputeMonthlyAssessmentsMutation['computeMonthlyAssessments'];

const ASSESSMENT_FIELDS = gql`
  fragment MonthlyAssessmentFields on MonthlyAssessment {
    id version month staffId staff { id name } teamId team { id name } status
  computedScore adjustedScore adjustmentReason adjustedBy { id name } score
  qaAverage qaEvaluations followUpsDue followUpsOnTime complaintsClosed complaintsWithinDeadline
  satisfactionAnswers satisfied violations pointsPerViolation parts { part value weight }
  computedAt confirmedAt confirmedBy { id name } availableActions
  }
`;

/** 月考核 of a month: a department has fewer agents than the API's largest page, so one page is the month. */
export const MONTHLY_ASSESSMENTS = gql`
  query monthlyAssessments($filter: MonthlyAssessmentFilter) {
    monthlyAssessments(filter: $filter, page: { limit: 200 }, sort: [{ field: COMPUTED_SCORE, direction: DESC }]) {
      total
      items { ...MonthlyAssessmentFields }
    }
  }
  ${ASSESSMENT_FIELDS}
`;

export const COMPUTE_MONTHLY_ASSESSMENTS = gql`
  mutation computeMonthlyAssessments($month: String!) {
    computeMonthlyAssessments(input: { month: $month }) { month created updated unchanged }
  }
`;

export const CONFIRM_MONTHLY_ASSESSMENT = gql`
  mutation confirmMonthlyAssessment($id: ID!, $version: Int!) {
    confirmMonthlyAssessment(id: $id, version: $version) { ...MonthlyAssessmentFields }
  }
  ${ASSESSMENT_FIELDS}
`;

export const ADJUST_MONTHLY_ASSESSMENT = gql`
  mutation adjustMonthlyAssessment($id: ID!, $version: Int!, $score: Float!, $reason: String!) {
    adjustMonthlyAssessment(id: $id, version: $version, input: { score: $score, reason: $reason }) { ...MonthlyAssessmentFields }
  }
  ${ASSESSMENT_FIELDS}
`;

export interface AssessmentMethods {
  monthlyAssessments(filter: MonthlyAssessmentFilter): Promise<MonthlyAssessmentRow[]>;
  computeMonthlyAssessments(month: string): Promise<AssessmentComputation>;
  confirmMonthlyAssessment(id: string, version: number): Promise<MonthlyAssessmentRow>;
  adjustMonthlyAssessment(id: string, version: number, score: number, reason: string): Promise<MonthlyAssessmentRow>;
}

export function assessmentMethods(run: Run): AssessmentMethods {
  return {
    monthlyAssessments: async (filter) => (await run<MonthlyAssessmentsQuery>('query', MONTHLY_ASSESSMENTS, { filter })).monthlyAssessments.items,
    computeMonthlyAssessments: async (month) =>
      (await run<ComputeMonthlyAssessmentsMutation>('mutation', COMPUTE_MONTHLY_ASSESSMENTS, { month })).computeMonthlyAssessments,
    confirmMonthlyAssessment: async (id, version) =>
      (await run<ConfirmMonthlyAssessmentMutation>('mutation', CONFIRM_MONTHLY_ASSESSMENT, { id, version })).confirmMonthlyAssessment,
    adjustMonthlyAssessment: async (id, version, score, reason) =>
      (await run<AdjustMonthlyAssessmentMutation>('mutation', ADJUST_MONTHLY_ASSESSMENT, { id, version, score, reason })).adjustMonthlyAssessment,
  };
}
