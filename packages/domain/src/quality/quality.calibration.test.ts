import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreedCalibrationScores,
  calibrationMachine,
  calibrationNextActions,
  calibrationSpread,
  checkCalibrationInspectors,
  checkCalibrationReveal,
  dimensionSpread,
  mayReadCalibrationScores,
  medianScore,
  validateCalibrationScores,
} from './quality.calibration';
import { DEFAULT_SCORECARD } from './quality.scorecard';

const inspector = { role: 'QA_INSPECTOR' as const, isParticipant: true, hasSubmitted: false };
const manager = { role: 'DEPT_MANAGER' as const, isParticipant: false, hasSubmitted: false };

describe('a calibration session’s steps', () => {
  it('go open (blind scoring) → revealed → agreed, or cancelled before agreeing; agreed and cancelled are final', () => {
    expect(calibrationMachine.assertTransition('OPEN', 'submitScores')).toBe('OPEN');
    expect(calibrationMachine.assertTransition('OPEN', 'reveal')).toBe('REVEALED');
    expect(calibrationMachine.assertTransition('REVEALED', 'agree')).toBe('AGREED');
    expect(calibrationMachine.assertTransition('REVEALED', 'cancel')).toBe('CANCELLED');
    expect(calibrationMachine.allowedActions('AGREED')).toEqual([]);
    expect(calibrationMachine.allowedActions('CANCELLED')).toEqual([]);
    expect(() => calibrationMachine.assertTransition('OPEN', 'agree')).toThrow(/cannot AGREE/);
    expect(() => calibrationMachine.assertTransition('REVEALED', 'submitScores')).toThrow(/cannot SUBMIT_SCORES/);
  });

  it('belong to the invited inspectors (score once) and the managers (reveal, agree, cancel)', () => {
    expect(calibrationNextActions('OPEN', inspector)).toEqual(['submitScores']);
    expect(calibrationNextActions('OPEN', { ...inspector, hasSubmitted: true })).toEqual([]);
    expect(calibrationNextActions('OPEN', { ...inspector, isParticipant: false })).toEqual([]);
    expect(calibrationNextActions('OPEN', manager)).toEqual(['reveal', 'cancel']);
    expect(calibrationNextActions('OPEN', { ...manager, isParticipant: true })).toEqual(['submitScores', 'reveal', 'cancel']);
    expect(calibrationNextActions('REVEALED', manager)).toEqual(['agree', 'cancel']);
    expect(calibrationNextActions('REVEALED', inspector)).toEqual([]);
    expect(calibrationNextActions('OPEN', { role: 'AGENT', isParticipant: false, hasSubmitted: false })).toEqual([]);
  });

  it('keep the scores blind until the reveal: before it, a sheet is readable by its own inspector only', () => {
    expect(mayReadCalibrationScores(false, true)).toBe(true);
    expect(mayReadCalibrationScores(false, false)).toBe(false);
    expect(mayReadCalibrationScores(true, false)).toBe(true);
  });

  it('reveal once two inspectors have scored', () => {
    expect(checkCalibrationReveal(1)).toEqual([{ rule: 'calibrationTooFewScores', field: 'id', params: { min: 2, submitted: 1 } }]);
    expect(checkCalibrationReveal(2)).toEqual([]);
  });
});

describe('who calibrates', () => {
  const qa = (id: string) => ({ id, role: 'QA_INSPECTOR' as const });
  it('two to ten different inspectors or managers, never the agent whose record it is', () => {
    expect(checkCalibrationInspectors([qa('a'), { id: 'm', role: 'DEPT_MANAGER' }], 'agent')).toEqual([]);
    expect(checkCalibrationInspectors([qa('a')], 'agent').map((v) => v.rule)).toEqual(['calibrationInspectorCount']);
    expect(checkCalibrationInspectors([qa('a'), qa('a')], 'agent').map((v) => v.rule)).toEqual(['calibrationInspectorRepeated', 'calibrationInspectorCount']);
    expect(checkCalibrationInspectors([qa('a'), qa('agent')], 'agent').map((v) => v.rule)).toEqual(['calibrationInspectorIsAgent']);
    expect(checkCalibrationInspectors([qa('a'), { id: 'x', role: 'AGENT' }], 'agent')).toEqual([
      { rule: 'calibrationNotAnInspector', field: 'inspectorIds', params: { id: 'x' } },
    ]);
    expect(
      checkCalibrationInspectors(
        Array.from({ length: 11 }, (_, i) => qa(`q${i}`)),
        'agent',
      ).map((v) => v.rule),
    ).toEqual(['calibrationInspectorCount']);
  });

  it('score every dimension on its scale; critical items are not part of a calibration', () => {
    const full = { SERVICE_LANGUAGE: 8, ATTITUDE: 9, TONE: 7, NEEDS_SUMMARY: 6, ADAPTABILITY: 10 };
    expect(validateCalibrationScores(DEFAULT_SCORECARD, full)).toEqual([]);
    expect(validateCalibrationScores(DEFAULT_SCORECARD, { ...full, TONE: 11 }).map((v) => v.rule)).toEqual(['scoreOutOfScale']);
    const { ADAPTABILITY: _, ...missing } = full;
    expect(validateCalibrationScores(DEFAULT_SCORECARD, missing).map((v) => v.rule)).toEqual(['scoreMissing']);
  });
});

