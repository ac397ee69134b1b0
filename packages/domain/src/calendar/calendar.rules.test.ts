import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessHours, businessHoursBetween, isPublicHoliday, isWorkingDay, validateCalendarDay } from './calendar.rules';
import type { BusinessCalendar } from './calendar.types';
import { atLocalTime, localDate } from './local-time';

// 2026: 国庆 Oct 1-7 off, Sep 20 (Sunday) and Oct 10 (Saturday) worked instead.
const calendar: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStartMinute: 8 * 60 + 30,
  workdayEndMinute: 17 * 60 + 30,
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  ],
};
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('working days', () => {
  it('are weekdays that are not holidays, plus make-up weekend days', () => {
    expect(isWorkingDay('2026-09-30', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-05', calendar)).toBe(false); // a Monday inside the holiday
    expect(isWorkingDay('2026-10-03', calendar)).toBe(false); // a holiday on a Saturday
    expect(isPublicHoliday('2026-10-03', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true); // a make-up Saturday
    expect(isWorkingDay('2026-10-11', calendar)).toBe(false);
    expect(isPublicHoliday('2026-10-10', calendar)).toBe(false);
  });
});

describe('addBusinessHours', () => {
  it('counts only working hours, across a weekend', () => {
    // Friday 16:00 + 24 h of 9-hour days: 1.5 (Fri) + 9 (Mon) + 9 (Tue) + 4.5 → Wednesday 13:00.
    expect(addBusinessHours(shanghai('2026-11-20', '16:00'), 24, calendar)).toEqual(shanghai('2026-11-25', '13:00'));
  });

  it('skips a public holiday and works the make-up Saturday', () => {
    // The afternoon before 国庆: 2 h on Sep 30, then Oct 1-7 off; Oct 8 (Thu) 9 h, Oct 9 (Fri) 9 h, Oct 10 (Sat, make-up) 4 h.
    expect(addBusinessHours(shanghai('2026-09-30', '15:30'), 24, calendar)).toEqual(shanghai('2026-10-10', '12:30'));
  });

  it('starts at the next opening when registered outside working hours', () => {
    expect(addBusinessHours(shanghai('2026-11-24', '22:00'), 1, calendar)).toEqual(shanghai('2026-11-25', '09:30'));
    expect(addBusinessHours(shanghai('2026-11-21', '10:00'), 0, calendar)).toEqual(shanghai('2026-11-23', '08:30'));
  });

  it('property: the working hours between a start and its deadline are the hours added', () => {
    const start = Date.parse('2026-09-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 * 24 * 60 }), fc.integer({ min: 0, max: 200 }), (minutes, quarterHours) => {
        const from = new Date(start + minutes * 60_000);
        const hours = quarterHours / 4;
        expect(businessHoursBetween(from, addBusinessHours(from, hours, calendar), calendar)).toBeCloseTo(hours, 6);
      }),
    );
  });
});

describe('businessHoursBetween', () => {
  it('is 0 over a holiday week and for a reversed range', () => {
    expect(businessHoursBetween(shanghai('2026-10-01', '00:00'), shanghai('2026-10-07', '23:59'), calendar)).toBe(0);
    expect(businessHoursBetween(shanghai('2026-11-25', '12:00'), shanghai('2026-11-25', '10:00'), calendar)).toBe(0);
  });
});

describe('local time', () => {
  it('converts between instants and wall-clock dates, across midnight and DST', () => {
    expect(localDate(new Date('2026-11-24T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-25');
    expect(atLocalTime('2026-11-25', 510, 'Asia/Shanghai').toISOString()).toBe('2026-11-25T00:30:00.000Z');
    expect(atLocalTime('2026-03-09', 9 * 60, 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(atLocalTime('2026-03-06', 9 * 60, 'America/New_York').toISOString()).toBe('2026-03-06T14:00:00.000Z');
  });
});

describe('validateCalendarDay', () => {
  it('needs a real date, a known kind and a name', () => {
    expect(validateCalendarDay({ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' })).toEqual([]);
    expect(validateCalendarDay({ date: '2026-02-30', kind: 'HOLIDAY', name: '国庆节' })).toEqual([{ rule: 'invalidDate', field: 'date' }]);
    expect(validateCalendarDay({ date: '2026-10-01', kind: 'HOLIDAY', name: ' ' })).toEqual([{ rule: 'required', field: 'name' }]);
  });
});
