import type { Violation } from '../violation';

/**
 * The numbers DOMAIN.md calls defaults an administrator can change (配置). Each has a default, a
 * range, and a label in i18n under `settings.<key>` (the key's dots are the nesting).
 */
export const SETTINGS = {
  'contract.expiringWindowDays': { default: 30, min: 1, max: 365 },
  'assignment.firstContactDays': { default: 7, min: 1, max: 60 },
  // 负责客户数量均衡、兼顾业务能力: the least skill level (1-5) an agent needs to own a customer of a tier.
  'assignment.minSkillForTierA': { default: 4, min: 1, max: 5 },
  'assignment.minSkillForTierB': { default: 2, min: 1, max: 5 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = Record<SettingKey, number>;

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return key in SETTINGS;
}

export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as Settings;
}

export function validateSetting(key: string, value: number): Violation[] {
  if (!isSettingKey(key)) return [{ rule: 'invalidChoice', field: 'key' }];
  const { min, max } = SETTINGS[key];
  return Number.isInteger(value) && value >= min && value <= max ? [] : [{ rule: 'outOfRange', field: 'value', params: { min, max } }];
}
