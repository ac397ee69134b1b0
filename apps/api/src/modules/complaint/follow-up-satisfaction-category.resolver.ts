import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { FollowUpSatisfactionRow } from '../follow-up';
import { ComplaintCategory } from './complaint-category.entity';
import { complaintLoaders } from './complaint.loaders';

/** Lives here, not in the follow-up module: follow-ups know no complaint categories, complaints know both. */
@Resolver(() => FollowUpSatisfactionRow)
export class FollowUpSatisfactionCategoryResolver {
  @FieldResolver(() => ComplaintCategory, { nullable: true, description: 'The complaint category (投诉类别) of complaint follow-ups' })
  category(@Root() row: FollowUpSatisfactionRow, @Ctx() ctx: Context): Promise<ComplaintCategory | null> | null {
    return row.categoryId ? complaintLoaders(ctx).categoryById.load(row.categoryId) : null;
  }
}
