/** The five dimensions the department scores every call on (DOMAIN.md §8), in scorecard order. */
export const QUALITY_DIMENSIONS = ['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/** What an evaluation can be about: a logged interaction, a complaint, a follow-up call. */
export const EVALUATED_KINDS = ['INTERACTION', 'COMPLAINT', 'FOLLOW_UP_ATTEMPT'] as const;
export type EvaluatedKind = (typeof EVALUATED_KINDS)[number];

export const EVALUATION_STATUSES = ['DRAFT', 'SUBMITTED', 'ACKNOWLEDGED', 'DISPUTED', 'UPHELD', 'REVISED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_ACTIONS = ['submit', 'acknowledge', 'dispute', 'uphold', 'revise'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/** One scored dimension of a scorecard template. */
export interface ScorecardDimension {
  /** One of QUALITY_DIMENSIONS, or an administrator's own code. */
  code: string;
  /** Share of the total, in percent; a template's weights add up to 100. */
  weight: number;
  /** Highest score on this dimension's scale (the lowest is 0). */
  maxScore: number;
}

/** An item that fails the whole evaluation when it happened (leaked customer data, rude language). */
export interface CriticalItem {
  code: string;
}

/** A version of a scorecard: an evaluation keeps the version it was scored on. */
export interface ScorecardTemplate {
  version: number;
  dimensions: readonly ScorecardDimension[];
  criticalItems: readonly CriticalItem[];
}

/** What the inspector wrote on the scorecard. */
export interface EvaluationInput {
  scores: Readonly<Record<string, number>>;
  /** Codes of the critical items that happened on this call. */
  criticalFailures: readonly string[];
}
