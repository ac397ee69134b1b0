import type { BusinessCalendar } from './calendar.types';

/** For tests: 2026 国庆, Oct 1-7 off, Sep 20 (Sunday) and Oct 10 (Saturday) worked; 08:30-17:30 in Shanghai. */
export const nationalDay2026: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStartMinute: 510,
  workdayEndMinute: 1050,
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' },
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY' as const, name: '国庆节调休上班' },
  ],
};

/** The instant a Shanghai wall clock shows `date` `time`. */
export const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
