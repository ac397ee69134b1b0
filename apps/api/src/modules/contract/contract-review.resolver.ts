import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PendingChange, reviewLoaders } from '../review';
import { Contract } from './contract.entity';
import { contractLoaders } from './contract.loaders';

/** 复核 on the contract: its open change (one batched statement per page), and the contract beside a change. */
@Resolver(() => Contract)
export class ContractPendingChangeResolver {
  @FieldResolver(() => PendingChange, { nullable: true, description: '待复核: the change of sensitive fields awaiting a second person; null when none' })
  pendingChange(@Root() contract: Contract, @Ctx() ctx: Context): Promise<PendingChange | null> {
    return reviewLoaders(ctx).openChangeOf('contract', contract.id);
  }
}

@Resolver(() => PendingChange)
export class PendingChangeContractResolver {
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract changed, when the change is of a contract' })
  contract(@Root() change: PendingChange, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return change.entity === 'contract' ? contractLoaders(ctx).contractById.load(change.recordId) : null;
  }
}
