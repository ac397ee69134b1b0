import type { ApiModule } from '../../shared/api-module';
import { Setting } from './setting.entity';
import { SettingResolver } from './setting.resolver';

/** Settings an administrator changes. */
export const settingModule: ApiModule = {
  name: 'setting',
  entities: [Setting],
  resolvers: [SettingResolver],
  loaders: [],
  jobs: [],
};
