const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(at: Date, timeZone: string): { date: string; minute: number; utcOfWall: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  const [y, m, d, h, min, s] = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(Number);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: h * 60 + min, utcOfWall: Date.UTC(y, m - 1, d, h, min, s) };
}

/** The calendar date at `at` in `timeZone`, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return wallClock(at, timeZone).date;
}

/** Minutes since local midnight at `at`. */
export function localMinute(at: Date, timeZone: string): number {
  return wallClock(at, timeZone).minute;
}

/** The instant when the wall clock in `timeZone` shows `date` + `minute` (second pass settles DST edges). */
export function atLocalTime(date: string, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minute);
  let instant = wall;
  for (let pass = 0; pass < 2; pass += 1) {
    const offset = wallClock(new Date(instant), timeZone).utcOfWall - instant;
    instant = wall - offset;
  }
  return new Date(instant);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
