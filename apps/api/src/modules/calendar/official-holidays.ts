import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CalendarDay } from '@sanxin/domain';

/** Where the State Council's holiday schedule (国务院办公厅关于节假日安排的通知) comes from. */
export interface OfficialHolidaySource {
  /** "chinese-days 1.5.7", or the folder a year's file was read from: shown in the preview and the audit. */
  describe(year: number): string;
  /** The year's public holidays and make-up working days, or null when the source does not have that year yet. */
  schedule(year: number): CalendarDay[] | null;
}

/** chinese-days' per-year file: `{ holidays: { 'YYYY-MM-DD': 'English,中文,n' }, workdays: { … } }`. */
interface YearFile {
  holidays?: Record<string, string>;
  workdays?: Record<string, string>;
}

const PACKAGE = 'chinese-days';
/** chinese-days names three festivals short; the notices (and our calendar) use the full names. */
const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/**
 * The `chinese-days` npm package (see docs/decisions/0011-official-holidays.md), and, for a year it
 * does not have yet, `<overrideDir>/<year>.json` in the same format (HOLIDAYS_DIR): the State
 * Council publishes in November, the package follows within days, the folder bridges those days.
 */
export function chineseDaysSource(overrideDir?: string): OfficialHolidaySource {
  const packageDir = dirname(require.resolve(`${PACKAGE}/package.json`));
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const packageFile = (year: number) => join(packageDir, 'dist', 'years', `${year}.json`);
  const fileOf = (year: number): { path: string; label: string } | null => {
    if (existsSync(packageFile(year))) return { path: packageFile(year), label: `${PACKAGE} ${version}` };
    const override = overrideDir ? join(overrideDir, `${year}.json`) : null;
    return override && existsSync(override) ? { path: override, label: override } : null;
  };
  return {
    describe: (year) => fileOf(year)?.label ?? `${PACKAGE} ${version}`,
    schedule: (year) => {
      const file = fileOf(year);
      return file ? daysOfYearFile(JSON.parse(readFileSync(file.path, 'utf8')) as YearFile, year) : null;
    },
  };
}

function daysOfYearFile(file: YearFile, year: number): CalendarDay[] {
  const inYear = (entries: Record<string, string> | undefined) => Object.entries(entries ?? {}).filter(([date]) => date.startsWith(`${year}-`));
  return [
    ...inYear(file.holidays).map(([date, label]) => ({ date, kind: 'HOLIDAY' as const, name: chineseName(label) })),
    ...inYear(file.workdays).map(([date, label]) => ({ date, kind: 'MAKEUP_WORKDAY' as const, name: `${chineseName(label)}调休上班` })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** "New Year's Day,元旦,1": the Chinese name is the second-to-last part (English names may hold commas). */
function chineseName(label: string): string {
  const parts = label.split(',');
  const name = (parts[parts.length - 2] ?? label).trim();
  return FULL_NAMES[name] ?? name;
}
