import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Team, teamLoaders } from '../team';
import { findOnDuty } from './on-duty.service';
import { Roster } from './roster.entity';
import { schedulingContext } from './scheduling-context';
import { CoverageRow, OnDutyView } from './scheduling.views';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';
import { CreateShiftInput, ShiftFilter, ShiftSort, UpdateShiftInput } from './shift.inputs';
import { createShift, deleteShift, listShifts, updateShift } from './shift.service';
import { ShiftType } from './shift-type.entity';
import { coverageOf, schedulingLoaders } from './scheduling.loaders';

const ShiftPage = PageType(Shift, 'Shift');

@Resolver(() => Shift)
export class ShiftResolver {
  @Authorized('shift:list')
  @Query(() => ShiftPage, { description: 'Shifts, a page at a time' })
  async shifts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftFilter, { nullable: true }) filter?: ShiftFilter,
    @Arg('sort', () => [ShiftSort], { nullable: true }) sort?: ShiftSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftPage.of(await listShifts(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shift:show')
  @Query(() => Shift, { nullable: true, description: 'One shift by id; null when it does not exist' })
  async shift(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Shift | null> {
    return (await listShifts(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => Shift, { description: "Adds a shift to a team's roster" })
  createShift(@Ctx() ctx: Context, @Arg('input', () => CreateShiftInput) input: CreateShiftInput): Promise<Shift> {
    return createShift(schedulingContext(ctx), input);
  }

  @Authorized('shift:edit')
  @Mutation(() => Shift, {
    description: 'While the month is a draft (a published month: INVALID_TRANSITION; it changes through swaps and leave). RULE_VIOLATION lists every rule the move breaks for anyone on the shift; nothing changes then',
  })
  updateShift(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateShiftInput) input: UpdateShiftInput,
  ): Promise<Shift> {
    return updateShift(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shift:delete')
  @Mutation(() => ID, { description: 'Removes the shift and its assignments; answers the id, for clients to evict it from their cache' })
  async deleteShift(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deleteShift(schedulingContext(ctx), id, version);
    return id;
  }

  @Authorized('shift:list')
  @Query(() => [OnDutyView], { description: 'Published shifts running at `at`, who works them and the leader on duty' })
  onDuty(@Ctx() ctx: Context, @Arg('at', () => Date, { description: 'The instant to look at' }) at: Date, @Arg('teamId', () => ID, { nullable: true, description: 'Only this team; none: every team' }) teamId?: string): Promise<OnDutyView[]> {
    return findOnDuty(ctx.dataSource.manager, teamId ?? null, at);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team (班组)' })
  team(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Team | null> {
    return teamLoaders(ctx).teamById.load(shift.teamId);
  }

  @FieldResolver(() => ShiftType, { nullable: true, description: 'Its shift type (班次)' })
  shiftType(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftType | null> {
    return schedulingLoaders(ctx).shiftTypeById.load(shift.shiftTypeId);
  }

  @FieldResolver(() => Roster, { nullable: true, description: "The roster (the team's month) it belongs to" })
  roster(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Roster | null> {
    return schedulingLoaders(ctx).rosterById.load(shift.rosterId);
  }

  @FieldResolver(() => [ShiftAssignment], { description: 'Who works the shift (排班人员)' })
  assignments(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftAssignment[]> {
    return schedulingLoaders(ctx).assignmentsByShiftId.load(shift.id);
  }

  @FieldResolver(() => [CoverageRow], { description: 'Per job type of the minimum headcount: a gap shows as missing > 0' })
  coverage(@Root() shift: Shift, @Ctx() ctx: Context): Promise<CoverageRow[]> {
    return coverageOf(ctx, shift);
  }
}
