import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { isSelected } from '../../graphql/projection';
import { type DailyReportParts, dailyReport, type ReportContext, todayOf, weeklyReport } from './report.service';
import { DailyReport, WeeklyReport } from './report.types';

const reportContext = (ctx: Context): ReportContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver()
export class ReportResolver {
  @Authorized('report:list')
  @Query(() => DailyReport, {
    description:
      '日报 of a business day, from the daily roll-ups: an agent gets their own figures, a shift leader their team, QA and the managers a team or (teamId null) the department',
  })
  dailyReport(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('date', () => LocalDateScalar, { nullable: true, description: 'The business day; default today' }) date?: string | null,
    @Arg('teamId', () => ID, { nullable: true, description: 'A team; default: a leader’s own team, the department for the managers' }) teamId?: string | null,
  ): Promise<DailyReport> {
    const service = reportContext(ctx);
    return dailyReport(service, date ?? todayOf(service), teamId, selectedParts(info));
  }

  @Authorized('report:list')
  @Query(() => WeeklyReport, {
    description: '周报 of the week (Monday to Sunday) holding `date`, from the daily roll-ups, with the week’s QA summary (`qa`); scoped as dailyReport',
  })
  weeklyReport(
    @Ctx() ctx: Context,
    @Arg('date', () => LocalDateScalar, { nullable: true, description: 'Any day of the week; default today' }) date?: string | null,
    @Arg('teamId', () => ID, { nullable: true, description: 'A team; scoped as dailyReport' }) teamId?: string | null,
  ): Promise<WeeklyReport> {
    const service = reportContext(ctx);
    return weeklyReport(service, date ?? todayOf(service), teamId);
  }
}

const PART_NAMES: Array<keyof DailyReportParts> = ['figures', 'byTeam', 'byStaff', 'longOpenTotal', 'longOpenComplaints', 'staffing'];

function selectedParts(info: GraphQLResolveInfo): DailyReportParts {
  return Object.fromEntries(PART_NAMES.map((part) => [part, isSelected(info, [part])])) as unknown as DailyReportParts;
}
