import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SortDirection } from '../../graphql/enums';
import { PageInput, PageType, paginate, type SortColumn } from '../../graphql/pagination';
import { serviceContext } from '../../graphql/service-context';
import { containsPattern } from '../../shared/like';
import { Team } from './team.entity';

@InputType()
class TeamFilter {
  @Field(() => String, { nullable: true })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

enum TeamSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(TeamSortField, { name: 'TeamSortField' });

@InputType()
class TeamSort {
  @Field(() => TeamSortField)
  field: TeamSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}

const TeamPage = PageType(Team, 'Team');
const SORT_COLUMNS: Record<TeamSortField, SortColumn<Team>> = {
  NAME: { sql: 'team.name', read: (t) => t.name },
  CREATED_AT: { sql: 'team.createdAt', read: (t) => t.createdAt, isDate: true },
};

/** Teams are read-only here; managing them comes with staff scheduling. */
@Resolver(() => Team)
export class TeamResolver {
  @Authorized('staff:list')
  @Query(() => TeamPage)
  async teams(
    @Ctx() ctx: Context,
    @Arg('filter', () => TeamFilter, { nullable: true }) filter?: TeamFilter,
    @Arg('sort', () => [TeamSort], { nullable: true }) sort?: TeamSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const query = serviceContext(ctx).dataSource.getRepository(Team).createQueryBuilder('team');
    if (filter?.q?.trim()) query.andWhere("team.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
    if (filter?.ids) query.andWhere(filter.ids.length ? 'team.id IN (:...ids)' : '1 = 0', { ids: filter.ids });
    return TeamPage.of(await paginate({ query, alias: 'team', columns: SORT_COLUMNS, sort, defaultSort: [{ field: TeamSortField.NAME, direction: SortDirection.ASC }], page }));
  }

  @Authorized('staff:show')
  @Query(() => Team, { nullable: true })
  team(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Team | null> {
    return ctx.loaders.teamById.load(id);
  }
}
