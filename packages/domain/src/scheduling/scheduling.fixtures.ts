import type { BusinessCalendar } from '../calendar/calendar.types';
import type { RosterPerson, ShiftTypeSpec } from './scheduling.types';

/** Test fixtures: 2026 国庆 (Oct 1-7 off, Oct 3 a Saturday), made up on Sunday Sep 20 and Saturday Oct 10. */
export const CALENDAR_2026: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  workdayStartMinute: 510,
  workdayEndMinute: 1050,
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const, name: '国庆节' })),
    { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  ],
};

export const DAY_SHIFT: ShiftTypeSpec = { id: 'day', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 8 * 60, endMinute: 20 * 60, minHeadcount: [{ jobType: 'PHONE', count: 2 }] };
export const NIGHT_SHIFT: ShiftTypeSpec = { id: 'night', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 20 * 60, endMinute: 8 * 60, minHeadcount: [{ jobType: 'PHONE', count: 1 }] };
export const HOLIDAY_DUTY: ShiftTypeSpec = { id: 'duty', kind: 'HOLIDAY_DUTY', days: 'REST_DAYS', startMinute: 8 * 60, endMinute: 20 * 60, minHeadcount: [{ jobType: 'PHONE', count: 1 }] };

export const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

export function person(id: string, extra: Partial<RosterPerson> = {}): RosterPerson {
  return { id, role: 'AGENT', jobType: 'PHONE', skillLevel: 3, ...extra };
}

/** A demo hotline team's templates: one phone seat on each 12-hour shift, round the clock. */
export const DEMO_TEAM_TYPES: ShiftTypeSpec[] = [
  { ...DAY_SHIFT, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
  NIGHT_SHIFT,
  HOLIDAY_DUTY,
];

/** Shifts of different lengths: 9-hour days (08:30-17:30) for two, 12-hour nights, 9-hour holiday duty. */
export const MIXED_LENGTH_TYPES: ShiftTypeSpec[] = [
  { id: 'day', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 510, endMinute: 1050, minHeadcount: [{ jobType: 'PHONE', count: 2 }] },
  NIGHT_SHIFT,
  { id: 'duty', kind: 'HOLIDAY_DUTY', days: 'REST_DAYS', startMinute: 540, endMinute: 1080, minHeadcount: [{ jobType: 'PHONE', count: 1 }] },
];

/** A team of `size` phone staff, the first its shift leader. */
export const phoneTeam = (size: number): RosterPerson[] => Array.from({ length: size }, (_, i) => person(`p${i}`, { role: i === 0 ? 'SHIFT_LEADER' : 'AGENT', skillLevel: 1 + (i % 5) }));
