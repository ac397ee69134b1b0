import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { ShiftType } from './shift-type.entity';
import { CreateShiftTypeInput, ShiftTypeFilter, ShiftTypeSort, UpdateShiftTypeInput } from './shift-type.inputs';
import { archiveShiftType, createShiftType, findShiftType, listShiftTypes, updateShiftType } from './shift-type.service';

const ShiftTypePage = PageType(ShiftType, 'ShiftType');

@Resolver(() => ShiftType)
export class ShiftTypeResolver {
  @Authorized('shiftType:list')
  @Query(() => ShiftTypePage, { description: 'Shift types, a page at a time' })
  async shiftTypes(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftTypeFilter, { nullable: true }) filter?: ShiftTypeFilter,
    @Arg('sort', () => [ShiftTypeSort], { nullable: true }) sort?: ShiftTypeSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftTypePage.of(await listShiftTypes(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('shiftType:show')
  @Query(() => ShiftType, { nullable: true, description: 'One shift type by id; null when it does not exist' })
  shiftType(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ShiftType | null> {
    return findShiftType(ctx.dataSource.manager, id).catch(() => null);
  }

  @Authorized('shiftType:create')
  @Mutation(() => ShiftType, { description: 'Adds a shift type (班次)' })
  createShiftType(@Ctx() ctx: Context, @Arg('input', () => CreateShiftTypeInput) input: CreateShiftTypeInput): Promise<ShiftType> {
    return createShiftType(serviceContext(ctx), input);
  }

  @Authorized('shiftType:edit')
  @Mutation(() => ShiftType, { description: 'Changes a shift type' })
  updateShiftType(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateShiftTypeInput) input: UpdateShiftTypeInput,
  ): Promise<ShiftType> {
    return updateShiftType(serviceContext(ctx), id, version, input);
  }

  @Authorized('shiftType:delete')
  @Mutation(() => ID, { description: 'Archives the shift type; rostered shifts keep it; answers the id, for clients to evict it from their cache' })
  async deleteShiftType(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await archiveShiftType(serviceContext(ctx), id, version);
    return id;
  }
}
