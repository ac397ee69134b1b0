import type { ApiModule } from '../../shared/api-module';
import { ContractOwnerChange } from './contract-owner-change.entity';
import { ContractOwnerChangeResolver } from './contract-owner-change.resolver';
import { CustomerContractsResolver } from './contract-relations.resolver';
import { Contract } from './contract.entity';
import { contractLoaders } from './contract.loaders';
import { ContractResolver } from './contract.resolver';
import { registerReviewApplier } from '../review';
import { applyReviewedContractChange } from './contract-review';
import { ContractPendingChangeResolver, PendingChangeContractResolver } from './contract-review.resolver';

registerReviewApplier('contract', applyReviewedContractChange);

/** Service contracts, their owners and the history of who assigned whom. */
export const contractModule: ApiModule = {
  name: 'contract',
  entities: [Contract, ContractOwnerChange],
  resolvers: [ContractResolver, ContractOwnerChangeResolver, CustomerContractsResolver, ContractPendingChangeResolver, PendingChangeContractResolver],
  loaders: [contractLoaders],
  jobs: [],
};
