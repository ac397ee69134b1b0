import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ComplaintCategory, complaintLoaders } from '../complaint';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { Analytics, AnalyticsCategoryShare, AnalyticsWorkload } from './analytics.types';

const staffOf = (ctx: Context, id: string | null) => (id ? staffLoaders(ctx).staffById.load(id) : null);

@Resolver(() => Analytics)
export class AnalyticsRelationsResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team the figures cover' })
  team(@Root() figures: Analytics, @Ctx() ctx: Context) {
    return figures.teamId ? teamLoaders(ctx).teamById.load(figures.teamId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person the figures cover (an agent sees only their own)' })
  staff(@Root() figures: Analytics, @Ctx() ctx: Context) {
    return staffOf(ctx, figures.staffId);
  }
}

@Resolver(() => AnalyticsCategoryShare)
export class AnalyticsCategoryShareRelationsResolver {
  @FieldResolver(() => ComplaintCategory, { nullable: true, description: 'The category' })
  category(@Root() row: AnalyticsCategoryShare, @Ctx() ctx: Context) {
    return complaintLoaders(ctx).categoryById.load(row.categoryId);
  }
}

@Resolver(() => AnalyticsWorkload)
export class AnalyticsWorkloadRelationsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member' })
  staff(@Root() row: AnalyticsWorkload, @Ctx() ctx: Context) {
    return staffOf(ctx, row.staffId);
  }
}

export const ANALYTICS_RELATION_RESOLVERS = [AnalyticsRelationsResolver, AnalyticsCategoryShareRelationsResolver, AnalyticsWorkloadRelationsResolver];
