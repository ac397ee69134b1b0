import type {
  ActiveScorecardQuery,
  CreateQualityEvaluationMutation,
  QualityEvaluationDetailQuery,
  QualityQueueQuery,
  QualityTrendQuery,
  UpdateQualityEvaluationMutation,
} from '../graphql/generated';
import type { Run } from '../providers/operations';
import type { QualityMethods } from './qualityQueries';

/**
 * The quality documents load with the first call, not with the shell: the data provider is in the
 * initial bundle, whose budget has no room for them (decision 0037).
 */
const documents = () => import('./qualityQueries');

export function qualityMethods(run: Run): QualityMethods {
  return {
    qualityQueue: async (month) => (await run<QualityQueueQuery>('query', (await documents()).QUALITY_QUEUE, { month })).qualityQueue,
    qualityTrend: async (fromMonth, toMonth, agentId) =>
      (await run<QualityTrendQuery>('query', (await documents()).QUALITY_TREND, { fromMonth, toMonth, agentId })).qualityTrend,
    activeScorecard: async () => (await run<ActiveScorecardQuery>('query', (await documents()).ACTIVE_SCORECARD)).scorecardTemplates.items[0]?.current ?? null,
    qualityEvaluationDetail: async (id) =>
      (await run<QualityEvaluationDetailQuery>('query', (await documents()).QUALITY_EVALUATION_DETAIL, { id })).qualityEvaluation ?? null,
    createQualityEvaluation: async (input) =>
      (await run<CreateQualityEvaluationMutation>('mutation', (await documents()).CREATE_QUALITY_EVALUATION, { input })).createQualityEvaluation,
    updateQualityEvaluation: async (id, version, input) =>
      (await run<UpdateQualityEvaluationMutation>('mutation', (await documents()).UPDATE_QUALITY_EVALUATION, { id, version, input })).updateQualityEvaluation,
  };
}
