import type { SettingUnit } from '@sanxin/domain';

const pad = (value: number) => String(value).padStart(2, '0');

/** 510 → "08:30" for a time of day; 1440 (the end of the day) → "24:00". */
export const minuteToTime = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** "08:30" → 510; NaN when it is not a time. */
export function timeToMinute(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** A value as a person reads it: a time of day as HH:MM, anything else as the number. */
export const formatSetting = (value: number, unit: SettingUnit) => (unit === 'MINUTE_OF_DAY' ? minuteToTime(value) : String(value));

/** What the input holds → the number to save (NaN when it is not one). */
export const parseSetting = (text: string, unit: SettingUnit) => (unit === 'MINUTE_OF_DAY' ? timeToMinute(text) : text.trim() === '' ? Number.NaN : Number(text));
