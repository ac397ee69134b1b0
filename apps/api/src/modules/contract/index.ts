/** What other modules may use of contracts. */
export { assertCustomerExists } from './contract-access';
export { Contract } from './contract.entity';
export { DepartmentEnum, PartReplacementStatusEnum } from './contract.enums';
export { contractLoaders } from './contract.loaders';
