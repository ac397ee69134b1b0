import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { Staff } from './staff.entity';

export const staffLoaders = defineLoaders(({ dataSource }) => ({
  staffById: byIdLoader(dataSource, Staff),
}));
