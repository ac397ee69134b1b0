import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { schedulingContext } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { createShiftAssignment, deleteShiftAssignment, listShiftAssignments, updateShiftAssignment } from './shift-assignment.service';
import { CreateShiftAssignmentInput, ShiftAssignmentFilter, ShiftAssignmentSort, UpdateShiftAssignmentInput } from './shift-assignment.inputs';

const ShiftAssignmentPage = PageType(ShiftAssignment, 'ShiftAssignment');

@Resolver(() => ShiftAssignment)
export class ShiftAssignmentResolver {
  @Authorized('shift:list')
  @Query(() => ShiftAssignmentPage, { description: 'Shift assignments, a page at a time' })
  async shiftAssignments(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftAssignmentFilter, { nullable: true }) filter?: ShiftAssignmentFilter,
    @Arg('sort', () => [ShiftAssignmentSort], { nullable: true }) sort?: ShiftAssignmentSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftAssignmentPage.of(await listShiftAssignments(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shift:show')
  @Query(() => ShiftAssignment, { nullable: true, description: 'One shift assignment by id; null when it does not exist' })
  async shiftAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ShiftAssignment | null> {
    return (await listShiftAssignments(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => ShiftAssignment, { description: 'Puts a person on a shift' })
  createShiftAssignment(@Ctx() ctx: Context, @Arg('input', () => CreateShiftAssignmentInput) input: CreateShiftAssignmentInput): Promise<ShiftAssignment> {
    return createShiftAssignment(schedulingContext(ctx), input);
  }

  @Authorized('shift:edit')
  @Mutation(() => ShiftAssignment, { description: 'Changes a shift assignment (e.g. the leader on duty)' })
  updateShiftAssignment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateShiftAssignmentInput) input: UpdateShiftAssignmentInput,
  ): Promise<ShiftAssignment> {
    return updateShiftAssignment(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shift:delete')
  @Mutation(() => ID, { description: 'answers the id, for clients to evict it from their cache' })
  async deleteShiftAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deleteShiftAssignment(schedulingContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person' })
  staff(@Root() assignment: ShiftAssignment, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(assignment.staffId);
  }
}
