import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { Roster } from './roster.entity';
import { generateTeamRoster, listRosters, publishRoster } from './roster.service';
import { schedulingContext } from './scheduling-context';
import { GeneratedRosterView } from './scheduling.views';
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
  @Query(() => Roster, { nullable: true })
  async roster(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Roster | null> {
    return (await listRosters(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => GeneratedRosterView, { description: 'Replaces the team’s draft month with a generated one; unmet coverage is listed, never met by breaking a rule' })
  async generateRoster(@Ctx() ctx: Context, @Arg('teamId', () => ID) teamId: string, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string): Promise<GeneratedRosterView> {
    const draft = await generateTeamRoster(schedulingContext(ctx), teamId, month);
    const staff = await Promise.all(draft.generated.fairness.loads.map((l) => staffLoaders(ctx).staffById.load(l.staffId)));
    return {
      roster: draft.roster,
      shifts: draft.shifts,
      unmet: draft.generated.unmet.map((u) => ({ ...u, shiftId: draft.shiftIds.get(u.shiftId) as string })),
      fairness: { ...draft.generated.fairness, loads: draft.generated.fairness.loads.map((l, i) => ({ ...l, staff: staff[i] as Staff })) },
    };
  }

  @Authorized('shift:edit')
  @Mutation(() => Roster, { description: 'Publishes the team’s draft month' })
  publishRoster(@Ctx() ctx: Context, @Arg('teamId', () => ID) teamId: string, @Arg('month', () => String) month: string): Promise<Roster> {
    return publishRoster(schedulingContext(ctx), teamId, month);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() roster: Roster, @Ctx() ctx: Context): Promise<Team | null> {
    return teamLoaders(ctx).teamById.load(roster.teamId);
  }
}
