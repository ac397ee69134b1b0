import { describe, expect, it } from 'vitest';
import { diffHolidaySchedule, holidaysMissingViolations, yearsMissingHolidays } from './holiday-schedule';

const stored = (date: string, kind: 'HOLIDAY' | 'MAKEUP_WORKDAY', name: string) => ({ id: `id-${date}`, version: 1, date, kind, name });

describe('importing the official holiday schedule', () => {
  it('adds new dates, changes different ones, leaves the right ones and the department’s own alone', () => {
    const diff = diffHolidaySchedule(
      [stored('2027-01-01', 'HOLIDAY', '元旦'), stored('2027-02-06', 'MAKEUP_WORKDAY', '春节'), stored('2027-03-08', 'HOLIDAY', '妇女节（本单位）')],
      [
        { date: '2027-02-07', kind: 'HOLIDAY', name: '春节' },
        { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { date: '2027-02-06', kind: 'HOLIDAY', name: '春节' },
      ],
    );
    expect(diff.added).toEqual([{ date: '2027-02-07', kind: 'HOLIDAY', name: '春节' }]);
    expect(diff.changed).toEqual([{ day: { date: '2027-02-06', kind: 'HOLIDAY', name: '春节' }, current: stored('2027-02-06', 'MAKEUP_WORKDAY', '春节') }]);
    expect(diff.unchanged.map((d) => d.date)).toEqual(['2027-01-01']);
    expect(diff.kept.map((d) => d.date)).toEqual(['2027-03-08']);
  });
});

describe('a year without public holidays', () => {
  const at = (iso: string) => new Date(iso);

  it('is announced for next year from the first day of the notice month, in the business time zone', () => {
    expect(yearsMissingHolidays(at('2026-10-31T15:59:00Z'), 'Asia/Shanghai', 11, [2026])).toEqual([]);
    // 16:00 UTC on 31 October is already 1 November in Shanghai.
    expect(yearsMissingHolidays(at('2026-10-31T16:00:00Z'), 'Asia/Shanghai', 11, [2026])).toEqual([2027]);
    expect(yearsMissingHolidays(at('2026-12-31T23:00:00Z'), 'Asia/Shanghai', 11, [2026])).toEqual([2027]);
    expect(yearsMissingHolidays(at('2026-12-01T00:00:00Z'), 'Asia/Shanghai', 11, [2026, 2027])).toEqual([]);
    expect(yearsMissingHolidays(at('2026-09-15T00:00:00Z'), 'Asia/Shanghai', 9, [2026])).toEqual([2027]);
  });

  it('is announced for this year whatever the month', () => {
    expect(yearsMissingHolidays(at('2027-03-01T00:00:00Z'), 'Asia/Shanghai', 11, [2026])).toEqual([2027]);
  });

  it('stops a roster of that year from being published', () => {
    expect(holidaysMissingViolations('2027-01', [2026])).toEqual([{ rule: 'holidaysMissingForYear', field: 'month', params: { year: 2027 } }]);
    expect(holidaysMissingViolations('2026-12', [2026])).toEqual([]);
  });
});
