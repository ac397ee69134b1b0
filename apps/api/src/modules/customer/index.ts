/** What other modules may use of customers. */
export { refreshSearchText } from './customer-search';
export { Customer } from './customer.entity';
export { customerLoaders } from './customer.loaders';
