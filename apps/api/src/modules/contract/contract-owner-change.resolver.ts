import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Staff, staffLoaders } from '../staff';
import { contractContext } from './contract-context';
import { ContractOwnerChange } from './contract-owner-change.entity';
import { listContractOwnerHistory } from './contract-owner.service';
import { Contract } from './contract.entity';
import { contractLoaders } from './contract.loaders';

@Resolver(() => ContractOwnerChange)
export class ContractOwnerChangeResolver {
  @Authorized('contract:show')
  @Query(() => [ContractOwnerChange], { description: 'Who owned the contract, who assigned them, when and why; oldest first' })
  contractOwnerHistory(@Ctx() ctx: Context, @Arg('contractId', () => ID, { description: 'The contract' }) contractId: string): Promise<ContractOwnerChange[]> {
    return listContractOwnerHistory(contractContext(ctx), contractId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract' })
  contract(@Root() change: ContractOwnerChange, @Ctx() ctx: Context): Promise<Contract | null> {
    return contractLoaders(ctx).contractById.load(change.contractId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The previous owner; null for the first owner' })
  fromOwner(@Root() change: ContractOwnerChange, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return change.fromOwnerId ? staffLoaders(ctx).staffById.load(change.fromOwnerId) : null;
  }

  @FieldResolver(() => Staff, { description: 'The new owner' })
  toOwner(@Root() change: ContractOwnerChange, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(change.toOwnerId);
  }

  @FieldResolver(() => Staff, { description: 'Who assigned the new owner' })
  assignedBy(@Root() change: ContractOwnerChange, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(change.assignedById);
  }
}
