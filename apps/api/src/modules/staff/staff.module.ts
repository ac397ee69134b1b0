import type { ApiModule } from '../../shared/api-module';
import { Staff } from './staff.entity';
import { staffLoaders } from './staff.loaders';
import { StaffResolver } from './staff.resolver';

/** Staff members: accounts, roles, skills. */
export const staffModule: ApiModule = {
  name: 'staff',
  entities: [Staff],
  resolvers: [StaffResolver],
  loaders: [staffLoaders],
  jobs: [],
};
