import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { SortDirection } from '../../graphql/enums';
import { PageInput, PageType, SortInputType } from '../../graphql/pagination';
import { paginate, type SortColumn, whereIds } from '../../db/paginate';
import { containsPattern } from '../../shared/like';
import { Team } from './team.entity';
import { teamLoaders } from './team.loaders';

@InputType({ description: 'Which teams a list returns: every field given must match' })
class TeamFilter {
  @Field(() => String, { nullable: true, description: 'Text search in the name' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;
}

const TEAM_SORT_FIELDS = ['NAME', 'CREATED_AT'] as const;
const TeamSort = SortInputType('Team', TEAM_SORT_FIELDS);

const TeamPage = PageType(Team, 'Team');
const SORT_COLUMNS: Record<(typeof TEAM_SORT_FIELDS)[number], SortColumn<Team>> = {
  NAME: { sql: 'team.name', read: (t) => t.name },
  CREATED_AT: { sql: 'team.createdAt', read: (t) => t.createdAt, isDate: true },
};

/** Teams are read-only here; managing them comes with staff scheduling. */
@Resolver(() => Team)
export class TeamResolver {
  @Authorized('staff:list')
  @Query(() => TeamPage, { description: 'Teams, a page at a time' })
  async teams(
    @Ctx() ctx: Context,
    @Arg('filter', () => TeamFilter, { nullable: true }) filter?: TeamFilter,
    @Arg('sort', () => [TeamSort], { nullable: true }) sort?: InstanceType<typeof TeamSort>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const query = serviceContext(ctx).dataSource.getRepository(Team).createQueryBuilder('team');
    if (filter?.q?.trim()) query.andWhere("team.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
    whereIds(query, 'team', filter?.ids);
    return TeamPage.of(await paginate({ query, alias: 'team', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'NAME', direction: SortDirection.ASC }], page }));
  }

  @Authorized('staff:show')
  @Query(() => Team, { nullable: true, description: 'One team by id; null when it does not exist' })
  team(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Team | null> {
    return teamLoaders(ctx).teamById.load(id);
  }
}
