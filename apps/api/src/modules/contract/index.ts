/** What other modules may use of contracts. */
export { assertCustomerExists, customerOwnerOf, ownsContract } from './contract-access';
export { viewerOwnsContract } from './contract-view';
export { Contract } from './contract.entity';
export { DepartmentEnum, PartReplacementActionEnum, PartReplacementStatusEnum } from './contract.enums';
export { contractLoaders } from './contract.loaders';
export { insertContract } from './contract.service';
export type { ContractContext } from './contract-context';
