import { SETTING_KEYS, SETTINGS } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { readSettings } from './setting.service';

const UPDATE = `mutation($key: String!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { key value version } }`;

describe('settings', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.staffWithToken('ADMIN')).token;
  });
  afterAll(() => t.close());

  it('start at the domain defaults and change only by an administrator, version-checked and audited', async () => {
    const list = await t.gql('{ settings { key value version } }', {}, admin);
    expect(list.data?.settings).toContainEqual({ key: 'contract.expiringWindowDays', value: 30, version: 0 });
    const manager = (await t.staffWithToken('DEPT_MANAGER')).token;
    expect((await t.gql(UPDATE, { key: 'contract.expiringWindowDays', version: 0, value: 45 }, manager)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(UPDATE, { key: 'contract.expiringWindowDays', version: 0, value: 45 }, admin)).data?.updateSetting).toEqual({ key: 'contract.expiringWindowDays', value: 45, version: 1 });
    expect((await t.gql(UPDATE, { key: 'contract.expiringWindowDays', version: 0, value: 60 }, admin)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(UPDATE, { key: 'contract.expiringWindowDays', version: 1, value: 0 }, admin)).errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'value', code: 'outOfRange' }),
    ]);
    expect((await readSettings(t.dataSource.manager))['contract.expiringWindowDays']).toBe(45);
    const history = await t.gql(`{ auditEntries(entity: "setting", entityId: "contract.expiringWindowDays") { field oldValue newValue } }`, {}, admin);
    expect(history.data?.auditEntries).toEqual([{ field: 'value', oldValue: '30', newValue: '45' }]);
  });

  it('saves and audits every setting, the longest keys too (scheduling.minDaysOffPerWeek.BACK_OFFICE)', async () => {
    const longest = [...SETTING_KEYS].sort((a, b) => b.length - a.length).slice(0, 3);
    for (const key of longest) {
      const { min, max, default: value } = SETTINGS[key];
      const changed = value < max ? value + 1 : Math.max(min, value - 1);
      expect((await t.gql(UPDATE, { key, version: 0, value: changed }, admin)).data?.updateSetting, key).toEqual({ key, value: changed, version: 1 });
      const history = await t.gql(`query($id: ID!) { auditEntries(entity: "setting", entityId: $id) { newValue } }`, { id: key }, admin);
      expect(history.data?.auditEntries, key).toEqual([{ newValue: String(changed) }]);
    }
  });

  it('describe themselves (default, range, unit, area), check the working day against the other settings, and reset to the default', async () => {
    const list = (await t.gql('{ settings { key value version defaultValue min max unit area } }', {}, admin)).data?.settings;
    expect(list).toContainEqual({ key: 'calendar.workdayEndMinute', value: 1050, version: 0, defaultValue: 1050, min: 1, max: 1440, unit: 'MINUTE_OF_DAY', area: 'calendar' });
    expect(list).toContainEqual(expect.objectContaining({ key: 'scheduling.maxMonthlyHours.PHONE', defaultValue: 210, unit: 'HOURS', area: 'scheduling' }));
    const beforeStart = await t.gql(UPDATE, { key: 'calendar.workdayEndMinute', version: 0, value: 500 }, admin);
    expect(beforeStart.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'value', code: 'workdayEndsBeforeStart' }] });
    const agent = (await t.staffWithToken('AGENT')).token;
    expect((await t.gql(UPDATE, { key: 'scheduling.maxSwapsPerMonth', version: 0, value: 3 }, agent)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const changed = (await t.gql(UPDATE, { key: 'scheduling.maxSwapsPerMonth', version: 0, value: 3 }, admin)).data?.updateSetting;
    const reset = (await t.gql(UPDATE, { key: 'scheduling.maxSwapsPerMonth', version: changed.version, value: 2 }, admin)).data?.updateSetting;
    expect(reset).toEqual({ key: 'scheduling.maxSwapsPerMonth', value: 2, version: 2 });
    const history = await t.gql(`{ auditEntries(entity: "setting", entityId: "scheduling.maxSwapsPerMonth") { oldValue newValue actor { id } } }`, {}, admin);
    expect(history.data?.auditEntries.map((e: { oldValue: string; newValue: string }) => [e.oldValue, e.newValue])).toEqual([['2', '3'], ['3', '2']]);
  });
});
