import { addDays, datesOfMonth, localDate, type PlacedShift, type RosterStatus, type ShiftKind, weekday } from '@sanxin/domain';
import type { HolidayRecord, RosterAssignment, RosterShift, ShiftTypeRecord, StaffRef } from './schedulingQueries';

/**
 * The business time zone. The API applies its configured zone (default Asia/Shanghai, DESIGN §3)
 * but does not publish it in the schema, so the console uses the same default.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** One colour per shift type, in the order of their start times. */
const PALETTE = ['#bbdefb', '#3949ab', '#ffcc80', '#c8e6c9', '#f8bbd0', '#d1c4e9', '#b2dfdb', '#fff59d'];
const DARK = new Set(['#3949ab']);

export function shiftTypeColours(types: readonly Pick<ShiftTypeRecord, 'id'>[]): Map<string, { background: string; color: string }> {
  return new Map(types.map((type, index) => {
    const background = PALETTE[index % PALETTE.length];
    return [type.id, { background, color: DARK.has(background) ? '#fff' : 'rgba(0,0,0,0.87)' }];
  }));
}

export const currentMonth = (now = new Date()) => localDate(now, BUSINESS_TIME_ZONE).slice(0, 7);
/** Next year by the business clock: the one whose holidays are imported in November and December. */
export const nextYear = (now = new Date()) => Number(localDate(now, BUSINESS_TIME_ZONE).slice(0, 4)) + 1;
export const nextMonth = (month: string) => addDays(`${month}-28`, 7).slice(0, 7);
export const lastDateOf = (month: string) => datesOfMonth(month).at(-1) as string;

const pad = (value: number) => String(value).padStart(2, '0');
export const minuteLabel = (minute: number) => `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;

/** Chinese words run into the time (次日08:00); other languages need a space (next day 08:00). */
const endsInHan = (text: string) => /\p{Script=Han}$/u.test(text);

/** 08:00–20:00, or 20:00–次日08:00 (next day 08:00) for a shift crossing midnight. */
export function hoursLabel(type: Pick<ShiftTypeRecord, 'startMinute' | 'endMinute'>, nextDay: string): string {
  const crossesMidnight = type.endMinute <= type.startMinute;
  const prefix = crossesMidnight && nextDay ? `${nextDay}${endsInHan(nextDay) ? '' : ' '}` : '';
  return `${minuteLabel(type.startMinute)}–${prefix}${minuteLabel(type.endMinute)}`;
}

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const isChinese = (locale: string) => locale.startsWith('zh');
/** 周四 / Thu. */
export const weekdayLabel = (date: string, locale = 'zh-CN') => (isChinese(locale) ? `周${WEEKDAYS_ZH[weekday(date)]}` : WEEKDAYS_EN[weekday(date)]);
/** The roster header's one-column form: 四 / Th. */
export const weekdayShort = (date: string, locale = 'zh-CN') => (isChinese(locale) ? WEEKDAYS_ZH[weekday(date)] : WEEKDAYS_EN[weekday(date)].slice(0, 2));

const KIND_MARKS: Record<string, string> = { DAY: 'D', NIGHT: 'N', HOLIDAY_DUTY: 'H' };
/**
 * The one character a roster cell shows for a shift type: the name's first character in Chinese
 * (白, 夜); in another language the name's first letter when it has one, else the kind's (D, N, H).
 */
export function shiftMark(type: Pick<ShiftTypeRecord, 'name' | 'kind'> | undefined, locale = 'zh-CN'): string {
  if (!type) return '?';
  const first = Array.from(type.name)[0] ?? '?';
  if (isChinese(locale) || /[A-Za-z]/.test(first)) return first.toUpperCase();
  return KIND_MARKS[type.kind] ?? first;
}

/** "11-26 周四 夜班 20:00–次日08:00": how a shift is named in pickers and lists. */
export function shiftLabel(shift: Pick<RosterShift, 'date' | 'shiftTypeId'>, types: ReadonlyMap<string, ShiftTypeRecord>, nextDay = '次日', locale = 'zh-CN'): string {
  const type = types.get(shift.shiftTypeId);
  return `${shift.date} ${weekdayLabel(shift.date, locale)} ${type ? `${type.name} ${hoursLabel(type, nextDay)}` : ''}`.trim();
}

/** A roster shift as the domain rules see it. */
export function placed(shift: Pick<RosterShift, 'id' | 'date' | 'startsAt' | 'endsAt' | 'shiftTypeId'>, types: ReadonlyMap<string, Pick<ShiftTypeRecord, 'kind'>>): PlacedShift {
  return { shiftId: shift.id, date: shift.date, kind: (types.get(shift.shiftTypeId)?.kind ?? 'DAY') as ShiftKind, start: new Date(shift.startsAt), end: new Date(shift.endsAt) };
}

export interface RosterCell {
  shift: RosterShift;
  assignment: RosterAssignment;
}

export interface RosterRow {
  staff: StaffRef;
  /** Not a member of the team: on its shifts through a swap or as cover. */
  guest: boolean;
  cells: Map<string, RosterCell[]>;
}

/** Staff × days: the team's members (even with no shift), then anyone else working the team's shifts. */
export function rosterRows(teamStaff: readonly StaffRef[], shifts: readonly RosterShift[]): RosterRow[] {
  const rows = new Map<string, RosterRow>(teamStaff.map((staff) => [staff.id, { staff, guest: false, cells: new Map() }]));
  for (const shift of shifts) {
    for (const assignment of shift.assignments) {
      let row = rows.get(assignment.staffId);
      if (!row) {
        row = { staff: assignment.staff ?? { id: assignment.staffId, name: assignment.staffId }, guest: true, cells: new Map() };
        rows.set(assignment.staffId, row);
      }
      const cell = row.cells.get(shift.date) ?? [];
      cell.push({ shift, assignment });
      row.cells.set(shift.date, cell);
    }
  }
  return [...rows.values()];
}

export interface CoverageGap {
  shiftId: string;
  shiftTypeId: string;
  jobType: string;
  required: number;
  assigned: number;
  missing: number;
}

/** Per date, every job type of every shift that is below its minimum headcount (from the API's `coverage`). */
export function coverageGaps(shifts: readonly RosterShift[]): Map<string, CoverageGap[]> {
  const gaps = new Map<string, CoverageGap[]>();
  for (const shift of shifts) {
    const short = shift.coverage.filter((row) => row.missing > 0);
    if (short.length === 0) continue;
    gaps.set(shift.date, [
      ...(gaps.get(shift.date) ?? []),
      ...short.map((row) => ({ shiftId: shift.id, shiftTypeId: shift.shiftTypeId, jobType: row.jobType, required: row.required, assigned: row.assigned, missing: row.missing })),
    ]);
  }
  return gaps;
}

/** Dates that have at least one shift: an empty coverage cell on them means "covered", elsewhere "not rostered". */
export const rosteredDates = (shifts: readonly RosterShift[]) => new Set(shifts.map((shift) => shift.date));

/** Draft or published: the month's roster, as the shifts carry it; null when nothing is rostered. */
export function rosterStatusOf(shifts: readonly RosterShift[]): RosterStatus | null {
  const statuses = new Set(shifts.map((shift) => shift.roster?.status).filter(Boolean));
  if (statuses.size === 0) return null;
  return statuses.has('DRAFT') ? 'DRAFT' : 'PUBLISHED';
}

export const holidayIndex = (holidays: readonly HolidayRecord[]) => new Map(holidays.map((holiday) => [holiday.date, holiday]));
