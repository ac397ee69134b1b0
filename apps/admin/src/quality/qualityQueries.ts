import { gql } from '@apollo/client';
import type {
  ActiveScorecardQuery,
  CreateQualityEvaluationInput,
  QualityEvaluationDetailQuery,
  QualityQueueQuery,
  QualityTrendQuery,
  UpdateQualityEvaluationInput,
} from '../graphql/generated';

export type QualityQueueRow = QualityQueueQuery['qualityQueue'][number];
export type MonthlyQuality = QualityTrendQuery['qualityTrend'][number];
export type ScorecardVersion = NonNullable<NonNullable<ActiveScorecardQuery['scorecardTemplates']['items'][number]>['current']>;
export type EvaluationDetail = NonNullable<QualityEvaluationDetailQuery['qualityEvaluation']>;
/** Only the fields given change (the generated input types list every optional field). */
export type EvaluationDraftInput = Partial<UpdateQualityEvaluationInput>;
export type NewEvaluationInput = Pick<CreateQualityEvaluationInput, 'subjectKind' | 'subjectId'> & Partial<CreateQualityEvaluationInput>;

/** 抽检队列: every active agent's quota progress of the month and the sampler's proposals. */
export const QUALITY_QUEUE = gql`
  query qualityQueue($month: String!, $seed: String) {
    qualityQueue(month: $month, seed: $seed) {
      agentId
      agent { id name }
      evaluations
      quotaStatus
      minPerAgent
      maxPerAgent
      proposals { kind id channel flagged evaluationId evaluation { id status total } }
    }
  }
`;

/** 我的质检: the average total per month (the viewer's own, or a named agent's for QA and managers). */
export const QUALITY_TREND = gql`
  query qualityTrend($fromMonth: String!, $toMonth: String!, $agentId: ID) {
    qualityTrend(fromMonth: $fromMonth, toMonth: $toMonth, agentId: $agentId) { month averageTotal evaluations }
  }
`;

/** The scorecard inspectors score on now: its current version's dimensions and critical items. */
export const ACTIVE_SCORECARD = gql`
  query activeScorecard {
    scorecardTemplates(filter: { active: true }, page: { limit: 1 }) {
      items { id current { id templateId templateVersion name dimensions { code weight maxScore } criticalItems } }
    }
  }
`;

const EVALUATION_FIELDS = gql`
  fragment QualityEvaluationFields on QualityEvaluation {
  id version status subjectKind subjectId agentId inspectorId month channel total weightedTotal criticalFailed criticalFailures comment
  disputeReason decisionReason overQuotaReason submittedAt availableActions
  agent { id name } inspector { id name }
  scores { dimension score comment }
  template { id templateId templateVersion name dimensions { code weight maxScore } criticalItems }
  }
`;

/** One evaluation with its scores and the scorecard version it is scored on (getOne leaves lists out). */
export const QUALITY_EVALUATION_DETAIL = gql`
  query qualityEvaluationDetail($id: ID!) {
    qualityEvaluation(id: $id) { ...QualityEvaluationFields }
  }
  ${EVALUATION_FIELDS}
`;

export const CREATE_QUALITY_EVALUATION = gql`
  mutation createQualityEvaluation($input: CreateQualityEvaluationInput!) {
    createQualityEvaluation(input: $input) { ...QualityEvaluationFields }
  }
  ${EVALUATION_FIELDS}
`;

export const UPDATE_QUALITY_EVALUATION = gql`
  mutation updateQualityEvaluation($id: ID!, $version: Int!, $input: UpdateQualityEvaluationInput!) {
    updateQualityEvaluation(id: $id, version: $version, input: $input) { ...QualityEvaluationFields }
  }
  ${EVALUATION_FIELDS}
`;

export interface QualityMethods {
  qualityQueue(month: string): Promise<QualityQueueRow[]>;
  qualityTrend(fromMonth: string, toMonth: string, agentId?: string): Promise<MonthlyQuality[]>;
  activeScorecard(): Promise<ScorecardVersion | null>;
  qualityEvaluationDetail(id: string): Promise<EvaluationDetail | null>;
  createQualityEvaluation(input: NewEvaluationInput): Promise<EvaluationDetail>;
  updateQualityEvaluation(id: string, version: number, input: EvaluationDraftInput): Promise<EvaluationDetail>;
}
