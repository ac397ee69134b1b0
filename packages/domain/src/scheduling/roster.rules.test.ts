import { describe, expect, it } from 'vitest';
import { checkRoster, nightStreakViolations, restViolations } from './roster.rules';
import { DAY_SHIFT, NIGHT_SHIFT, at, person } from './scheduling.fixtures';
import type { PlacedShift } from './scheduling.types';
import { placeShift } from './shift-time';

const TZ = 'Asia/Shanghai';
const night = (date: string) => placeShift(`n${date}`, date, NIGHT_SHIFT, TZ);
const day = (date: string) => placeShift(`d${date}`, date, DAY_SHIFT, TZ);

describe('roster rules', () => {
  it('minimum rest: exactly 11 h passes, a minute less does not', () => {
    const early: PlacedShift = { shiftId: 'early', date: '2026-11-02', kind: 'DAY', start: at('2026-11-02', '07:00'), end: at('2026-11-02', '15:00') };
    const late: PlacedShift = { shiftId: 'late', date: '2026-11-03', kind: 'DAY', start: at('2026-11-03', '02:00'), end: at('2026-11-03', '10:00') };
    expect(restViolations('p', [late, early], 11)).toEqual([]);
    const tooSoon = { ...late, start: at('2026-11-03', '01:59') };
    expect(restViolations('p', [early, tooSoon], 11)).toEqual([{ rule: 'insufficientRest', field: 'staffId', params: { staffId: 'p', shiftId: 'late', restHours: 10.98, minRestHours: 11 } }]);
  });

  it('a night crossing midnight into the next month leaves no rest before that morning’s day shift', () => {
    expect(restViolations('p', [night('2026-10-31'), day('2026-11-02')], 11)).toEqual([]);
    expect(restViolations('p', [night('2026-10-31'), day('2026-11-01')], 11)[0]).toMatchObject({ rule: 'insufficientRest', params: { restHours: 0 } });
  });

  it('consecutive nights: 3 in a row pass, 4 across a month boundary do not', () => {
    expect(nightStreakViolations('p', ['2026-10-29', '2026-10-30', '2026-10-31'].map(night), 3)).toEqual([]);
    expect(nightStreakViolations('p', ['2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'].map(night), 3)).toEqual([
      { rule: 'tooManyConsecutiveNights', field: 'staffId', params: { staffId: 'p', nights: 4, max: 3, until: '2026-11-01' } },
    ]);
    expect(nightStreakViolations('p', ['2026-10-28', '2026-10-29', '2026-10-31', '2026-11-01'].map(night), 3)).toEqual([]);
  });

  it('checkRoster reports overlaps, leave, and coverage gaps per job type', () => {
    const shifts = [
      { ...day('2026-11-02'), minHeadcount: [{ jobType: 'PHONE' as const, count: 2 }, { jobType: 'ONLINE' as const, count: 1 }] },
      { ...placeShift('overlap', '2026-11-02', { kind: 'DAY', startMinute: 19 * 60, endMinute: 21 * 60 }, TZ), minHeadcount: [] },
    ];
    const violations = checkRoster({
      shifts,
      assignments: [
        { shiftId: shifts[0].shiftId, staffId: 'a' },
        { shiftId: 'overlap', staffId: 'a' },
        { shiftId: shifts[0].shiftId, staffId: 'b' },
      ],
      staff: [person('a'), person('b')],
      absences: [{ staffId: 'b', start: at('2026-11-02', '12:00'), end: at('2026-11-02', '13:00') }],
      minRestHours: 11,
      maxConsecutiveNights: 3,
    });
    expect(violations.map((v) => v.rule).sort()).toEqual(['overlappingShifts', 'rosteredOnLeave', 'understaffed']);
    expect(violations.find((v) => v.rule === 'understaffed')?.params).toMatchObject({ jobType: 'ONLINE', required: 1, assigned: 0 });
  });
});
