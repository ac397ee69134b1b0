import type { ApiModule } from '../../shared/api-module';
import { qualityLoaders } from './quality.loaders';
import {
  QualityEvaluationResolver,
  QualityQueueRowResolver,
  QualitySampleProposalResolver,
  ScorecardTemplateResolver,
  ScorecardTemplateVersionResolver,
} from './quality.resolver';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';
import { ScorecardTemplate } from './scorecard-template.entity';
import { ScorecardTemplateVersion } from './scorecard-template-version.entity';

/** 质检: scorecard templates, evaluations and their dispute flow, monthly sampling and the agents' trend. */
export const qualityModule: ApiModule = {
  name: 'quality',
  entities: [QualityEvaluation, QualityEvaluationScore, ScorecardTemplate, ScorecardTemplateVersion],
  resolvers: [ScorecardTemplateResolver, ScorecardTemplateVersionResolver, QualityEvaluationResolver, QualityQueueRowResolver, QualitySampleProposalResolver],
  loaders: [qualityLoaders],
  jobs: [],
};
