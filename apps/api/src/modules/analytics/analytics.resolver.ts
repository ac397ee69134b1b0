import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { isSelected } from '../../graphql/projection';
import { ANALYTICS_PARTS, type AnalyticsParts, analytics } from './analytics.service';
import { AnalyticsFilter } from './analytics.inputs';
import { Analytics } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  @Authorized('report:list')
  @Query(() => Analytics, {
    description:
      '统计分析 of a period (at most 24 months): category mix against the previous period, monthly trend, deadline compliance, satisfaction and workload; only the parts selected are computed. Scoped as dailyReport',
  })
  analytics(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('filter', () => AnalyticsFilter) filter: AnalyticsFilter): Promise<Analytics> {
    const parts = Object.fromEntries(ANALYTICS_PARTS.map((part) => [part, isSelected(info, [part])])) as unknown as AnalyticsParts;
    return analytics({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone }, filter, parts);
  }
}
