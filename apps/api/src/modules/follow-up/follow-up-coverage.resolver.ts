import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput } from '../../graphql/pagination';
import { customerLoaders } from '../customer';
import { assignCoverageGaps, computeCoverage, coverageScope, gapPage, openFollowUpsOf } from './follow-up-coverage.service';
import { AssignFollowUpCoverageGapsInput, FollowUpCoverage, FollowUpCoverageAssignment, type FollowUpCoverageGap } from './follow-up-coverage.inputs';
import type { FollowUpContext } from './follow-up.service';

const followUpContext = (ctx: Context): FollowUpContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver()
export class FollowUpCoverageResolver {
  @Authorized('followUp:assign')
  @Query(() => FollowUpCoverage, { description: '100% of key customers followed up (三个必保): coverage of a period; a shift leader sees their team, the managers any team or all' })
  async followUpCoverage(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'A month (2026-12) or a quarter (2026-Q4); BAD_USER_INPUT invalidPeriod otherwise' }) period: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'Key customers whose owner is in this team; default: a leader’s own team, everyone for the managers' }) teamId?: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which gaps (offset and limit)' }) page?: PageInput,
  ): Promise<FollowUpCoverage> {
    const service = followUpContext(ctx);
    const coverage = await computeCoverage(service.dataSource.manager, await coverageScope(service, period, teamId));
    const ids = gapPage(coverage.gaps, page);
    const [customers, open] = await Promise.all([customerLoaders(ctx).customerById.loadMany(ids), openFollowUpsOf(service.dataSource.manager, ids)]);
    const gaps = ids.flatMap((id, index): FollowUpCoverageGap[] => {
      const customer = customers[index];
      return customer && !(customer instanceof Error) ? [{ customer, openFollowUp: open.get(id) ?? null }] : [];
    });
    const { key, start, end } = coverage.scope.period;
    return { period: key, periodStart: start, periodEnd: end, total: coverage.total, covered: coverage.covered, percent: coverage.percent, gapCount: coverage.gaps.length, gaps };
  }

  @Authorized('followUp:assign')
  @Mutation(() => FollowUpCoverageAssignment, { description: '补回访: makes the gaps (all, or those named) periodic-care follow-ups, spread evenly over the agents; idempotent per customer and period (the periodic job’s key)' })
  assignFollowUpCoverageGaps(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignFollowUpCoverageGapsInput, { description: 'The period, the gaps and the agents' }) input: AssignFollowUpCoverageGapsInput,
  ): Promise<FollowUpCoverageAssignment> {
    return assignCoverageGaps(followUpContext(ctx), input);
  }
}
