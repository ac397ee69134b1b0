import { isSettingKey, SETTING_CHOICES, type SettingUnit } from '@sanxin/domain';

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

/**
 * The values of a setting that is one of a few (a CHOICE: the index of one of the API's `choices`, e.g.
 * the escalation clock CLOCK/BUSINESS; a FLAG: on or off, e.g. whether a role approves proposals), as
 * labels for a dropdown; null for a number typed in.
 */
export function choicesOfSetting(
  setting: { key: string; unit: SettingUnit; choices?: readonly string[] | null },
  translate: (key: string, options?: object) => string,
): { value: number; label: string }[] | null {
  const codes = setting.choices ?? (isSettingKey(setting.key) ? SETTING_CHOICES[setting.key] : undefined);
  if (setting.unit === 'CHOICE' && codes?.length) {
    const list = setting.key.split('.').pop() as string;
    return codes.map((code, value) => ({ value, label: translate(`sanxin.enums.${list}.${code}`, { _: code }) }));
  }
  if (setting.unit === 'FLAG') return [1, 0].map((value) => ({ value, label: translate(value ? 'app.settings.flagOn' : 'app.settings.flagOff') }));
  return null;
}

/** A value as its dropdown names it, or as the number (a time of day as HH:MM). */
export function labelOfSetting(setting: { key: string; unit: SettingUnit; choices?: readonly string[] | null }, value: number, translate: (key: string, options?: object) => string): string {
  return choicesOfSetting(setting, translate)?.find((choice) => choice.value === value)?.label ?? formatSetting(value, setting.unit);
}
