import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSetting } from './settings';

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
});
