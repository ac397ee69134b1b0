import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { CustomerMerge } from './customer-merge.entity';

@Resolver(() => CustomerMerge)
export class CustomerMergeRelationsResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The duplicate, archived by the merge' })
  source(@Root() merge: CustomerMerge, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(merge.sourceId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer kept' })
  target(@Root() merge: CustomerMerge, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerLoaders(ctx).customerById.load(merge.targetId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who merged' })
  mergedBy(@Root() merge: CustomerMerge, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(merge.mergedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who undid it; null if not undone' })
  undoneBy(@Root() merge: CustomerMerge, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return merge.undoneById ? staffLoaders(ctx).staffById.load(merge.undoneById) : null;
  }
}
