import { gql } from '@apollo/client';
import type { QualitySummaryQuery, QualitySummaryQueryVariables } from '../graphql/generated';
import type { Run } from '../providers/operations';

export type QualitySummaryFigures = QualitySummaryQuery['qualitySummary'];
export type QualitySummaryArgs = QualitySummaryQueryVariables;

/** 质检汇总: the period's averages per dimension beside the period before, the lowest items and recurring comments. */
export const QUALITY_SUMMARY = gql`
  query qualitySummary($date: LocalDate!, $period: SummaryPeriodKind!, $teamId: ID, $agentId: ID, $lowestLimit: Int) {
    qualitySummary(date: $date, period: $period, teamId: $teamId, agentId: $agentId, lowestLimit: $lowestLimit) {
      periodKind
      periodStart
      periodEnd
      previousStart
      overall {
        evaluations
        previousEvaluations
        average
        previousAverage
        change
        dimensions { dimension items average previousAverage change }
      }
      agents { agentId agent { id name } teamId evaluations average previousAverage change }
      lowestItems { evaluationId agentId agent { id name } dimension score maxScore comment }
      commonComments { phrase count }
    }
  }
`;

export interface QualitySummaryMethods {
  qualitySummary(args: QualitySummaryArgs): Promise<QualitySummaryFigures>;
}

export function qualitySummaryMethods(run: Run): QualitySummaryMethods {
  return {
    qualitySummary: async (args) => (await run<QualitySummaryQuery>('query', QUALITY_SUMMARY, args)).qualitySummary,
  };
}
