import type { ApiModule } from '../../shared/api-module';
import { ANALYTICS_RELATION_RESOLVERS } from './analytics-relations.resolver';
import { AnalyticsResolver } from './analytics.resolver';

/** 统计分析: charts of a period read from the daily roll-ups and indexed raw ranges (decision 0045). */
export const analyticsModule: ApiModule = {
  name: 'analytics',
  entities: [],
  resolvers: [AnalyticsResolver, ...ANALYTICS_RELATION_RESOLVERS],
  loaders: [],
  jobs: [],
};
