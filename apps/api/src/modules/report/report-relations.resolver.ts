import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { DailyReport, LongOpenComplaint, StaffFigures, TeamFigures, WeeklyReport } from './report.types';

const staffOf = (ctx: Context, id: string | null) => (id ? staffLoaders(ctx).staffById.load(id) : null);
const teamOf = (ctx: Context, id: string | null) => (id ? teamLoaders(ctx).teamById.load(id) : null);

@Resolver(() => DailyReport)
export class DailyReportRelationsResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team reported on' })
  team(@Root() report: DailyReport, @Ctx() ctx: Context) {
    return teamOf(ctx, report.teamId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person reported on' })
  staff(@Root() report: DailyReport, @Ctx() ctx: Context) {
    return staffOf(ctx, report.staffId);
  }
}

@Resolver(() => WeeklyReport)
export class WeeklyReportRelationsResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team reported on' })
  team(@Root() report: WeeklyReport, @Ctx() ctx: Context) {
    return teamOf(ctx, report.teamId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person reported on' })
  staff(@Root() report: WeeklyReport, @Ctx() ctx: Context) {
    return staffOf(ctx, report.staffId);
  }
}

@Resolver(() => TeamFigures)
export class TeamFiguresRelationsResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team' })
  team(@Root() row: TeamFigures, @Ctx() ctx: Context) {
    return teamOf(ctx, row.teamId);
  }
}

@Resolver(() => StaffFigures)
export class StaffFiguresRelationsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member' })
  staff(@Root() row: StaffFigures, @Ctx() ctx: Context) {
    return staffOf(ctx, row.staffId);
  }
}

@Resolver(() => LongOpenComplaint)
export class LongOpenComplaintRelationsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Its owner (首问负责人)' })
  owner(@Root() row: LongOpenComplaint, @Ctx() ctx: Context) {
    return staffOf(ctx, row.ownerId);
  }
}

export const REPORT_RELATION_RESOLVERS = [
  DailyReportRelationsResolver,
  WeeklyReportRelationsResolver,
  TeamFiguresRelationsResolver,
  StaffFiguresRelationsResolver,
  LongOpenComplaintRelationsResolver,
];
