import { EVALUATED_KINDS, EVALUATION_ACTIONS, EVALUATION_STATUSES, QUOTA_STATUSES } from '@sanxin/domain';
import { graphqlEnum, graphqlScreamingEnum } from '../../graphql/enums';

export const EvaluatedKindEnum = graphqlEnum(EVALUATED_KINDS, 'EvaluatedKind', 'What an evaluation is about (被评记录)', 'evaluatedKind');
export const EvaluationStatusEnum = graphqlEnum(
  EVALUATION_STATUSES,
  'EvaluationStatus',
  'Where a quality evaluation stands (质检评分状态)',
  'evaluationStatus',
);
export const QualityEvaluationActionEnum = graphqlScreamingEnum(
  EVALUATION_ACTIONS,
  'QualityEvaluationAction',
  'A step of a quality evaluation; each value is a mutation (SUBMIT ↔ submitQualityEvaluation)',
  'evaluationAction',
);
export const QuotaStatusEnum = graphqlEnum(QUOTA_STATUSES, 'QuotaStatus', "An agent's evaluations this month against the quota (抽检进度)", 'quotaStatus');
