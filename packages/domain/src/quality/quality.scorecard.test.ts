import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD, scoreEvaluation, validateEvaluationInput, validateScorecardTemplate } from './quality.scorecard';
import type { EvaluationInput, ScorecardTemplate } from './quality.types';

const rules = (violations: { rule: string }[]) => violations.map((v) => v.rule);
const full = (template: ScorecardTemplate): EvaluationInput => ({ scores: Object.fromEntries(template.dimensions.map((d) => [d.code, d.maxScore])), criticalFailures: [] });

/** Any valid template: 1–8 dimensions whose integer weights add up to 100, scales 1–100. */
const templates = fc
  .array(fc.record({ weight: fc.integer({ min: 1, max: 40 }), maxScore: fc.integer({ min: 1, max: 100 }) }), { minLength: 1, maxLength: 8 })
  .map((dims): ScorecardTemplate => {
    const total = dims.reduce((sum, d) => sum + d.weight, 0);
    const weights = dims.map((d) => Math.max(1, Math.floor((d.weight * 100) / total)));
    weights[0] += 100 - weights.reduce((sum, w) => sum + w, 0);
    return { version: 1, dimensions: dims.map((d, i) => ({ code: `D${i}`, weight: weights[i], maxScore: d.maxScore })), criticalItems: [{ code: 'RUDE_LANGUAGE' }] };
  })
  .filter((t) => t.dimensions.every((d) => d.weight > 0));

const scoredOn = (template: ScorecardTemplate) =>
  fc.tuple(...template.dimensions.map((d) => fc.integer({ min: 0, max: d.maxScore }))).map((scores): EvaluationInput => ({
    scores: Object.fromEntries(template.dimensions.map((d, i) => [d.code, scores[i]])),
    criticalFailures: [],
  }));

describe('scorecard templates', () => {
  it('accept the department default: the five dimensions, equally weighted', () => {
    expect(validateScorecardTemplate(DEFAULT_SCORECARD)).toEqual([]);
    expect(DEFAULT_SCORECARD.dimensions.map((d) => d.code)).toEqual(['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY']);
  });

  it('refuse weights that do not add up to 100, repeated codes, bad scales and no dimensions', () => {
    const [first, ...rest] = DEFAULT_SCORECARD.dimensions;
    expect(rules(validateScorecardTemplate({ ...DEFAULT_SCORECARD, dimensions: [{ ...first, weight: 25 }, ...rest] }))).toEqual(['scorecardWeightsTotal']);
    expect(rules(validateScorecardTemplate({ ...DEFAULT_SCORECARD, criticalItems: [{ code: 'TONE' }] }))).toEqual(['scorecardCodeRepeated']);
    expect(rules(validateScorecardTemplate({ ...DEFAULT_SCORECARD, dimensions: [{ ...first, maxScore: 0 }, ...rest] }))).toEqual(['scorecardScale']);
    expect(rules(validateScorecardTemplate({ ...DEFAULT_SCORECARD, dimensions: [{ ...first, code: 'tone' }, ...rest] }))).toEqual(['scorecardCodeFormat']);
    expect(rules(validateScorecardTemplate({ version: 1, dimensions: [], criticalItems: [] }))).toEqual(['scorecardNeedsDimensions']);
  });
});

describe('an evaluation', () => {
  it('needs every dimension scored within its scale, and only the template’s items', () => {
    const scores = { ...full(DEFAULT_SCORECARD).scores, TONE: 11 } as Record<string, number>;
    delete scores.ATTITUDE;
    const found = validateEvaluationInput(DEFAULT_SCORECARD, { scores: { ...scores, SMILE: 3 }, criticalFailures: ['LATE'] });
    expect(found.map((v) => `${v.rule}:${v.params?.dimension ?? v.params?.code}`)).toEqual(['scoreMissing:ATTITUDE', 'scoreOutOfScale:TONE', 'scoreUnknownDimension:SMILE', 'unknownCriticalItem:LATE']);
    expect(rules(validateEvaluationInput(DEFAULT_SCORECARD, { ...full(DEFAULT_SCORECARD), scores: { ...full(DEFAULT_SCORECARD).scores, TONE: 7.5 } }))).toEqual(['scoreOutOfScale']);
  });

  it('totals 100 with full marks and weights each dimension by its share of the scale', () => {
    expect(scoreEvaluation(DEFAULT_SCORECARD, full(DEFAULT_SCORECARD)).total).toBe(100);
    const mixed = { scores: { SERVICE_LANGUAGE: 10, ATTITUDE: 8, TONE: 6, NEEDS_SUMMARY: 9, ADAPTABILITY: 7 }, criticalFailures: [] };
    expect(scoreEvaluation(DEFAULT_SCORECARD, mixed)).toEqual({
      total: 80,
      weightedTotal: 80,
      failedCritical: false,
      byDimension: { SERVICE_LANGUAGE: 100, ATTITUDE: 80, TONE: 60, NEEDS_SUMMARY: 90, ADAPTABILITY: 70 },
    });
  });

  it('property: the total stays within 0–100 and never falls when one score rises', () => {
    fc.assert(
      fc.property(templates.chain((t) => fc.tuple(fc.constant(t), scoredOn(t), fc.nat())), ([template, input, pick]) => {
        const { total } = scoreEvaluation(template, input);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        const dimension = template.dimensions[pick % template.dimensions.length];
        if (input.scores[dimension.code] < dimension.maxScore) {
          const better = { ...input, scores: { ...input.scores, [dimension.code]: input.scores[dimension.code] + 1 } };
          expect(scoreEvaluation(template, better).total).toBeGreaterThanOrEqual(total);
        }
      }),
    );
  });

  it('property: a critical item fails the whole evaluation whatever the scores, and keeps what the scores said', () => {
    fc.assert(
      fc.property(templates.chain((t) => fc.tuple(fc.constant(t), scoredOn(t))), ([template, input]) => {
        const failed = scoreEvaluation(template, { ...input, criticalFailures: ['RUDE_LANGUAGE'] });
        expect(failed.total).toBe(0);
        expect(failed.failedCritical).toBe(true);
        expect(failed.weightedTotal).toBe(scoreEvaluation(template, input).weightedTotal);
      }),
    );
  });
});
