import type { SummaryPeriodKind } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { SummaryPeriodKindEnum } from './quality-summary.enums';
import { qualitySummary } from './quality-summary.service';
import { QualityFigures, QualityLowItem, QualitySummary } from './quality-summary.types';

@Resolver(() => QualitySummary)
export class QualitySummaryResolver {
  @Authorized('qualitySummary:list')
  @Query(() => QualitySummary, {
    description: '质检汇总 of the week or month holding `date`, against the period before. A shift leader sees their team’s. BAD_USER_INPUT date (invalidDate), lowestLimit (outOfRange 0–50)',
  })
  qualitySummary(
    @Ctx() ctx: Context,
    @Arg('period', () => SummaryPeriodKindEnum, { description: 'Week (Monday to Sunday) or month' }) period: SummaryPeriodKind,
    @Arg('date', () => LocalDateScalar, { description: 'Any day of the period' }) date: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only this team’s evaluations (the team when evaluated)' }) teamId?: string,
    @Arg('agentId', () => ID, { nullable: true, description: 'Only this agent’s evaluations' }) agentId?: string,
    @Arg('lowestLimit', () => Int, { nullable: true, description: 'How many lowest items (default 10, at most 50)' }) lowestLimit?: number,
  ): Promise<QualitySummary> {
    return qualitySummary(serviceContext(ctx), { kind: period, date, teamId, agentId, lowestLimit }, ctx.config.businessTimeZone);
  }
}

@Resolver(() => QualityFigures)
export class QualityFiguresResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The agent of an agent row' })
  agent(@Root() row: QualityFigures, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return row.agentId ? staffLoaders(ctx).staffById.load(row.agentId) : null;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team of a team row, or the agent’s team' })
  team(@Root() row: QualityFigures, @Ctx() ctx: Context): Promise<Team | null> | null {
    return row.teamId ? teamLoaders(ctx).teamById.load(row.teamId) : null;
  }
}

@Resolver(() => QualityLowItem)
export class QualityLowItemResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The evaluated agent' })
  agent(@Root() item: QualityLowItem, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(item.agentId);
  }
}
