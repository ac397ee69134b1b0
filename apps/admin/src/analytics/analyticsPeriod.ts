import { addDays } from '@sanxin/domain';

export const PERIOD_PRESETS = ['THIS_MONTH', 'LAST_MONTH', 'LAST_3_MONTHS', 'LAST_6_MONTHS', 'LAST_12_MONTHS', 'CUSTOM'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const monthStart = (month: string) => `${month}-01`;
function shiftMonth(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The days a preset covers on `today` (a business date): this month runs to today; last month is the
 * whole calendar month; the last n months are whole months ending with this one (to today).
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'CUSTOM'>, today: string): { from: string; to: string } {
  const thisMonth = today.slice(0, 7);
  if (preset === 'LAST_MONTH') {
    const last = shiftMonth(today, -1);
    return { from: monthStart(last), to: addDays(monthStart(thisMonth), -1) };
  }
  const back = { THIS_MONTH: 0, LAST_3_MONTHS: 2, LAST_6_MONTHS: 5, LAST_12_MONTHS: 11 }[preset];
  return { from: monthStart(shiftMonth(today, -back)), to: today };
}
