import { screamingCase } from '../shared/screaming-case';
import type { Violation } from '../violation';

/** How a setting's number reads: a time of day (minutes after midnight, shown as HH:MM), a duration, a share, a count. */
export const SETTING_UNITS = ['MINUTE_OF_DAY', 'MINUTES', 'HOURS', 'DAYS', 'PERCENT', 'COUNT', 'LEVEL', 'MONTH', 'MEGABYTES', 'FLAG', 'CHOICE', 'DAY_OF_MONTH'] as const;
export type SettingUnit = (typeof SETTING_UNITS)[number];

interface SettingSpec {
  default: number;
  min: number;
  max: number;
  unit: SettingUnit;
}

const spec = (value: number, min: number, max: number, unit: SettingUnit): SettingSpec => ({ default: value, min, max, unit });

/**
 * The numbers DOMAIN.md calls defaults an administrator can change (配置). Each has a default, a
 * range, a unit, and a label in i18n under `settings.<key>` (the key's dots are the nesting); the
 * first part of the key is its area on the settings page.
 */
export const SETTINGS = {
  // Working hours for business-time deadlines (08:30-17:30).
  'calendar.workdayStartMinute': spec(510, 0, 1439, 'MINUTE_OF_DAY'),
  'calendar.workdayEndMinute': spec(1050, 1, 1440, 'MINUTE_OF_DAY'),
  // From the first day of this month, a next year without public holidays on file is announced.
  'calendar.holidayNoticeMonth': spec(11, 1, 12, 'MONTH'),
  'contract.expiringWindowDays': spec(30, 1, 365, 'DAYS'),
  // 有偿换件 goes to the business departments only (DOMAIN §3): which departments are (1 yes, 0 no); at least one.
  'contract.paidDept.TECHNICAL': spec(0, 0, 1, 'FLAG'),
  'contract.paidDept.SALES': spec(1, 0, 1, 'FLAG'),
  'contract.paidDept.WAREHOUSE': spec(0, 0, 1, 'FLAG'),
  'contract.paidDept.PRODUCTION': spec(0, 0, 1, 'FLAG'),
  'contract.paidDept.FINANCE': spec(0, 0, 1, 'FLAG'),
  'contract.paidDept.MARKETING': spec(0, 0, 1, 'FLAG'),
  'assignment.firstContactDays': spec(7, 1, 60, 'DAYS'),
  // 负责客户数量均衡、兼顾业务能力: the least skill level (1-5) an agent needs to own a customer of a tier.
  'assignment.minSkillForTierA': spec(4, 1, 5, 'LEVEL'),
  'assignment.minSkillForTierB': spec(2, 1, 5, 'LEVEL'),
  // 限时办结 (DOMAIN §5): escalation to the shift leader, then the manager, in the hours of the
  // escalation clock (0 CLOCK: clock hours, the department's "open more than 24 hours"; 1 BUSINESS:
  // working hours); due hours per severity in business hours, shortened for key customers (percent
  // of the hours); urges that raise priority.
  'complaint.escalationClock': spec(0, 0, 1, 'CHOICE'),
  'complaint.escalateToLeaderHours': spec(24, 1, 720, 'HOURS'),
  'complaint.escalateToManagerHours': spec(24, 1, 720, 'HOURS'),
  'complaint.dueHoursCritical': spec(4, 1, 720, 'HOURS'),
  'complaint.dueHoursHigh': spec(8, 1, 720, 'HOURS'),
  'complaint.dueHoursMedium': spec(16, 1, 720, 'HOURS'),
  'complaint.dueHoursLow': spec(24, 1, 720, 'HOURS'),
  'complaint.tierADuePercent': spec(50, 10, 100, 'PERCENT'),
  'complaint.tierBDuePercent': spec(75, 10, 100, 'PERCENT'),
  'complaint.dueSoonHours': spec(2, 0, 72, 'HOURS'),
  'complaint.urgesToRaisePriority': spec(3, 1, 50, 'COUNT'),
  // 审批 belongs to the department manager or above (DOMAIN §5): which roles approve proposals (1 yes, 0 no); at least one.
  'complaint.approver.DEPT_MANAGER': spec(1, 0, 1, 'FLAG'),
  'complaint.approver.CENTER_DIRECTOR': spec(1, 0, 1, 'FLAG'),
  // 排班 (DOMAIN §7): rest between shifts, night streaks, swap limits and leave deadlines.
  'scheduling.minRestHours': spec(11, 0, 24, 'HOURS'),
  'scheduling.maxConsecutiveNights': spec(3, 1, 14, 'DAYS'),
  'scheduling.maxSwapsPerMonth': spec(2, 0, 31, 'COUNT'),
  'scheduling.maxSwapSkillGap': spec(1, 0, 4, 'LEVEL'),
  'scheduling.emergencyLeaveNoticeMinutes': spec(60, 0, 1440, 'MINUTES'),
  'scheduling.nightLeaveCutoffMinute': spec(720, 0, 1439, 'MINUTE_OF_DAY'),
  'scheduling.holidayLeaveNoticeDays': spec(2, 0, 30, 'DAYS'),
  // Working time (劳动法): a standard week of 40 hours (hours above the month's standard are overtime,
  // reported), a monthly ceiling per job type (174 standard + 36 overtime hours), one day off in seven.
  'scheduling.weeklyStandardHours': spec(40, 20, 60, 'HOURS'),
  'scheduling.maxMonthlyHours.PHONE': spec(210, 40, 320, 'HOURS'),
  'scheduling.maxMonthlyHours.ONLINE': spec(210, 40, 320, 'HOURS'),
  'scheduling.maxMonthlyHours.FIELD': spec(210, 40, 320, 'HOURS'),
  'scheduling.maxMonthlyHours.BACK_OFFICE': spec(210, 40, 320, 'HOURS'),
  'scheduling.minDaysOffPerWeek.PHONE': spec(1, 0, 3, 'DAYS'),
  'scheduling.minDaysOffPerWeek.ONLINE': spec(1, 0, 3, 'DAYS'),
  'scheduling.minDaysOffPerWeek.FIELD': spec(1, 0, 3, 'DAYS'),
  'scheduling.minDaysOffPerWeek.BACK_OFFICE': spec(1, 0, 3, 'DAYS'),
  // 附件: the largest file, and which kinds of file are accepted at all (1 yes, 0 no).
  'attachment.maxSizeMb': spec(20, 1, 100, 'MEGABYTES'),
  'attachment.allowImages': spec(1, 0, 1, 'FLAG'),
  'attachment.allowPdf': spec(1, 0, 1, 'FLAG'),
  'attachment.allowOffice': spec(1, 0, 1, 'FLAG'),
  // 回访 (DOMAIN §6): within 3 days; no answer → try again later, never in the customer's rest hours
  // (the calling windows of working days and of weekends/holidays); key customers called periodically.
  'followUp.dueDays': spec(3, 1, 30, 'DAYS'),
  'followUp.retryMinutes': spec(120, 10, 1440, 'MINUTES'),
  'followUp.maxFailedAttempts': spec(3, 1, 10, 'COUNT'),
  'followUp.failedAttemptDays': spec(2, 1, 7, 'DAYS'),
  'followUp.workdayMorningStart': spec(540, 0, 1439, 'MINUTE_OF_DAY'),
  'followUp.workdayMorningEnd': spec(720, 1, 1440, 'MINUTE_OF_DAY'),
  'followUp.workdayAfternoonStart': spec(840, 0, 1439, 'MINUTE_OF_DAY'),
  'followUp.workdayAfternoonEnd': spec(1230, 1, 1440, 'MINUTE_OF_DAY'),
  'followUp.restDayMorningStart': spec(600, 0, 1439, 'MINUTE_OF_DAY'),
  'followUp.restDayMorningEnd': spec(720, 1, 1440, 'MINUTE_OF_DAY'),
  'followUp.restDayAfternoonStart': spec(900, 0, 1439, 'MINUTE_OF_DAY'),
  'followUp.restDayAfternoonEnd': spec(1080, 1, 1440, 'MINUTE_OF_DAY'),
  // 定期关怀: the index of NONE, MONTHLY, QUARTERLY per customer tier.
  'followUp.careCadence.A': spec(1, 0, 2, 'CHOICE'),
  'followUp.careCadence.B': spec(2, 0, 2, 'CHOICE'),
  'followUp.careCadence.C': spec(0, 0, 2, 'CHOICE'),
  // 报告 (DOMAIN §9): the monthly service report is due on this day of the next month.
  'report.monthlyDueDay': spec(22, 1, 28, 'DAY_OF_MONTH'),
  // 质检 (DOMAIN §8): each agent evaluated 1 to 5 times a month, complaints and unsatisfied follow-ups
  // drawn more often; the monthly assessment (月考核) weighs its parts by these relative weights.
  'quality.minPerAgent': spec(1, 0, 31, 'COUNT'),
  'quality.maxPerAgent': spec(5, 1, 31, 'COUNT'),
  'quality.flaggedWeight': spec(3, 1, 10, 'COUNT'),
  'quality.assessmentWeight.qa': spec(40, 0, 100, 'PERCENT'),
  'quality.assessmentWeight.followUpTimeliness': spec(15, 0, 100, 'PERCENT'),
  'quality.assessmentWeight.complaintTimeliness': spec(15, 0, 100, 'PERCENT'),
  'quality.assessmentWeight.satisfaction': spec(20, 0, 100, 'PERCENT'),
  'quality.assessmentWeight.discipline': spec(10, 0, 100, 'PERCENT'),
  'quality.pointsPerViolation': spec(20, 0, 100, 'COUNT'),
  // 校准: a dimension whose inspectors are further apart than this share of its scale is a disagreement to discuss.
  'quality.calibrationTolerance': spec(20, 0, 100, 'PERCENT'),
  // 考勤 (DOMAIN §7): roll call 10 minutes before the shift; 20+ minutes late, or away from one's post,
  // is a violation (a fact, no penalty); 3 in a month are flagged to the manager.
  'scheduling.rollCallMinutes': spec(10, 0, 60, 'MINUTES'),
  'scheduling.lateViolationMinutes': spec(20, 1, 240, 'MINUTES'),
  'scheduling.absenceViolationMinutes': spec(20, 1, 240, 'MINUTES'),
  'scheduling.violationsToFlag': spec(3, 1, 31, 'COUNT'),
  // 复核 (DOMAIN §8): changes to these fields wait for a second person (1 yes, 0 no), who rejects
  // with one of the error reasons switched on here (at least one).
  'review.sensitive.customer.tier': spec(1, 0, 1, 'FLAG'),
  'review.sensitive.customer.phone': spec(1, 0, 1, 'FLAG'),
  'review.sensitive.customer.name': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.customer.lifecycle': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.customer.email': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.customer.address': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.customer.ownerId': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.contract.amount': spec(1, 0, 1, 'FLAG'),
  'review.sensitive.contract.startDate': spec(1, 0, 1, 'FLAG'),
  'review.sensitive.contract.endDate': spec(1, 0, 1, 'FLAG'),
  'review.sensitive.contract.warrantyEndDate': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.contract.customerId': spec(0, 0, 1, 'FLAG'),
  'review.sensitive.contract.number': spec(0, 0, 1, 'FLAG'),
  'review.reason.WRONG_VALUE': spec(1, 0, 1, 'FLAG'),
  'review.reason.NO_EVIDENCE': spec(1, 0, 1, 'FLAG'),
  'review.reason.WRONG_RECORD': spec(1, 0, 1, 'FLAG'),
  'review.reason.NOT_AUTHORIZED': spec(1, 0, 1, 'FLAG'),
  'review.reason.DUPLICATE': spec(1, 0, 1, 'FLAG'),
  'review.reason.OTHER': spec(1, 0, 1, 'FLAG'),
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** A CHOICE setting's value is the index of one of these codes (settings hold integers only). */
export const SETTING_CHOICES: Partial<Record<SettingKey, readonly string[]>> = {
  'complaint.escalationClock': ['CLOCK', 'BUSINESS'],
  'followUp.careCadence.A': ['NONE', 'MONTHLY', 'QUARTERLY'],
  'followUp.careCadence.B': ['NONE', 'MONTHLY', 'QUARTERLY'],
  'followUp.careCadence.C': ['NONE', 'MONTHLY', 'QUARTERLY'],
};
export type Settings = Record<SettingKey, number>;

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The settings page's sections, in the order shown. */
export const SETTING_AREAS = ['complaint', 'followUp', 'quality', 'review', 'report', 'assignment', 'contract', 'scheduling', 'calendar', 'attachment'] as const;
export type SettingArea = (typeof SETTING_AREAS)[number];

/** The calling windows of follow-ups, each a start and an end that must come after it. */
const CALL_WINDOWS: ReadonlyArray<readonly [SettingKey, SettingKey]> = (['workdayMorning', 'workdayAfternoon', 'restDayMorning', 'restDayAfternoon'] as const).map(
  (w) => [`followUp.${w}Start`, `followUp.${w}End`] as const,
);

/** Settings that are one flag per member of a list (`<prefix>.<member>`), of which at least one must stay on. */
const FLAG_LISTS = ['contract.paidDept', 'complaint.approver', 'review.reason'] as const;

/** The members of a flag list that are on, e.g. the departments paid replacements go to. */
export function flagListMembers<M extends string>(settings: Settings, prefix: (typeof FLAG_LISTS)[number], members: readonly M[]): M[] {
  return members.filter((member) => settings[`${prefix}.${member}` as SettingKey] === 1);
}

export function isSettingKey(key: string): key is SettingKey {
  return key in SETTINGS;
}

export const settingArea = (key: SettingKey): SettingArea => key.split('.')[0] as SettingArea;

const KEY_BY_NAME = new Map<string, SettingKey>(SETTING_KEYS.map((key) => [screamingCase(key), key]));
const AREA_BY_NAME = new Map<string, SettingArea>(SETTING_AREAS.map((area) => [screamingCase(area), area]));

/** The key the API's `SettingKey` enum names (`COMPLAINT_ESCALATION_CLOCK` → `complaint.escalationClock`); undefined for no setting. */
export const settingKeyOfName = (name: string): SettingKey | undefined => KEY_BY_NAME.get(name);
/** The area the API's `SettingArea` enum names (`FOLLOW_UP` → `followUp`). */
export const settingAreaOfName = (name: string): SettingArea | undefined => AREA_BY_NAME.get(name);

export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as Settings;
}

