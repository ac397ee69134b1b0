import { gql } from '@apollo/client';
import type { AnalyticsQuery, AnalyticsQueryVariables } from '../graphql/generated';
import type { Run } from '../providers/operations';

export type AnalyticsFigures = AnalyticsQuery['analytics'];
export type AnalyticsFilterInput = AnalyticsQueryVariables['filter'];

/** 统计分析: the five charts' figures of a period, scoped by the API as the daily report. */
export const ANALYTICS = gql`
  query analytics($filter: AnalyticsFilter!) {
    analytics(filter: $filter) {
      from
      to
      previousFrom
      previousTo
      teamId
      staffId
      categoryMix { categoryId categoryName count share previousCount change }
      monthlyTrend { month received closed }
      deadlineCompliance { month closed onTime rate }
      satisfaction { month satisfied average unsatisfied satisfiedRate meanScore }
      workload { staffId staffName complaintsHandled followUpsDone interactions }
    }
  }
`;

export interface AnalyticsMethods {
  analytics(filter: AnalyticsFilterInput): Promise<AnalyticsFigures>;
}

export function analyticsMethods(run: Run): AnalyticsMethods {
  return {
    analytics: async (filter) => (await run<AnalyticsQuery>('query', ANALYTICS, { filter })).analytics,
  };
}
