import { describe, expect, it } from 'vitest';
import { CALENDAR_2026, DAY_SHIFT, HOLIDAY_DUTY, NIGHT_SHIFT, at } from './scheduling.fixtures';
import { defaultSettings } from '../setting/settings';
import { validateShiftType } from './shift-type.rules';
import { datesOfMonth, placeShift, restHoursBetween, runsOn, touchesPublicHoliday } from './shift-time';

describe('shift time', () => {
  it('places a night shift across midnight, and across the month boundary', () => {
    const night = placeShift('n', '2026-10-31', NIGHT_SHIFT, 'Asia/Shanghai');
    expect(night.start).toEqual(at('2026-10-31', '20:00'));
    expect(night.end).toEqual(at('2026-11-01', '08:00'));
    expect(restHoursBetween(night, placeShift('d', '2026-11-01', DAY_SHIFT, 'Asia/Shanghai'))).toBe(0);
  });

  it('runs day shifts on working days and make-up days, holiday duty on weekends and holidays', () => {
    expect(runsOn(DAY_SHIFT, '2026-10-10', CALENDAR_2026)).toBe(true); // make-up Saturday
    expect(runsOn(HOLIDAY_DUTY, '2026-10-10', CALENDAR_2026)).toBe(false);
    expect(runsOn(DAY_SHIFT, '2026-10-05', CALENDAR_2026)).toBe(false); // a Monday inside 国庆
    expect(runsOn(HOLIDAY_DUTY, '2026-10-03', CALENDAR_2026)).toBe(true); // a holiday on a Saturday
    expect(runsOn(HOLIDAY_DUTY, '2026-10-11', CALENDAR_2026)).toBe(true); // an ordinary Sunday
    expect(runsOn(NIGHT_SHIFT, '2026-10-05', CALENDAR_2026)).toBe(true);
  });

  it('counts a night starting on the eve of a holiday as touching it', () => {
    expect(touchesPublicHoliday(placeShift('n', '2026-09-30', NIGHT_SHIFT, 'Asia/Shanghai'), CALENDAR_2026)).toBe(true);
    expect(touchesPublicHoliday(placeShift('d', '2026-09-30', DAY_SHIFT, 'Asia/Shanghai'), CALENDAR_2026)).toBe(false);
    expect(touchesPublicHoliday(placeShift('n', '2026-10-07', NIGHT_SHIFT, 'Asia/Shanghai'), CALENDAR_2026)).toBe(true);
    expect(touchesPublicHoliday(placeShift('n', '2026-10-08', NIGHT_SHIFT, 'Asia/Shanghai'), CALENDAR_2026)).toBe(false);
  });

  it('lists the dates of a month, leap February included', () => {
    expect(datesOfMonth('2028-02')).toHaveLength(29);
    expect(datesOfMonth('2026-12').at(-1)).toBe('2026-12-31');
  });
});

describe('validateShiftType', () => {
  it('accepts a night crossing midnight and refuses a zero-length shift, bad minutes and a job type twice', () => {
    expect(validateShiftType({ name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 2 }] }, 'create')).toEqual([]);
    const rules = validateShiftType({ name: ' ', kind: 'DAY', days: 'EVERY_DAY', startMinute: 480, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }, { jobType: 'PHONE', count: -1 }] }, 'create').map((v) => v.rule);
    expect(rules.sort()).toEqual(['duplicate', 'outOfRange', 'required', 'zeroLengthShift']);
    expect(validateShiftType({ endMinute: 1440 }, 'update')).toEqual([{ rule: 'outOfRange', field: 'endMinute', params: { min: 0, max: 1439 } }]);
  });
});

describe('scheduling settings', () => {
  it('default to DOMAIN §7: 11 h rest, 3 nights in a row, 2 swaps a month, skill within 1', () => {
    expect(defaultSettings()).toMatchObject({ 'scheduling.minRestHours': 11, 'scheduling.maxConsecutiveNights': 3, 'scheduling.maxSwapsPerMonth': 2, 'scheduling.maxSwapSkillGap': 1 });
  });
});
