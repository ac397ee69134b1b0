import type { ScorecardTemplate, Violation } from '@sanxin/domain';
import { validateEvaluationInput } from '@sanxin/domain';
import type { DimensionScoreInput } from '../graphql/generated';

/** A scorecard version as the API returns it: its dimensions and the codes of its critical items. */
export interface ScorecardVersionLike {
  templateVersion: number;
  dimensions: ReadonlyArray<{ code: string; weight: number; maxScore: number }>;
  criticalItems: readonly string[];
}

/** What the inspector has written so far: a score per dimension (undefined while not scored), comments, critical items. */
export interface ScorecardDraft {
  scores: Record<string, number | undefined>;
  comments: Record<string, string>;
  criticalFailures: string[];
  comment: string;
}

export const emptyDraft = (): ScorecardDraft => ({ scores: {}, comments: {}, criticalFailures: [], comment: '' });

/** The domain's template from the API's version, for scoreEvaluation and validateEvaluationInput. */
export function templateOf(version: ScorecardVersionLike): ScorecardTemplate {
  return { version: version.templateVersion, dimensions: version.dimensions, criticalItems: version.criticalItems.map((code) => ({ code })) };
}

/** A saved evaluation back into the form. */
export function draftOf(evaluation: {
  scores: ReadonlyArray<{ dimension: string; score: number; comment: string | null }>;
  criticalFailures: readonly string[];
  comment: string | null;
}): ScorecardDraft {
  return {
    scores: Object.fromEntries(evaluation.scores.map((s) => [s.dimension, s.score])),
    comments: Object.fromEntries(evaluation.scores.flatMap((s) => (s.comment ? [[s.dimension, s.comment]] : []))),
    criticalFailures: [...evaluation.criticalFailures],
    comment: evaluation.comment ?? '',
  };
}

/** The scored dimensions (a draft may leave some out) with their comments, as the API takes them. */
export function scoresInput(draft: ScorecardDraft): DimensionScoreInput[] {
  return Object.entries(draft.scores).flatMap(([dimension, score]) =>
    score === undefined ? [] : [{ dimension, score, comment: draft.comments[dimension]?.trim() || null }],
  );
}

/** What submitting requires: every dimension scored on its scale (the API runs the same rule). */
export function submitViolations(version: ScorecardVersionLike, draft: ScorecardDraft): Violation[] {
  const scores = Object.fromEntries(scoresInput(draft).map((s) => [s.dimension, s.score]));
  return validateEvaluationInput(templateOf(version), { scores, criticalFailures: draft.criticalFailures });
}
