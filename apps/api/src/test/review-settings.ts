import { SETTING_KEYS } from '@sanxin/domain';
import type { DataSource } from 'typeorm';
import { Setting } from '../modules/setting/setting.entity';

/**
 * Switches 复核 off for every field: for tests of the plain edit path (an updated tier or amount saved at
 * once). The review module's own tests cover the held fields with the defaults on.
 */
export async function turnOffReview(dataSource: DataSource): Promise<void> {
  const keys = SETTING_KEYS.filter((key) => key.startsWith('review.sensitive.'));
  await dataSource.getRepository(Setting).insert(keys.map((key) => ({ key, value: 0, version: 1, updatedAt: new Date() })));
}
