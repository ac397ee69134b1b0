import { HOME_ACTION_ITEMS, HOME_ITEM_KEYS, type HomeItemKey, homeItemsFor } from '@sanxin/domain';
import { execute, type GraphQLSchema, parse } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { graphqlEnum } from '../../graphql/enums';
import { HOME_ITEMS, homeMoment } from './home-screen.items';

export const HomeItemKeyEnum = graphqlEnum(HOME_ITEM_KEYS, 'HomeItemKey', 'An item of the home screen (首页待办)', 'homeItem');

@ObjectType({ description: 'Where an item leads: the console route of the list it counts, and that list’s filter' })
export class HomeTarget {
  @Field(() => String, { description: 'Console route, e.g. /complaints or /inbox' })
  route: string;

  @Field(() => String, { nullable: true, description: 'The list filter as JSON (react-admin’s ?filter= value); null when the page takes none' })
  filter: string | null;
}

@ObjectType({ description: 'One thing to look at now: a count and the list behind it' })
export class HomeItem {
  @Field(() => HomeItemKeyEnum, { description: 'Which item' })
  key: HomeItemKey;

  @Field(() => Int, { description: 'How many; exactly what the target list shows' })
  count: number;

  @Field(() => Boolean, { description: 'True when the count asks for action now (not zero, and an item that is a task)' })
  needsAction: boolean;

  @Field(() => HomeTarget, { description: 'The filtered list to open' })
  target: HomeTarget;
}

@ObjectType({ description: '首页: what the signed-in person should do now, by role' })
export class HomeScreen {
  @Field(() => [HomeItem], { description: 'The role’s items, in order; an item its list refused is left out' })
  items: HomeItem[];

  @Field(() => Date, { description: 'When the counts were taken (the console polls again a minute later)' })
  countedAt: Date;
}

/**
 * Each item's count is its target list's own query, run through the schema as the viewer: the same
 * permissions, filters and masking as the list, no second copy of any rule.
 */
@Resolver()
export class HomeScreenResolver {
  @Authorized()
  @Query(() => HomeScreen, { description: '首页: counted items, each a link into the filtered list, for the viewer’s role' })
  async homeScreen(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<HomeScreen> {
    const service = serviceContext(ctx);
    const [me]: Array<{ teamId: string | null }> = await service.dataSource.query('SELECT team_id AS teamId FROM staff WHERE id = ?', [service.viewer.id]);
    const moment = homeMoment(service.clock.now(), ctx.config.businessTimeZone, service.viewer.id, me?.teamId ?? null);
    const items = await Promise.all(homeItemsFor(service.viewer.role).map((key) => countItem(info.schema, ctx, key, moment)));
    return { items: items.filter((item): item is HomeItem => item !== null), countedAt: moment.now };
  }
}

const documents = new Map<HomeItemKey, ReturnType<typeof parse>>();
const documentOf = (key: HomeItemKey) => documents.get(key) ?? documents.set(key, parse(HOME_ITEMS[key].query)).get(key)!;

async function countItem(schema: GraphQLSchema, ctx: Context, key: HomeItemKey, moment: ReturnType<typeof homeMoment>): Promise<HomeItem | null> {
  const spec = HOME_ITEMS[key];
  const result = await execute({ schema, document: documentOf(key), contextValue: ctx, variableValues: spec.variables(moment) });
  if (result.errors?.length || !result.data) {
    console.warn(`[home screen] ${key} left out: ${result.errors?.map((error) => error.message).join('; ')}`);
    return null;
  }
  const count = spec.count(result.data as Record<string, any>);
  return {
    key,
    count,
    needsAction: count > 0 && HOME_ACTION_ITEMS.has(key),
    target: { route: spec.route, filter: spec.filter ? JSON.stringify(spec.filter(moment)) : null },
  };
}
