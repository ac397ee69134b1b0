import { describe, expect, it } from 'vitest';
import { CALENDAR_2026, DAY_SHIFT, NIGHT_SHIFT } from './scheduling.fixtures';
import { DEFAULT_SCHEDULING_POLICY } from './scheduling.policy';
import { placeShift } from './shift-time';
import { breaksDaysOff, datesWorked, daysOffViolations, monthlyWorkload, standardHoursOf } from './working-time.rules';

const TZ = 'Asia/Shanghai';
const day = (date: string) => placeShift(`d${date}`, date, DAY_SHIFT, TZ);
const night = (date: string) => placeShift(`n${date}`, date, NIGHT_SHIFT, TZ);
const dates = (from: number, to: number, month = '2026-11') => Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`);

describe('working time', () => {
  it('counts a night shift on both dates it touches', () => {
    expect(datesWorked(night('2026-11-30'), TZ)).toEqual(['2026-11-30', '2026-12-01']);
    expect(datesWorked(day('2026-11-30'), TZ)).toEqual(['2026-11-30']);
  });

  it('takes the month’s standard from its working days: October 2026 has 18 (22 weekdays, 5 of them 国庆, one make-up Saturday)', () => {
    expect(standardHoursOf('2026-10', CALENDAR_2026, 40)).toBe(144);
    expect(standardHoursOf('2026-11', CALENDAR_2026, 40)).toBe(168);
  });

  it('wants a day entirely off in any seven: six day shifts in a row are fine, a seventh is not', () => {
    expect(daysOffViolations('a', dates(2, 7).map(day), 1, TZ)).toEqual([]);
    expect(daysOffViolations('a', dates(2, 8).map(day), 1, TZ)).toEqual([
      { rule: 'tooFewDaysOff', field: 'staffId', params: { staffId: 'a', from: '2026-11-02', to: '2026-11-08', daysOff: 0, minDaysOff: 1 } },
    ]);
    // Nights every other day still touch every date: the morning after a night is not a day off.
    expect(daysOffViolations('a', ['02', '04', '06', '08'].map((d) => night(`2026-11-${d}`)), 1, TZ)).toHaveLength(1);
    expect(breaksDaysOff(new Set(dates(2, 7)), ['2026-11-08'], 1)).toBe(true);
    expect(breaksDaysOff(new Set(dates(2, 7)), ['2026-11-09'], 1)).toBe(false);
    expect(breaksDaysOff(new Set(dates(2, 7)), ['2026-11-08'], 0)).toBe(false);
  });

  it('reports a month’s hours, the overtime above its standard and the ceiling broken', () => {
    const shifts = [...dates(2, 7), ...dates(9, 14), ...dates(16, 21)].map(day);
    const load = monthlyWorkload({ id: 'a', jobType: 'PHONE' }, shifts, '2026-11', CALENDAR_2026, { ...DEFAULT_SCHEDULING_POLICY, maxMonthlyHours: { ...DEFAULT_SCHEDULING_POLICY.maxMonthlyHours, PHONE: 200 } });
    expect(load).toMatchObject({ shifts: 18, hours: 216, standardHours: 168, overtimeHours: 48, maxHours: 200 });
    expect(load.violations).toEqual([{ rule: 'monthlyHoursExceeded', field: 'staffId', params: { staffId: 'a', month: '2026-11', hours: 216, max: 200 } }]);
    expect(monthlyWorkload({ id: 'a', jobType: 'PHONE' }, shifts.slice(0, 10), '2026-11', CALENDAR_2026, DEFAULT_SCHEDULING_POLICY)).toMatchObject({ hours: 120, overtimeHours: 0, violations: [] });
  });
});
