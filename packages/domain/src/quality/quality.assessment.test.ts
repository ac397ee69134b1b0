import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../setting/settings';
import { type AssessmentFigures, assessMonth, checkAssessmentAdjustment } from './quality.assessment';
import { qualityPolicy } from './quality.policy';

const POLICY = qualityPolicy(defaultSettings());
const MONTH: AssessmentFigures = {
  qaAverage: 85,
  followUpsDue: 20,
  followUpsOnTime: 18,
  complaintsClosed: 10,
  complaintsWithinDeadline: 9,
  satisfactionAnswers: 16,
  satisfied: 12,
  violations: 1,
};

describe('the monthly assessment (月考核)', () => {
  it('weighs QA 40, follow-ups 15, complaints 15, satisfaction 20, discipline 10 by default, and shows each part', () => {
    const result = assessMonth(MONTH, POLICY);
    expect(result.parts).toEqual({ qa: 85, followUpTimeliness: 90, complaintTimeliness: 90, satisfaction: 75, discipline: 80 });
    // (85·40 + 90·15 + 90·15 + 75·20 + 80·10) / 100
    expect(result.score).toBe(84);
  });

  it('passes the weight of a part with nothing to measure on to the others', () => {
    const result = assessMonth({ ...MONTH, followUpsDue: 0, followUpsOnTime: 0, qaAverage: null }, POLICY);
    expect(result.parts.followUpTimeliness).toBeNull();
    expect(result.parts.qa).toBeNull();
    // (90·15 + 75·20 + 80·10) / 45
    expect(result.score).toBe(81.1);
  });

  it('costs 20 discipline points per violation by default, never below 0', () => {
    expect(assessMonth({ ...MONTH, violations: 0 }, POLICY).parts.discipline).toBe(100);
    expect(assessMonth({ ...MONTH, violations: 3 }, POLICY).parts.discipline).toBe(40);
    expect(assessMonth({ ...MONTH, violations: 9 }, POLICY).parts.discipline).toBe(0);
  });

  it('lets the manager adjust the score within 0–100, with a reason', () => {
    expect(checkAssessmentAdjustment(90, '本月承担新人带教')).toEqual([]);
    expect(checkAssessmentAdjustment(101, '')).toEqual([
      { rule: 'outOfRange', field: 'adjustedScore', params: { min: 0, max: 100 } },
      { rule: 'required', field: 'reason' },
    ]);
  });
});
