import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Staff, staffLoaders } from '../staff';
import { Team, teamLoaders } from '../team';
import { HandoverLog } from './handover-log.entity';
import { LeaveRequest } from './leave-request.entity';
import { Roster } from './roster.entity';
import { schedulingLoaders } from './scheduling.loaders';
import { UnmetCoverageView } from './scheduling.views';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { Shift } from './shift.entity';

/** The objects beside the scheduling records' id fields, each through a loader (one query per page, not per row). */
const staffOf = (ctx: Context, id: string | null): Promise<Staff | null> | null => (id ? staffLoaders(ctx).staffById.load(id) : null);
const shiftOf = (ctx: Context, id: string): Promise<Shift | null> => schedulingLoaders(ctx).shiftById.load(id);

@Resolver(() => HandoverLog)
export class HandoverLogRelationsResolver {
  @FieldResolver(() => Shift, { nullable: true, description: 'The outgoing shift' })
  shift(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<Shift | null> {
    return shiftOf(ctx, log.shiftId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team (班组)' })
  team(@Root() log: HandoverLog, @Ctx() ctx: Context): Promise<Team | null> {
    return teamLoaders(ctx).teamById.load(log.teamId);
  }
}

@Resolver(() => LeaveRequest)
export class LeaveRequestRelationsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The manager who approved' })
  managerApprovedBy(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, leave.managerApprovedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The centre director who approved, when a long leave needs one' })
  directorApprovedBy(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, leave.directorApprovedById);
  }

  @FieldResolver(() => [Shift], { nullable: true, description: 'Shifts the approved leave took the person off (vacatedShiftIds); a shift deleted since is left out' })
  async vacatedShifts(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Shift[] | null> {
    if (!leave.vacatedShiftIds) return null;
    const shifts = await Promise.all(leave.vacatedShiftIds.map((id) => shiftOf(ctx, id)));
    return shifts.filter((shift): shift is Shift => shift !== null);
  }
}

@Resolver(() => Roster)
export class RosterRelationsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who published it; null while a draft' })
  publishedBy(@Root() roster: Roster, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, roster.publishedById);
  }

  @FieldResolver(() => [Shift], { description: 'The shifts of the month, earliest first' })
  shifts(@Root() roster: Roster, @Ctx() ctx: Context): Promise<Shift[]> {
    return schedulingLoaders(ctx).shiftsByRosterId.load(roster.id);
  }
}

@Resolver(() => ShiftAssignment)
export class ShiftAssignmentRelationsResolver {
  @FieldResolver(() => Shift, { nullable: true, description: 'The shift' })
  shift(@Root() assignment: ShiftAssignment, @Ctx() ctx: Context): Promise<Shift | null> {
    return shiftOf(ctx, assignment.shiftId);
  }

  @FieldResolver(() => ShiftSwapRequest, { nullable: true, description: 'The approved swap that made this assignment, if any' })
  swapRequest(@Root() assignment: ShiftAssignment, @Ctx() ctx: Context): Promise<ShiftSwapRequest | null> | null {
    return assignment.swapRequestId ? schedulingLoaders(ctx).swapRequestById.load(assignment.swapRequestId) : null;
  }
}

@Resolver(() => ShiftSwapRequest)
export class ShiftSwapRequestRelationsResolver {
  @FieldResolver(() => Shift, { nullable: true, description: "The requester's shift, which the colleague takes" })
  requesterShift(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Shift | null> {
    return shiftOf(ctx, swap.requesterShiftId);
  }

  @FieldResolver(() => Shift, { nullable: true, description: "The colleague's shift, which the requester takes" })
  counterpartShift(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Shift | null> {
    return shiftOf(ctx, swap.counterpartShiftId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The leader of the requester's shift" })
  requesterLeader(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, swap.requesterLeaderId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The leader of the colleague's shift" })
  counterpartLeader(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, swap.counterpartLeaderId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The leader who decided; null while pending' })
  decidedBy(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return staffOf(ctx, swap.decidedById);
  }
}

@Resolver(() => UnmetCoverageView)
export class UnmetCoverageRelationsResolver {
  @FieldResolver(() => Shift, { nullable: true, description: 'The shift short of staff' })
  shift(@Root() unmet: UnmetCoverageView, @Ctx() ctx: Context): Promise<Shift | null> {
    return shiftOf(ctx, unmet.shiftId);
  }
}
