import { defaultSettings, SETTING_KEYS, type SettingKey, type Settings, settingsFrom, validateSettingChange } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertValid, conflict } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordChanges } from '../audit';
import { Setting } from './setting.entity';

/** Every setting, the administrator's value where one was saved, else the domain default. */
export async function readSettings(manager: EntityManager): Promise<Settings> {
  return settingsFrom(await manager.find(Setting));
}

export async function listSettings(ctx: ServiceContext): Promise<Setting[]> {
  assertCan(ctx.viewer, 'setting', 'list');
  const saved = new Map((await ctx.dataSource.manager.find(Setting)).map((s) => [s.key, s]));
  const defaults = defaultSettings();
  return SETTING_KEYS.map((key) => saved.get(key) ?? Object.assign(new Setting(), { key, value: defaults[key], version: 0, updatedAt: new Date(0) }));
}

/** `version` 0 means "never saved"; later saves are version-checked like any record. The range and the other settings are checked again here. */
export async function updateSetting(ctx: ServiceContext, key: SettingKey, version: number, value: number): Promise<Setting> {
  assertCan(ctx.viewer, 'setting', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await readSettings(manager);
    assertValid(validateSettingChange(key, value, current));
    const before = current[key];
    if (version === 0) {
      await manager.insert(Setting, { key, value, version: 1, updatedAt: now }).catch((error) => {
        throw isUniqueViolation(error) ? conflict('Setting', key, 1) : error;
      });
    } else {
      await updateVersioned(manager, Setting, 'Setting', key, version, { value }, now, 'key');
    }
    await recordChanges(manager, auditTarget(ctx, 'setting', key, now), { value: before }, { value }, ['value']);
    return manager.findOneByOrFail(Setting, { key });
  });
}
