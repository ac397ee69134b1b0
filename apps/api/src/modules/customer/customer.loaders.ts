import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { Customer } from './customer.entity';

export const customerLoaders = defineLoaders(({ dataSource }) => ({
  customerById: byIdLoader(dataSource, Customer),
}));
