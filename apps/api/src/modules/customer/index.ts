/** What other modules may use of customers. */
export { refreshSearchText, whereSearchMatches } from './customer-search';
export { Customer } from './customer.entity';
export { customerLoaders } from './customer.loaders';
export { applyFilter as applyCustomerFilter } from './customer.service';
export type { CustomerFilter } from './customer.inputs';
export { buildSearchText, gramsOf, insertGrams } from './customer-search';
export { CustomerTag } from './customer-tag.entity';