/** The defaults overlaid with the values an administrator saved (unknown keys are ignored). */
export function settingsFrom(saved: ReadonlyArray<{ key: string; value: number }>): Settings {
  return { ...defaultSettings(), ...Object.fromEntries(saved.filter((s) => isSettingKey(s.key)).map((s) => [s.key, s.value])) };
}

export function validateSetting(key: string, value: number): Violation[] {
  if (!isSettingKey(key)) return [{ rule: 'invalidChoice', field: 'key' }];
  const { min, max } = SETTINGS[key];
  return Number.isInteger(value) && value >= min && value <= max ? [] : [{ rule: 'outOfRange', field: 'value', params: { min, max } }];
}

/** A change in the context of the other settings: the range, and the working day ending after it starts. */
export function validateSettingChange(key: string, value: number, current: Settings): Violation[] {
  const inRange = validateSetting(key, value);
  if (inRange.length) return inRange;
  const next = { ...current, [key]: value } as Settings;
  if (next['calendar.workdayEndMinute'] <= next['calendar.workdayStartMinute']) return [{ rule: 'workdayEndsBeforeStart', field: 'value' }];
  if (CALL_WINDOWS.some(([start, end]) => next[end] <= next[start])) return [{ rule: 'windowEndsBeforeStart', field: 'value' }];
  if (next['quality.maxPerAgent'] < next['quality.minPerAgent']) return [{ rule: 'quotaMaxBelowMin', field: 'value' }];
  if (SETTING_KEYS.every((k) => !k.startsWith('quality.assessmentWeight.') || next[k] === 0)) return [{ rule: 'noneLeft', field: 'value' }];
  // A list kept as one flag per member must keep a member: nobody to approve, or to send paid replacements to, is no rule.
  const list = FLAG_LISTS.find((prefix) => key.startsWith(`${prefix}.`));
  if (list && !SETTING_KEYS.some((k) => k.startsWith(`${list}.`) && next[k] === 1)) return [{ rule: 'noneLeft', field: 'value' }];
  return [];
}
