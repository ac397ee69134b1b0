import { PartReplacementStep } from '../part-replacement/part-replacement-step.entity';
import { PartReplacement } from '../part-replacement/part-replacement.entity';
import { PartReplacementResolver, PartReplacementStepResolver } from '../part-replacement/part-replacement.resolver';
import { ContractOwnerChange } from './contract-owner-change.entity';
import { ContractOwnerChangeResolver } from './contract-owner-change.resolver';
import { Contract } from './contract.entity';
import { ContractResolver } from './contract.resolver';

/** What the contracts module (contracts, their owners and paid part replacements) adds to the data source and the schema. */
export const contractEntities: Function[] = [Contract, ContractOwnerChange, PartReplacement, PartReplacementStep];
export const contractResolvers: Function[] = [ContractResolver, ContractOwnerChangeResolver, PartReplacementResolver, PartReplacementStepResolver];
