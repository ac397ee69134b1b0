import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n';
import { defaultSettings, flagListMembers, SETTING_AREAS, SETTING_KEYS, SETTINGS, settingArea, settingAreaOfName, settingKeyOfName, settingsFrom, validateSetting, validateSettingChange } from './settings';
import { screamingCase } from '../shared/screaming-case';

describe('settings', () => {
  it('default to the numbers of DOMAIN.md', () => {
    expect(defaultSettings()).toMatchObject({
      'calendar.workdayStartMinute': 510,
      'calendar.workdayEndMinute': 1050,
      'contract.expiringWindowDays': 30,
      'assignment.firstContactDays': 7,
      'assignment.minSkillForTierA': 4,
      'assignment.minSkillForTierB': 2,
    });
  });

  it('accept whole numbers in range only, and known keys only', () => {
    expect(validateSetting('contract.expiringWindowDays', 45)).toEqual([]);
    expect(validateSetting('contract.expiringWindowDays', 0)).toEqual([{ rule: 'outOfRange', field: 'value', params: { min: 1, max: 365 } }]);
    expect(validateSetting('assignment.firstContactDays', 2.5)[0]?.rule).toBe('outOfRange');
    expect(validateSetting('no.such.key', 1)).toEqual([{ rule: 'invalidChoice', field: 'key' }]);
  });

  it('reject a working day that ends before it starts, with the other settings as they are', () => {
    const current = defaultSettings();
    expect(validateSettingChange('calendar.workdayEndMinute', 500, current)).toEqual([{ rule: 'workdayEndsBeforeStart', field: 'value' }]);
    expect(validateSettingChange('calendar.workdayStartMinute', 1050, current)).toEqual([{ rule: 'workdayEndsBeforeStart', field: 'value' }]);
    // A follow-up calling window ends after it starts (一个避免 needs a window, not an empty one).
    expect(validateSettingChange('followUp.workdayMorningEnd', 540, current)).toEqual([{ rule: 'windowEndsBeforeStart', field: 'value' }]);
    expect(validateSettingChange('followUp.restDayAfternoonStart', 1080, current)).toEqual([{ rule: 'windowEndsBeforeStart', field: 'value' }]);
    expect(validateSettingChange('followUp.workdayAfternoonEnd', 1260, current)).toEqual([]);
    expect(validateSettingChange('calendar.workdayStartMinute', 480, current)).toEqual([]);
    expect(validateSettingChange('calendar.workdayStartMinute', -1, current)[0]?.rule).toBe('outOfRange');
  });

  it('default working time to Chinese labour practice: 40 h a week, 210 h a month at most, a day off in seven', () => {
    expect(defaultSettings()).toMatchObject({ 'scheduling.weeklyStandardHours': 40, 'scheduling.maxMonthlyHours.PHONE': 210, 'scheduling.minDaysOffPerWeek.PHONE': 1, 'calendar.holidayNoticeMonth': 11 });
  });

  it('overlay saved values on the defaults, ignoring keys the domain no longer has', () => {
    expect(settingsFrom([{ key: 'contract.expiringWindowDays', value: 45 }, { key: 'gone.setting', value: 1 }])).toEqual({ ...defaultSettings(), 'contract.expiringWindowDays': 45 });
  });

  it("have keys that fit the audit log's entity id (64 characters)", () => {
    for (const key of SETTING_KEYS) expect(key.length, key).toBeLessThanOrEqual(64);
  });

  it('keep at least one department for paid replacements', () => {
    const settings = defaultSettings();
    expect(validateSettingChange('contract.paidDept.SALES', 0, settings)).toEqual([{ rule: 'noneLeft', field: 'value' }]);
    expect(validateSettingChange('contract.paidDept.SALES', 0, { ...settings, 'contract.paidDept.WAREHOUSE': 1 })).toEqual([]);
    expect(flagListMembers(settings, 'contract.paidDept', ['SALES', 'WAREHOUSE'])).toEqual(['SALES']);
  });

  it('default quality and attendance to DOMAIN.md: 1–5 evaluations a month, roll call 10 minutes early, violations from 20 minutes, 3 flagged', () => {
    expect(defaultSettings()).toMatchObject({
      'quality.minPerAgent': 1,
      'quality.maxPerAgent': 5,
      'scheduling.rollCallMinutes': 10,
      'scheduling.lateViolationMinutes': 20,
      'scheduling.absenceViolationMinutes': 20,
      'scheduling.violationsToFlag': 3,
    });
  });

  it('keep the monthly evaluation maximum at or above the minimum, and some weight in the assessment', () => {
    const settings = defaultSettings();
    expect(validateSettingChange('quality.maxPerAgent', 0, settings)).toEqual([{ rule: 'outOfRange', field: 'value', params: { min: 1, max: 31 } }]);
    expect(validateSettingChange('quality.minPerAgent', 6, settings)).toEqual([{ rule: 'quotaMaxBelowMin', field: 'value' }]);
    expect(validateSettingChange('quality.minPerAgent', 5, settings)).toEqual([]);
    const onlyQa = { ...settings, 'quality.assessmentWeight.followUpTimeliness': 0, 'quality.assessmentWeight.complaintTimeliness': 0, 'quality.assessmentWeight.satisfaction': 0, 'quality.assessmentWeight.discipline': 0 };
    expect(validateSettingChange('quality.assessmentWeight.qa', 0, onlyQa)).toEqual([{ rule: 'noneLeft', field: 'value' }]);
    expect(validateSettingChange('quality.assessmentWeight.qa', 0, settings)).toEqual([]);
  });

  it('each belong to an area of the settings page, have a default in range and a label in both languages', () => {
    for (const key of SETTING_KEYS) {
      expect(SETTING_AREAS).toContain(settingArea(key));
      expect(validateSetting(key, SETTINGS[key].default), key).toEqual([]);
      for (const locale of ['zh-CN', 'en'] as const) expect(typeof `settings.${key}`.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], domainMessages[locale]), `${locale} ${key}`).toBe('string');
    }
  });

  it('each have a distinct SCREAMING_CASE name in the API, read back to the key (and the areas too)', () => {
    expect(screamingCase('complaint.escalationClock')).toBe('COMPLAINT_ESCALATION_CLOCK');
    expect(screamingCase('contract.paidDept.SALES')).toBe('CONTRACT_PAID_DEPT_SALES');
    for (const key of SETTING_KEYS) expect(settingKeyOfName(screamingCase(key))).toBe(key);
    for (const area of SETTING_AREAS) expect(settingAreaOfName(screamingCase(area))).toBe(area);
    expect(settingKeyOfName('complaint.escalationClock')).toBeUndefined();
  });
});
