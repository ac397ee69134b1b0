/** A day that is not what its weekday says: a public holiday, or a weekend made a working day (调休). */
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'MAKEUP_WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  /** YYYY-MM-DD in the business time zone. */
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** Everything business-time rules need; built by the API from settings and the holidays table. */
export interface BusinessCalendar {
  timeZone: string;
  /** Minutes after local midnight: 510 = 08:30. */
  workdayStartMinute: number;
  workdayEndMinute: number;
  days: CalendarDay[];
}
