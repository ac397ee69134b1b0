import type { ApiModule } from '../../shared/api-module';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';

/** 质检: scorecard templates, evaluations and their dispute flow, monthly sampling and calibration. */
export const qualityModule: ApiModule = {
  name: 'quality',
  entities: [QualityEvaluation, QualityEvaluationScore],
  resolvers: [],
  loaders: [],
  jobs: [],
};
