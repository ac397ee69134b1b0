import { SETTING_KEYS, SETTINGS, screamingCase } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { readSettings } from './setting.service';

const UPDATE = `mutation($key: SettingKey!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { key value version } }`;

describe('settings', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.staffWithToken('ADMIN')).token;
  });
  afterAll(() => t.close());

  it('start at the domain defaults and change only by an administrator, version-checked and audited', async () => {
    const list = await t.gql('{ settings { id key value version } }', {}, admin);
    // The key is an enum named after the domain key; the id (and the audit's entityId) is the domain key itself.
    expect(list.data?.settings).toContainEqual({ id: 'contract.expiringWindowDays', key: 'CONTRACT_EXPIRING_WINDOW_DAYS', value: 30, version: 0 });
    const manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    expect((await t.gql(UPDATE, { key: 'CONTRACT_EXPIRING_WINDOW_DAYS', version: 0, value: 45 }, manager)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE, { key: 'CONTRACT_EXPIRING_WINDOW_DAYS', version: 0, value: 45 }, admin)).data?.updateSetting).toEqual({ key: 'CONTRACT_EXPIRING_WINDOW_DAYS', value: 45, version: 1 });
    expect((await t.gql(UPDATE, { key: 'CONTRACT_EXPIRING_WINDOW_DAYS', version: 0, value: 60 }, admin)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(UPDATE, { key: 'CONTRACT_EXPIRING_WINDOW_DAYS', version: 1, value: 0 }, admin)).errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'value', code: 'outOfRange' }),
    ]);
    expect((await readSettings(t.dataSource.manager))['contract.expiringWindowDays']).toBe(45);
    const history = await t.gql(`{ auditEntries(entity: SETTING, entityId: "contract.expiringWindowDays") { field oldValue newValue } }`, {}, admin);
    expect(history.data?.auditEntries).toEqual([{ field: 'value', oldValue: '30', newValue: '45' }]);
  });

  it('saves and audits every setting, the longest keys too (scheduling.minDaysOffPerWeek.BACK_OFFICE)', async () => {
    const longest = [...SETTING_KEYS].sort((a, b) => b.length - a.length).slice(0, 3);
    for (const key of longest) {
      const { min, max, default: value } = SETTINGS[key];
      const changed = value < max ? value + 1 : Math.max(min, value - 1);
      const name = screamingCase(key);
      expect((await t.gql(UPDATE, { key: name, version: 0, value: changed }, admin)).data?.updateSetting, key).toEqual({ key: name, value: changed, version: 1 });
      const history = await t.gql(`query($id: ID!) { auditEntries(entity: SETTING, entityId: $id) { newValue } }`, { id: key }, admin);
      expect(history.data?.auditEntries, key).toEqual([{ newValue: String(changed) }]);
    }
  });

  it('describe themselves (default, range, unit, area), check the working day against the other settings, and reset to the default', async () => {
    const list = (await t.gql('{ settings { key value version defaultValue min max unit area } }', {}, admin)).data?.settings;
    expect(list).toContainEqual({ key: 'CALENDAR_WORKDAY_END_MINUTE', value: 1050, version: 0, defaultValue: 1050, min: 1, max: 1440, unit: 'MINUTE_OF_DAY', area: 'CALENDAR' });
    expect(list).toContainEqual(expect.objectContaining({ key: 'SCHEDULING_MAX_MONTHLY_HOURS_PHONE', defaultValue: 210, unit: 'HOURS', area: 'SCHEDULING' }));
    const beforeStart = await t.gql(UPDATE, { key: 'CALENDAR_WORKDAY_END_MINUTE', version: 0, value: 500 }, admin);
    expect(beforeStart.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'value', code: 'workdayEndsBeforeStart' }] });
    const agent = (await t.staffWithToken('AGENT')).token;
    expect((await t.gql(UPDATE, { key: 'SCHEDULING_MAX_SWAPS_PER_MONTH', version: 0, value: 3 }, agent)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const changed = (await t.gql(UPDATE, { key: 'SCHEDULING_MAX_SWAPS_PER_MONTH', version: 0, value: 3 }, admin)).data?.updateSetting;
    const reset = (await t.gql(UPDATE, { key: 'SCHEDULING_MAX_SWAPS_PER_MONTH', version: changed.version, value: 2 }, admin)).data?.updateSetting;
    expect(reset).toEqual({ key: 'SCHEDULING_MAX_SWAPS_PER_MONTH', value: 2, version: 2 });
    const history = await t.gql(`{ auditEntries(entity: SETTING, entityId: "scheduling.maxSwapsPerMonth") { oldValue newValue actor { id } } }`, {}, admin);
    expect(history.data?.auditEntries.map((e: { oldValue: string; newValue: string }) => [e.oldValue, e.newValue])).toEqual([['2', '3'], ['3', '2']]);
  });
});
