import type { CalendarDay } from '@sanxin/domain';
import { addDays } from '@sanxin/domain';

/**
 * 2026 public holidays and make-up working days (调休) as published by the State Council
 * (国务院办公厅关于2026年部分节假日安排的通知). Administrators keep later years up to date
 * in the console; this is demo data.
 */
const HOLIDAYS_2026: Array<{ name: string; from: string; to: string; makeUp: string[] }> = [
  { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeUp: ['2026-01-04'] },
  { name: '春节', from: '2026-02-15', to: '2026-02-23', makeUp: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeUp: [] },
  { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeUp: ['2026-05-09'] },
  { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeUp: [] },
  { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeUp: [] },
  { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeUp: ['2026-09-20', '2026-10-10'] },
];

export function demoHolidays(): CalendarDay[] {
  return HOLIDAYS_2026.flatMap(({ name, from, to, makeUp }) => {
    const days: CalendarDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, kind: 'HOLIDAY', name });
    return [...days, ...makeUp.map((date) => ({ date, kind: 'MAKEUP_WORKDAY' as const, name: `${name}调休上班` }))];
  });
}