describe('the spread per dimension', () => {
  it('gives min, max, range, mean, mean absolute deviation and median; beyond the tolerance (percent of the scale) it disagrees', () => {
    expect(dimensionSpread('TONE', 10, [6, 8, 9], 20)).toEqual({
      dimension: 'TONE',
      maxScore: 10,
      count: 3,
      min: 6,
      max: 9,
      range: 3,
      rangePercent: 30,
      mean: 7.67,
      meanAbsoluteDeviation: 1.11,
      median: 8,
      disagrees: true,
    });
    expect(dimensionSpread('TONE', 10, [7, 9], 20).disagrees).toBe(false);
    expect(dimensionSpread('TONE', 10, [7, 9], 19).disagrees).toBe(true);
  });

  it('takes the median, the middle two averaged and rounded half up for an even count', () => {
    expect(medianScore([9, 3, 5])).toBe(5);
    expect(medianScore([6, 7])).toBe(7);
    expect(medianScore([4, 4, 8, 10])).toBe(6);
  });

  it('lists the scorecard’s dimensions in order, from every sheet', () => {
    const sheets = [
      { SERVICE_LANGUAGE: 8, ATTITUDE: 9, TONE: 7, NEEDS_SUMMARY: 6, ADAPTABILITY: 10 },
      { SERVICE_LANGUAGE: 8, ATTITUDE: 5, TONE: 7, NEEDS_SUMMARY: 7, ADAPTABILITY: 9 },
    ];
    const spread = calibrationSpread(DEFAULT_SCORECARD, sheets, 20);
    expect(spread.map((s) => s.dimension)).toEqual(['SERVICE_LANGUAGE', 'ATTITUDE', 'TONE', 'NEEDS_SUMMARY', 'ADAPTABILITY']);
    expect(spread.filter((s) => s.disagrees).map((s) => s.dimension)).toEqual(['ATTITUDE']);
  });

  const sheet = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 10 });
  it('(property) keeps min ≤ median ≤ max, mean within them, and a range of 0 only when everyone agrees', () => {
    fc.assert(
      fc.property(sheet, fc.integer({ min: 0, max: 100 }), (scores, tolerance) => {
        const s = dimensionSpread('TONE', 10, scores, tolerance);
        expect(s.min).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.max);
        expect(s.mean).toBeGreaterThanOrEqual(s.min - 0.005);
        expect(s.mean).toBeLessThanOrEqual(s.max + 0.005);
        expect(s.meanAbsoluteDeviation).toBeLessThanOrEqual(s.range + 0.005);
        expect(s.range === 0).toBe(new Set(scores).size === 1);
        if (s.range === 0) expect(s.disagrees).toBe(false);
      }),
    );
  });

  it('(property) does not depend on the order the inspectors submitted in', () => {
    fc.assert(
      fc.property(sheet, (scores) => {
        expect(dimensionSpread('TONE', 10, [...scores].reverse(), 20)).toEqual(dimensionSpread('TONE', 10, scores, 20));
      }),
    );
  });
});

describe('the agreed score', () => {
  const spread = calibrationSpread(
    DEFAULT_SCORECARD,
    [
      { SERVICE_LANGUAGE: 8, ATTITUDE: 9, TONE: 7, NEEDS_SUMMARY: 6, ADAPTABILITY: 10 },
      { SERVICE_LANGUAGE: 8, ATTITUDE: 5, TONE: 7, NEEDS_SUMMARY: 7, ADAPTABILITY: 9 },
      { SERVICE_LANGUAGE: 7, ATTITUDE: 6, TONE: 8, NEEDS_SUMMARY: 7, ADAPTABILITY: 9 },
    ],
    20,
  );

  it('is the median unless the facilitator decides, within what the inspectors scored; a disagreement needs a note', () => {
    expect(agreedCalibrationScores(spread, {}, '态度项以录音第 2 分钟为准')).toEqual({
      scores: { SERVICE_LANGUAGE: 8, ATTITUDE: 6, TONE: 7, NEEDS_SUMMARY: 7, ADAPTABILITY: 9 },
      violations: [],
    });
    expect(agreedCalibrationScores(spread, { ATTITUDE: 8 }, '𠮷'.repeat(1000)).scores.ATTITUDE).toBe(8);
    expect(agreedCalibrationScores(spread, { ATTITUDE: 4, TONE: 7.5, FOO: 1 }, '说明').violations.map((v) => v.rule)).toEqual([
      'scoreUnknownDimension',
      'calibrationAgreedOutsideRange',
      'calibrationAgreedOutsideRange',
    ]);
    expect(agreedCalibrationScores(spread, {}, '  ').violations).toEqual([{ rule: 'calibrationNoteRequired', field: 'note' }]);
    expect(agreedCalibrationScores(spread, {}, '𠮷'.repeat(1001)).violations).toEqual([{ rule: 'tooLong', field: 'note', params: { max: 1000 } }]);
  });

  it('needs no note when everyone was within the tolerance', () => {
    const close = calibrationSpread(DEFAULT_SCORECARD, [{ TONE: 7 }, { TONE: 8 }], 20);
    expect(agreedCalibrationScores(close, {}, null)).toEqual({ scores: { TONE: 8 }, violations: [] });
  });

  it('(property) always lies within the inspectors’ range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 10 }), (scores) => {
        const one = calibrationSpread(
          DEFAULT_SCORECARD,
          scores.map((TONE) => ({ TONE })),
          100,
        );
        const agreed = agreedCalibrationScores(one, {}, null).scores.TONE as number;
        expect(agreed).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(agreed).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });
});
