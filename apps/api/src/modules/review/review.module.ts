import type { ApiModule } from '../../shared/api-module';
import { PendingChange } from './pending-change.entity';
import { reviewLoaders } from './review.loaders';
import { OperatorReviewStatsResolver, PendingChangeResolver } from './review.resolver';

/** 复核: sensitive field changes held for a second person; the customer and contract modules hold and apply them through index.ts. */
export const reviewModule: ApiModule = {
  name: 'review',
  entities: [PendingChange],
  resolvers: [PendingChangeResolver, OperatorReviewStatsResolver],
  loaders: [reviewLoaders],
  jobs: [],
};
