import type { QualitySummaryFigures } from './qualitySummaryQueries';

export interface TrainingPlanDraftValues {
  topic: string;
  dimension: string | null;
  agentIds: string[];
  plannedOn: string;
  sourcePeriodKind: QualitySummaryFigures['periodKind'];
  sourcePeriodStart: string;
}

/** The dimension scored lowest this period (ties: the first in scorecard order); null when nothing was scored. */
export function weakestDimension(summary: QualitySummaryFigures): string | null {
  let weakest: { dimension: string; average: number } | null = null;
  for (const { dimension, average } of summary.overall.dimensions) {
    if (average !== null && (weakest === null || average < weakest.average)) weakest = { dimension, average };
  }
  return weakest?.dimension ?? null;
}

/**
 * A training plan drafted from a summary: the weakest dimension, and the agents whose items in it were
 * among the lowest (else everyone below the period's average), so the plan starts with who needs it.
 */
export function trainingPlanDraft(summary: QualitySummaryFigures, plannedOn: string, topicOf: (dimension: string | null) => string): TrainingPlanDraftValues {
  const dimension = weakestDimension(summary);
  const lowInDimension = summary.lowestItems.filter((item) => item.dimension === dimension).map((item) => item.agentId);
  const overall = summary.overall.average;
  const belowAverage = summary.agents
    .filter((agent) => agent.agentId && agent.average !== null && overall !== null && agent.average < overall)
    .map((agent) => agent.agentId as string);
  const agentIds = [...new Set(lowInDimension.length > 0 ? lowInDimension : belowAverage)];
  return { topic: topicOf(dimension), dimension, agentIds, plannedOn, sourcePeriodKind: summary.periodKind, sourcePeriodStart: summary.periodStart };
}

/** The create page of training plans, opened with the draft as its initial values (react-admin's `source` parameter). */
export const trainingPlanCreatePath = (draft: TrainingPlanDraftValues) => `/trainingPlans/create?source=${encodeURIComponent(JSON.stringify(draft))}`;

/** A dimension's label: the scorecard's codes are the domain's enum (SERVICE_LANGUAGE → 服务用语); another code shows as it is. */
export const dimensionLabel = (translate: (key: string, options?: Record<string, unknown>) => string, code: string) =>
  translate(`sanxin.enums.qualityDimension.${code}`, { _: code });

/** ▲ / ▼ / — for a change against the previous period. */
export function trendArrow(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  if (change > 0) return '▲';
  if (change < 0) return '▼';
  return '＝';
}
