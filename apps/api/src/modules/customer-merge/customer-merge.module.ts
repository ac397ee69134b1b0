import type { ApiModule } from '../../shared/api-module';
import { CustomerMerge } from './customer-merge.entity';
import { CustomerMergeRelationsResolver } from './customer-merge-relations.resolver';
import { CustomerMergeResolver } from './customer-merge.resolver';

/** Duplicate customers: the warning while a form is filled, the merge and its same-day undo. */
export const customerMergeModule: ApiModule = {
  name: 'customer-merge',
  entities: [CustomerMerge],
  resolvers: [CustomerMergeResolver, CustomerMergeRelationsResolver],
  loaders: [],
  jobs: [],
};
