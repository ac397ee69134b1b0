import type { Violation } from '../violation';

/** The month's figures behind an agent's assessment (月考核), each traceable to its records. */
export interface AssessmentFigures {
  /** Mean total of the month's final evaluations, 0–100; null when none. */
  qaAverage: number | null;
  followUpsDue: number;
  followUpsOnTime: number;
  complaintsClosed: number;
  complaintsWithinDeadline: number;
  /** Follow-up results with a satisfaction, and how many of them were 满意. */
  satisfactionAnswers: number;
  satisfied: number;
  violations: number;
}

/** Relative weights of the five parts (settings `quality.assessmentWeight.*`); only their ratios count. */
export interface AssessmentWeights {
  qa: number;
  followUpTimeliness: number;
  complaintTimeliness: number;
  satisfaction: number;
  discipline: number;
}

export interface AssessmentPolicy {
  weights: AssessmentWeights;
  /** Points of the discipline part each violation costs. */
  pointsPerViolation: number;
}

export type AssessmentPart = keyof AssessmentWeights;

export interface AssessmentResult {
  /** 0–100, one decimal. */
  score: number;
  /** Each part 0–100 before weighting; null when the month gave it nothing to measure. */
  parts: Record<AssessmentPart, number | null>;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

/**
 * An agent's month: each part measured 0–100, weighted; a part with nothing to measure (no follow-up
 * due, say) passes its weight to the others in proportion, so nobody gains or loses for what did not happen.
 */
export function assessMonth(figures: AssessmentFigures, policy: AssessmentPolicy): AssessmentResult {
  const parts: Record<AssessmentPart, number | null> = {
    qa: figures.qaAverage,
    followUpTimeliness: percent(figures.followUpsOnTime, figures.followUpsDue),
    complaintTimeliness: percent(figures.complaintsWithinDeadline, figures.complaintsClosed),
    satisfaction: percent(figures.satisfied, figures.satisfactionAnswers),
    discipline: Math.max(0, 100 - figures.violations * policy.pointsPerViolation),
  };
  let weighted = 0;
  let weightUsed = 0;
  for (const [part, value] of Object.entries(parts) as [AssessmentPart, number | null][]) {
    if (value === null) continue;
    weighted += value * policy.weights[part];
    weightUsed += policy.weights[part];
  }
  const rounded = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v === null ? null : oneDecimal(v)])) as AssessmentResult['parts'];
  return { score: weightUsed === 0 ? 0 : oneDecimal(weighted / weightUsed), parts: rounded };
}

/** The manager's adjustment of a computed score: within 0–100, and with a reason. */
export function checkAssessmentAdjustment(adjustedScore: number, reason: string | null | undefined): Violation[] {
  const violations: Violation[] = [];
  if (!Number.isFinite(adjustedScore) || adjustedScore < 0 || adjustedScore > 100) violations.push({ rule: 'outOfRange', field: 'adjustedScore', params: { min: 0, max: 100 } });
  if ((reason?.trim() ?? '') === '') violations.push({ rule: 'required', field: 'reason' });
  return violations;
}
