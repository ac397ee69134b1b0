import { canAccess, rosterNextActions } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { Roster } from './roster.entity';
import { generateTeamRoster, listRosters, publishRoster } from './roster.service';
import { schedulingContext } from './scheduling-context';
import { rosterHours } from './roster-hours.service';
import { GeneratedRosterView, StaffMonthHoursView, type WorkingTimeWarning } from './scheduling.views';
import { RosterFilter, RosterSort } from './roster.inputs';

const RosterPage = PageType(Roster, 'Roster');

@Resolver(() => Roster)
export class RosterResolver {
  @Authorized('shift:list')
  @Query(() => RosterPage, { description: 'Team months and their status, without shifts; drafts for leaders and managers only' })
  async rosters(
    @Ctx() ctx: Context,
    @Arg('filter', () => RosterFilter, { nullable: true }) filter?: RosterFilter,
    @Arg('sort', () => [RosterSort], { nullable: true }) sort?: RosterSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return RosterPage.of(await listRosters(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shift:show')
  @Query(() => Roster, { nullable: true, description: 'One roster by id; null when it does not exist' })
  async roster(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Roster | null> {
    return (await listRosters(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => GeneratedRosterView, { description: 'Replaces the team’s draft month with a generated one; unmet coverage is listed, never met by breaking a rule' })
  async generateRoster(@Ctx() ctx: Context, @Arg('teamId', () => ID, { description: 'The team whose month is drafted' }) teamId: string, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string): Promise<GeneratedRosterView> {
    const draft = await generateTeamRoster(schedulingContext(ctx), teamId, month);
    const staff = await Promise.all(draft.generated.fairness.loads.map((l) => staffLoaders(ctx).staffById.load(l.staffId)));
    return {
      roster: draft.roster,
      shifts: draft.shifts,
      unmet: draft.generated.unmet.map((u) => ({ ...u, shiftId: draft.shiftIds.get(u.shiftId) as string })),
      fairness: { ...draft.generated.fairness, loads: draft.generated.fairness.loads.map((l, i) => ({ ...l, staff: staff[i] as Staff })) },
      missingHolidayYear: draft.missingHolidayYear,
    };
  }

  @Authorized()
  @Mutation(() => Roster, {
    description:
      'Publishes the team’s draft month (its leaders and managers). A month of a year without public holidays stored is RULE_VIOLATION holidaysMissingForYear, unless an administrator publishes it with confirmMissingHolidays',
  })
  publishRoster(
    @Ctx() ctx: Context,
    @Arg('teamId', () => ID, { description: 'The team whose month is published' }) teamId: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM' }) month: string,
    @Arg('confirmMissingHolidays', () => Boolean, { nullable: true, description: 'Administrators only (FORBIDDEN otherwise): publish although the year has no public holidays stored' })
    confirmMissingHolidays?: boolean | null,
  ): Promise<Roster> {
    return publishRoster(schedulingContext(ctx), teamId, month, confirmMissingHolidays ?? false);
  }

  @Authorized('shift:list')
  @Query(() => [StaffMonthHoursView], { description: '工时: hours, overtime and working-time warnings per person on the team’s roster of a month (empty for a draft the viewer may not see)' })
  async rosterHours(@Ctx() ctx: Context, @Arg('teamId', () => ID, { description: 'The team' }) teamId: string, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string): Promise<StaffMonthHoursView[]> {
    const rows = await rosterHours(schedulingContext(ctx), teamId, month);
    return rows.map(({ violations, ...row }) => ({ ...row, warnings: violations.map(({ rule, params }) => warningOf(rule, params ?? {})) }));
  }

  @FieldResolver(() => [String], {
    description: "What the viewer may do on the month now (generate, edit, publish): the domain's rosterNextActions (a published month: none; it changes through swaps and leave only)",
  })
  async availableActions(@Root() roster: Roster, @Ctx() ctx: Context): Promise<string[]> {
    if (!ctx.viewer) return [];
    const role = ctx.viewer.role;
    // Whether the viewer leads the team matters only to an 'own' scope (a shift leader): nobody else costs a statement.
    if (!canAccess(role, 'shift', 'edit') || canAccess(role, 'shift', 'edit', { isOwner: false })) return rosterNextActions(roster.status, { role, leadsTeam: false });
    const viewer = await staffLoaders(ctx).staffById.load(ctx.viewer.id);
    // As assertCanManageTeam decides: an active shift leader of the team leads it.
    const leadsTeam = !!viewer && viewer.active && viewer.role === 'SHIFT_LEADER' && viewer.teamId === roster.teamId;
    return rosterNextActions(roster.status, { role, leadsTeam });
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team (班组)' })
  team(@Root() roster: Roster, @Ctx() ctx: Context): Promise<Team | null> {
    return teamLoaders(ctx).teamById.load(roster.teamId);
  }
}

function warningOf(rule: string, params: Record<string, string | number>): WorkingTimeWarning {
  const text = (key: string) => (params[key] === undefined ? null : String(params[key]));
  const number = (key: string) => (params[key] === undefined ? null : Number(params[key]));
  return { rule, from: text('from'), to: text('to'), daysOff: number('daysOff'), minDaysOff: number('minDaysOff'), hours: number('hours'), max: number('max') };
}
