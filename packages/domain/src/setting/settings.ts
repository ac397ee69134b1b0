import type { Violation } from '../violation';

/**
 * The numbers DOMAIN.md calls defaults an administrator can change (配置). Each has a default, a
 * range, and a label in i18n under `settings.<key>` (the key's dots are the nesting).
 */
export const SETTINGS = {
  // Working hours for business-time deadlines, in minutes after local midnight (08:30-17:30).
  'calendar.workdayStartMinute': { default: 510, min: 0, max: 1439 },
  'calendar.workdayEndMinute': { default: 1050, min: 1, max: 1440 },
  'contract.expiringWindowDays': { default: 30, min: 1, max: 365 },
  'assignment.firstContactDays': { default: 7, min: 1, max: 60 },
  // 负责客户数量均衡、兼顾业务能力: the least skill level (1-5) an agent needs to own a customer of a tier.
  'assignment.minSkillForTierA': { default: 4, min: 1, max: 5 },
  'assignment.minSkillForTierB': { default: 2, min: 1, max: 5 },
  // 限时办结 (DOMAIN §5), in business hours: escalation to the shift leader, then the manager; due
  // hours per severity, shortened for key customers (percent of the hours); urges that raise priority.
  'complaint.escalateToLeaderHours': { default: 24, min: 1, max: 720 },
  'complaint.escalateToManagerHours': { default: 24, min: 1, max: 720 },
  'complaint.dueHoursCritical': { default: 4, min: 1, max: 720 },
  'complaint.dueHoursHigh': { default: 8, min: 1, max: 720 },
  'complaint.dueHoursMedium': { default: 16, min: 1, max: 720 },
  'complaint.dueHoursLow': { default: 24, min: 1, max: 720 },
  'complaint.tierADuePercent': { default: 50, min: 10, max: 100 },
  'complaint.tierBDuePercent': { default: 75, min: 10, max: 100 },
  'complaint.dueSoonHours': { default: 2, min: 0, max: 72 },
  'complaint.urgesToRaisePriority': { default: 3, min: 1, max: 50 },
  // 排班 (DOMAIN §7): rest between shifts, night streaks, swap limits and leave deadlines.
  'scheduling.minRestHours': { default: 11, min: 0, max: 24 },
  'scheduling.maxConsecutiveNights': { default: 3, min: 1, max: 14 },
  'scheduling.maxSwapsPerMonth': { default: 2, min: 0, max: 31 },
  'scheduling.maxSwapSkillGap': { default: 1, min: 0, max: 4 },
  'scheduling.emergencyLeaveNoticeMinutes': { default: 60, min: 0, max: 1440 },
  'scheduling.nightLeaveCutoffMinute': { default: 720, min: 0, max: 1439 },
  'scheduling.holidayLeaveNoticeDays': { default: 2, min: 0, max: 30 },
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
