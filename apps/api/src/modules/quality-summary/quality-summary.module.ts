import type { ApiModule } from '../../shared/api-module';
import { QualityFiguresResolver, QualityLowItemResolver, QualitySummaryResolver } from './quality-summary.resolver';
import { TrainingPlan, TrainingPlanAgent } from './training-plan.entity';
import { TrainingResult, TrainingSession } from './training-session.entity';
import { trainingLoaders } from './training.loaders';
import { TrainingPlanResolver, TrainingResultResolver, TrainingSessionResolver } from './training.resolver';

/** 质检汇总 and 培训: weekly and monthly QA summaries over the quality module's evaluations, and the training planned from them. */
export const qualitySummaryModule: ApiModule = {
  name: 'quality-summary',
  entities: [TrainingPlan, TrainingPlanAgent, TrainingSession, TrainingResult],
  resolvers: [QualitySummaryResolver, QualityFiguresResolver, QualityLowItemResolver, TrainingPlanResolver, TrainingSessionResolver, TrainingResultResolver],
  loaders: [trainingLoaders],
  jobs: [],
};
