import { maxLength } from '../rules';
import { defineMachine } from '../shared/state-machine';
import type { StepTable } from '../shared/workflow-steps';
import type { Role } from '../staff/staff.types';
import type { Violation } from '../violation';
import { validateEvaluationInput } from './quality.scorecard';
import type { ScorecardTemplate } from './quality.types';

/**
 * 校准 (calibration): several inspectors score the same record blind, the scores are revealed and
 * discussed, and a manager records the agreed score per dimension. A session cancelled before the
 * reveal never shows anybody's scores.
 */
export const CALIBRATION_STATUSES = ['OPEN', 'REVEALED', 'AGREED', 'CANCELLED'] as const;
export type CalibrationStatus = (typeof CALIBRATION_STATUSES)[number];

export const CALIBRATION_ACTIONS = ['submitScores', 'reveal', 'agree', 'cancel'] as const;
export type CalibrationAction = (typeof CALIBRATION_ACTIONS)[number];

/** The API's steps (`CalibrationSessionAction`): submitCalibrationScores, revealCalibrationSession, agree…, cancel…. */
export const CALIBRATION_STEPS = {
  SUBMIT_SCORES: ['submitScores'],
  REVEAL: ['reveal'],
  AGREE: ['agree'],
  CANCEL: ['cancel'],
} as const satisfies StepTable<string, CalibrationAction>;
export type CalibrationStep = keyof typeof CALIBRATION_STEPS;

export const calibrationMachine = defineMachine<CalibrationStatus, CalibrationAction>(
  'calibrationSession',
  {
    OPEN: { submitScores: 'OPEN', reveal: 'REVEALED', cancel: 'CANCELLED' },
    REVEALED: { agree: 'AGREED', cancel: 'CANCELLED' },
    AGREED: {},
    CANCELLED: {},
  },
  CALIBRATION_STEPS,
);

/** Fewest and most inspectors a session invites: two to compare, ten to still discuss in one meeting. */
export const CALIBRATION_MIN_INSPECTORS = 2;
export const CALIBRATION_MAX_INSPECTORS = 10;
/** Scores a reveal needs: with fewer there is nothing to compare. */
export const CALIBRATION_MIN_SUBMISSIONS = 2;

const FACILITATORS: readonly Role[] = ['DEPT_MANAGER', 'CENTER_DIRECTOR'];
const SCORERS: readonly Role[] = ['QA_INSPECTOR', ...FACILITATORS];

/** How a viewer stands to a session. */
export interface CalibrationViewer {
  role: Role;
  isParticipant: boolean;
  hasSubmitted: boolean;
}

/** Invited inspectors submit once (a blind score cannot be taken back after seeing others'); managers reveal, agree and cancel. */
export function mayTakeCalibrationAction(action: CalibrationAction, viewer: CalibrationViewer): boolean {
  if (action === 'submitScores') return viewer.isParticipant && !viewer.hasSubmitted;
  return FACILITATORS.includes(viewer.role);
}

export function calibrationNextActions(status: CalibrationStatus, viewer: CalibrationViewer): CalibrationAction[] {
  return calibrationMachine.allowedActions(status).filter((action) => mayTakeCalibrationAction(action, viewer));
}

/**
 * Blind scoring: until the reveal, everybody (the facilitator too) sees only who has submitted, and a
 * participant their own scores. After the reveal everyone who sees the session sees every score.
 */
export function mayReadCalibrationScores(revealed: boolean, isOwnSheet: boolean): boolean {
  return revealed || isOwnSheet;
}

/** The invited inspectors: 2 to 10 different people, QA inspectors or managers, never the agent whose record it is. */
export function checkCalibrationInspectors(inspectors: readonly { id: string; role: Role }[], agentId: string): Violation[] {
  const violations: Violation[] = [];
  const ids = inspectors.map((i) => i.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) violations.push({ rule: 'calibrationInspectorRepeated', field: 'inspectorIds', params: { id: repeated } });
  const distinct = new Set(ids).size;
  if (distinct < CALIBRATION_MIN_INSPECTORS || distinct > CALIBRATION_MAX_INSPECTORS)
    violations.push({ rule: 'calibrationInspectorCount', field: 'inspectorIds', params: { min: CALIBRATION_MIN_INSPECTORS, max: CALIBRATION_MAX_INSPECTORS } });
  for (const inspector of inspectors) {
    if (inspector.id === agentId) violations.push({ rule: 'calibrationInspectorIsAgent', field: 'inspectorIds', params: { id: inspector.id } });
    else if (!SCORERS.includes(inspector.role)) violations.push({ rule: 'calibrationNotAnInspector', field: 'inspectorIds', params: { id: inspector.id } });
  }
  return violations;
}

