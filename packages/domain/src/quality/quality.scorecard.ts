import type { Violation } from '../violation';
import type { EvaluationInput, ScorecardTemplate } from './quality.types';

/** The department's scorecard: the five dimensions, equally weighted, on a 0–10 scale. */
export const DEFAULT_SCORECARD: ScorecardTemplate = {
  version: 1,
  dimensions: [
    { code: 'SERVICE_LANGUAGE', weight: 20, maxScore: 10 },
    { code: 'ATTITUDE', weight: 20, maxScore: 10 },
    { code: 'TONE', weight: 20, maxScore: 10 },
    { code: 'NEEDS_SUMMARY', weight: 20, maxScore: 10 },
    { code: 'ADAPTABILITY', weight: 20, maxScore: 10 },
  ],
  criticalItems: [{ code: 'LEAKED_CUSTOMER_DATA' }, { code: 'RUDE_LANGUAGE' }, { code: 'FALSE_PROMISE' }],
};

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** A template an inspector can score on: known codes once each, weights adding up to 100, a scale per dimension. */
export function validateScorecardTemplate(template: ScorecardTemplate): Violation[] {
  const violations: Violation[] = [];
  if (template.dimensions.length === 0) violations.push({ rule: 'scorecardNeedsDimensions', field: 'dimensions' });
  const codes = [...template.dimensions.map((d) => d.code), ...template.criticalItems.map((c) => c.code)];
  for (const code of codes) if (!CODE.test(code)) violations.push({ rule: 'scorecardCodeFormat', field: 'dimensions', params: { code } });
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated) violations.push({ rule: 'scorecardCodeRepeated', field: 'dimensions', params: { code: repeated } });
  for (const d of template.dimensions) {
    if (!Number.isInteger(d.weight) || d.weight <= 0) violations.push({ rule: 'scorecardWeight', field: 'dimensions', params: { code: d.code } });
    if (!Number.isInteger(d.maxScore) || d.maxScore < 1 || d.maxScore > 100) violations.push({ rule: 'scorecardScale', field: 'dimensions', params: { code: d.code } });
  }
  const weights = template.dimensions.reduce((sum, d) => sum + d.weight, 0);
  if (template.dimensions.length > 0 && weights !== 100) violations.push({ rule: 'scorecardWeightsTotal', field: 'dimensions', params: { total: weights } });
  return violations;
}

/** Every dimension scored once, within its scale; critical items only from the template. */
export function validateEvaluationInput(template: ScorecardTemplate, input: EvaluationInput): Violation[] {
  const violations: Violation[] = [];
  for (const d of template.dimensions) {
    const score = input.scores[d.code];
    if (score === undefined) violations.push({ rule: 'scoreMissing', field: 'scores', params: { dimension: d.code } });
    else if (!Number.isInteger(score) || score < 0 || score > d.maxScore) violations.push({ rule: 'scoreOutOfScale', field: 'scores', params: { dimension: d.code, max: d.maxScore } });
  }
  const known = new Set(template.dimensions.map((d) => d.code));
  for (const code of Object.keys(input.scores)) if (!known.has(code)) violations.push({ rule: 'scoreUnknownDimension', field: 'scores', params: { dimension: code } });
  const critical = new Set(template.criticalItems.map((c) => c.code));
  for (const code of input.criticalFailures) if (!critical.has(code)) violations.push({ rule: 'unknownCriticalItem', field: 'criticalFailures', params: { code } });
  return violations;
}

export interface EvaluationScore {
  /** 0–100, one decimal; 0 when a critical item failed the evaluation. */
  total: number;
  /** What the dimensions alone would give, so a failed evaluation still shows how the call went. */
  weightedTotal: number;
  failedCritical: boolean;
  /** Each dimension as a share of its scale, 0–100, one decimal. */
  byDimension: Record<string, number>;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The total of a valid scorecard: each dimension's share of its scale, weighted; a critical item fails it all. */
export function scoreEvaluation(template: ScorecardTemplate, input: EvaluationInput): EvaluationScore {
  const byDimension: Record<string, number> = {};
  let weighted = 0;
  for (const d of template.dimensions) {
    const share = (input.scores[d.code] ?? 0) / d.maxScore;
    byDimension[d.code] = oneDecimal(share * 100);
    weighted += share * d.weight;
  }
  const weightedTotal = oneDecimal(weighted);
  const failedCritical = input.criticalFailures.length > 0;
  return { total: failedCritical ? 0 : weightedTotal, weightedTotal, failedCritical, byDimension };
}
