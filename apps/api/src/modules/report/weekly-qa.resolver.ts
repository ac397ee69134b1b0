import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { disputeCountsOf, QualityFigures, QualityLowItem, qualitySummaryOf } from '../quality-summary';
import { WeeklyReport } from './report.types';

/** How many of the week's lowest-scored items the weekly report lists. */
const LOWEST_ITEMS = 5;

@ObjectType({ description: '周报·质检汇总: the week’s QA evaluations in the report’s scope (by submission time, as the weekly QA summary)' })
export class WeeklyQaSummary {
  @Field(() => QualityFigures, { description: 'Evaluations, mean total and per-dimension means of the week, with the week before for the trend' })
  overall: QualityFigures;

  @Field(() => [QualityLowItem], { description: `The week’s lowest-scored items (share of the scale), at most ${LOWEST_ITEMS}` })
  lowestItems: QualityLowItem[];

  @Field(() => Int, { description: 'Evaluations of the week under dispute now (申诉中)' })
  disputesOpen: number;

  @Field(() => Int, { description: 'Evaluations of the week whose dispute was decided (score upheld or revised)' })
  disputesDecided: number;
}

/**
 * The weekly report's QA part (issue 14 item 2), read through the QA summary module in the report's
 * own scope: an agent's own evaluations, a leader's team, the team asked for or everyone. Asked only
 * when selected (four statements, five for a shift leader).
 */
@Resolver(() => WeeklyReport)
export class WeeklyQaResolver {
  @FieldResolver(() => WeeklyQaSummary, { description: '质检汇总 of the week: evaluations, mean total, per-dimension means, the lowest items, disputes' })
  async qa(@Root() report: WeeklyReport, @Ctx() ctx: Context): Promise<WeeklyQaSummary> {
    const service = serviceContext(ctx);
    const request = { kind: 'WEEK' as const, date: report.weekStart, teamId: report.teamId, agentId: report.staffId, lowestLimit: LOWEST_ITEMS };
    const timeZone = ctx.config.businessTimeZone;
    const [summary, disputes] = await Promise.all([qualitySummaryOf(service, request, timeZone), disputeCountsOf(service, request, timeZone)]);
    return { overall: summary.overall, lowestItems: summary.lowestItems, disputesOpen: disputes.open, disputesDecided: disputes.decided };
  }
}