/** An inspector's blind scores: every dimension of the session's scorecard version, on its scale (critical items are not calibrated). */
export function validateCalibrationScores(template: ScorecardTemplate, scores: Readonly<Record<string, number>>): Violation[] {
  return validateEvaluationInput(template, { scores, criticalFailures: [] });
}

/** The reveal needs scores to compare. */
export function checkCalibrationReveal(submitted: number): Violation[] {
  return submitted < CALIBRATION_MIN_SUBMISSIONS
    ? [{ rule: 'calibrationTooFewScores', field: 'id', params: { min: CALIBRATION_MIN_SUBMISSIONS, submitted } }]
    : [];
}

/**
 * How far the inspectors are apart on one dimension. Disagreement is judged on the range (highest
 * minus lowest) as a share of the scale: with two to five inspectors a standard deviation says little,
 * and one inspector far from the others is exactly what a calibration meeting discusses. The mean
 * absolute deviation (around the mean) is shown beside it for the overall spread.
 */
export interface DimensionSpread {
  dimension: string;
  maxScore: number;
  count: number;
  min: number;
  max: number;
  range: number;
  /** The range as a share of the scale, 0–100, one decimal. */
  rangePercent: number;
  mean: number;
  meanAbsoluteDeviation: number;
  median: number;
  /** The range is beyond the tolerance (quality.calibrationTolerance, percent of the scale). */
  disagrees: boolean;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The median of the scores; for an even count the mean of the middle two, rounded half up to a whole point (scores are whole points). */
export function medianScore(scores: readonly number[]): number {
  if (scores.length === 0) throw new Error('medianScore of no scores');
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

export function dimensionSpread(dimension: string, maxScore: number, scores: readonly number[], tolerancePercent: number): DimensionSpread {
  if (scores.length === 0) throw new Error(`dimensionSpread of ${dimension} without scores`);
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const meanAbsoluteDeviation = scores.reduce((sum, s) => sum + Math.abs(s - mean), 0) / scores.length;
  const rangePercent = ((max - min) / maxScore) * 100;
  return {
    dimension,
    maxScore,
    count: scores.length,
    min,
    max,
    range: max - min,
    rangePercent: round(rangePercent, 1),
    mean: round(mean, 2),
    meanAbsoluteDeviation: round(meanAbsoluteDeviation, 2),
    median: medianScore(scores),
    // Compared unrounded, so 20.04 % is beyond a tolerance of 20 %.
    disagrees: rangePercent > tolerancePercent,
  };
}

/** Every dimension of the scorecard, in its order, from the submitted score sheets. */
export function calibrationSpread(
  template: ScorecardTemplate,
  sheets: readonly Readonly<Record<string, number>>[],
  tolerancePercent: number,
): DimensionSpread[] {
  return template.dimensions.flatMap((d) => {
    const scores = sheets.map((sheet) => sheet[d.code]).filter((s): s is number => s !== undefined);
    return scores.length ? [dimensionSpread(d.code, d.maxScore, scores, tolerancePercent)] : [];
  });
}

/**
 * The agreed scores: the facilitator's decision where given, the median otherwise. A decision stays
 * within what the inspectors scored (a calibration settles their disagreement, it does not rescore),
 * and a note says how it was settled whenever a dimension disagreed.
 */
export function agreedCalibrationScores(
  spread: readonly DimensionSpread[],
  decisions: Readonly<Record<string, number>>,
  note: string | null | undefined,
): { scores: Record<string, number>; violations: Violation[] } {
  const violations: Violation[] = [];
  const scores: Record<string, number> = {};
  const known = new Set(spread.map((s) => s.dimension));
  for (const code of Object.keys(decisions))
    if (!known.has(code)) violations.push({ rule: 'scoreUnknownDimension', field: 'scores', params: { dimension: code } });
  for (const s of spread) {
    const decided = decisions[s.dimension];
    if (decided !== undefined && (!Number.isInteger(decided) || decided < s.min || decided > s.max))
      violations.push({ rule: 'calibrationAgreedOutsideRange', field: 'scores', params: { dimension: s.dimension, min: s.min, max: s.max } });
    scores[s.dimension] = decided ?? s.median;
  }
  if (spread.some((s) => s.disagrees) && !note?.trim()) violations.push({ rule: 'calibrationNoteRequired', field: 'note' });
  violations.push(...maxLength('note', note, 1000));
  return { scores, violations };
}

/** A session's topic (what to look at in the record) is optional and short enough for a list. */
export function checkCalibrationTopic(topic: string | null | undefined): Violation[] {
  return maxLength('topic', topic, 500);
}
