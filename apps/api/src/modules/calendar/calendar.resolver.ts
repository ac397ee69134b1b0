import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { createHoliday, deleteHoliday, listHolidays, updateHoliday } from './calendar.service';
import { Holiday } from './holiday.entity';
import { CreateHolidayInput, HolidayFilter, HolidaySort, UpdateHolidayInput } from './holiday.inputs';

const HolidayPage = PageType(Holiday, 'Holiday');

@Resolver(() => Holiday)
export class HolidayResolver {
  @Authorized('holiday:list')
  @Query(() => HolidayPage)
  async holidays(
    @Ctx() ctx: Context,
    @Arg('filter', () => HolidayFilter, { nullable: true }) filter?: HolidayFilter,
    @Arg('sort', () => [HolidaySort], { nullable: true }) sort?: HolidaySort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return HolidayPage.of(await listHolidays(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('holiday:show')
  @Query(() => Holiday, { nullable: true })
  holiday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Holiday | null> {
    return ctx.dataSource.getRepository(Holiday).findOneBy({ id });
  }

  @Authorized('holiday:create')
  @Mutation(() => Holiday)
  createHoliday(@Ctx() ctx: Context, @Arg('input', () => CreateHolidayInput) input: CreateHolidayInput): Promise<Holiday> {
    return createHoliday(serviceContext(ctx), input);
  }

  @Authorized('holiday:edit')
  @Mutation(() => Holiday)
  updateHoliday(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateHolidayInput) input: UpdateHolidayInput,
  ): Promise<Holiday> {
    return updateHoliday(serviceContext(ctx), id, version, input);
  }

  @Authorized('holiday:delete')
  @Mutation(() => Boolean)
  deleteHoliday(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return deleteHoliday(serviceContext(ctx), id, version);
  }
}
