import type { ApiModule } from '../../shared/api-module';
import { CustomerSearchGram } from './customer-search-gram.entity';
import { CustomerTag } from './customer-tag.entity';
import { Customer } from './customer.entity';
import { customerLoaders } from './customer.loaders';
import { CustomerResolver } from './customer.resolver';
import { registerReviewApplier } from '../review';
import { applyReviewedCustomerChange } from './customer-review';
import { CustomerPendingChangeResolver, PendingChangeCustomerResolver } from './customer-review.resolver';

registerReviewApplier('customer', applyReviewedCustomerChange);

/** Customers, their tags and the search index behind the list. */
export const customerModule: ApiModule = {
  name: 'customer',
  entities: [Customer, CustomerTag, CustomerSearchGram],
  resolvers: [CustomerResolver, CustomerPendingChangeResolver, PendingChangeCustomerResolver],
  loaders: [customerLoaders],
  jobs: [],
};
