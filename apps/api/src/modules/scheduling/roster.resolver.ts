import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff } from '../staff/staff.entity';
import { Team } from '../team/team.entity';
import { findOnDuty } from './on-duty.service';
import { Roster } from './roster.entity';
import { generateTeamRoster, listRosters, publishRoster } from './roster.service';
import { schedulingContext } from './scheduling-context';
import { CoverageRow, GeneratedRosterView, OnDutyView } from './scheduling.views';
import { ShiftAssignment } from './shift-assignment.entity';
import { createShiftAssignment, deleteShiftAssignment, listShiftAssignments, updateShiftAssignment } from './shift-assignment.service';
import { Shift } from './shift.entity';
import {
  CreateShiftAssignmentInput,
  CreateShiftInput,
  RosterFilter,
  RosterSort,
  ShiftAssignmentFilter,
  ShiftAssignmentSort,
  ShiftFilter,
  ShiftSort,
  UpdateShiftAssignmentInput,
  UpdateShiftInput,
} from './shift.inputs';
import { createShift, deleteShift, listShifts, updateShift } from './shift.service';
import { ShiftType } from './shift-type.entity';
import { coverageOf, loadersFor } from './scheduling.loaders';

const ShiftPage = PageType(Shift, 'Shift');
const ShiftAssignmentPage = PageType(ShiftAssignment, 'ShiftAssignment');
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

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() roster: Roster, @Ctx() ctx: Context): Promise<Team | null> {
    return ctx.loaders.teamById.load(roster.teamId);
  }
}

@Resolver(() => Shift)
export class ShiftResolver {
  @Authorized('shift:list')
  @Query(() => ShiftPage)
  async shifts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftFilter, { nullable: true }) filter?: ShiftFilter,
    @Arg('sort', () => [ShiftSort], { nullable: true }) sort?: ShiftSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftPage.of(await listShifts(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shift:show')
  @Query(() => Shift, { nullable: true })
  async shift(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Shift | null> {
    return (await listShifts(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => Shift)
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
  @Mutation(() => Boolean, { description: 'Removes the shift and its assignments' })
  deleteShift(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return deleteShift(schedulingContext(ctx), id, version);
  }

  @Authorized('shift:create')
  @Mutation(() => GeneratedRosterView, { description: 'Replaces the team’s draft month with a generated one; unmet coverage is listed, never met by breaking a rule' })
  async generateRoster(@Ctx() ctx: Context, @Arg('teamId', () => ID) teamId: string, @Arg('month', () => String, { description: 'YYYY-MM' }) month: string): Promise<GeneratedRosterView> {
    const draft = await generateTeamRoster(schedulingContext(ctx), teamId, month);
    const staff = await Promise.all(draft.generated.fairness.loads.map((l) => ctx.loaders.staffById.load(l.staffId)));
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

  @Authorized('shift:list')
  @Query(() => [OnDutyView], { description: 'Published shifts running at `at`, who works them and the leader on duty' })
  onDuty(@Ctx() ctx: Context, @Arg('at', () => Date) at: Date, @Arg('teamId', () => ID, { nullable: true }) teamId?: string): Promise<OnDutyView[]> {
    return findOnDuty(ctx.dataSource.manager, teamId ?? null, at);
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Team | null> {
    return ctx.loaders.teamById.load(shift.teamId);
  }

  @FieldResolver(() => ShiftType, { nullable: true })
  shiftType(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftType | null> {
    return loadersFor(ctx).shiftTypeById.load(shift.shiftTypeId);
  }

  @FieldResolver(() => Roster, { nullable: true })
  roster(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Roster | null> {
    return loadersFor(ctx).rosterById.load(shift.rosterId);
  }

  @FieldResolver(() => [ShiftAssignment])
  assignments(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftAssignment[]> {
    return loadersFor(ctx).assignmentsByShiftId.load(shift.id);
  }

  @FieldResolver(() => [CoverageRow], { description: 'Per job type of the minimum headcount: a gap shows as missing > 0' })
  coverage(@Root() shift: Shift, @Ctx() ctx: Context): Promise<CoverageRow[]> {
    return coverageOf(ctx, shift);
  }
}

@Resolver(() => ShiftAssignment)
export class ShiftAssignmentResolver {
  @Authorized('shift:list')
  @Query(() => ShiftAssignmentPage)
  async shiftAssignments(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftAssignmentFilter, { nullable: true }) filter?: ShiftAssignmentFilter,
    @Arg('sort', () => [ShiftAssignmentSort], { nullable: true }) sort?: ShiftAssignmentSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftAssignmentPage.of(await listShiftAssignments(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shift:show')
  @Query(() => ShiftAssignment, { nullable: true })
  async shiftAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ShiftAssignment | null> {
    return (await listShiftAssignments(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shift:create')
  @Mutation(() => ShiftAssignment)
  createShiftAssignment(@Ctx() ctx: Context, @Arg('input', () => CreateShiftAssignmentInput) input: CreateShiftAssignmentInput): Promise<ShiftAssignment> {
    return createShiftAssignment(schedulingContext(ctx), input);
  }

  @Authorized('shift:edit')
  @Mutation(() => ShiftAssignment)
  updateShiftAssignment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateShiftAssignmentInput) input: UpdateShiftAssignmentInput,
  ): Promise<ShiftAssignment> {
    return updateShiftAssignment(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shift:delete')
  @Mutation(() => Boolean)
  deleteShiftAssignment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return deleteShiftAssignment(schedulingContext(ctx), id, version);
  }

  @FieldResolver(() => Staff, { nullable: true })
  staff(@Root() assignment: ShiftAssignment, @Ctx() ctx: Context): Promise<Staff | null> {
    return ctx.loaders.staffById.load(assignment.staffId);
  }
}
