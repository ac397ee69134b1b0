import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff } from '../staff/staff.entity';
import { LeaveRequest } from './leave-request.entity';
import { approveLeave, cancelLeave, listLeaveRequests, rejectLeave, requestLeave, updateLeaveRequest } from './leave.service';
import { schedulingContext } from './scheduling-context';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { approveSwap, cancelSwap, listSwapRequests, rejectSwap, requestSwap, updateSwapRequest } from './swap.service';
import {
  CreateLeaveRequestInput,
  CreateShiftSwapRequestInput,
  LeaveRequestFilter,
  LeaveRequestSort,
  ShiftSwapRequestFilter,
  ShiftSwapRequestSort,
  UpdateLeaveRequestInput,
  UpdateShiftSwapRequestInput,
} from './swap.inputs';

const ShiftSwapRequestPage = PageType(ShiftSwapRequest, 'ShiftSwapRequest');
const LeaveRequestPage = PageType(LeaveRequest, 'LeaveRequest');

@Resolver(() => ShiftSwapRequest)
export class ShiftSwapRequestResolver {
  @Authorized('shiftSwapRequest:list')
  @Query(() => ShiftSwapRequestPage)
  async shiftSwapRequests(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftSwapRequestFilter, { nullable: true }) filter?: ShiftSwapRequestFilter,
    @Arg('sort', () => [ShiftSwapRequestSort], { nullable: true }) sort?: ShiftSwapRequestSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftSwapRequestPage.of(await listSwapRequests(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shiftSwapRequest:show')
  @Query(() => ShiftSwapRequest, { nullable: true })
  async shiftSwapRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ShiftSwapRequest | null> {
    return (await listSwapRequests(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('shiftSwapRequest:create')
  @Mutation(() => ShiftSwapRequest, { description: 'RULE_VIOLATION lists every rule the swap breaks; nothing is saved then' })
  createShiftSwapRequest(@Ctx() ctx: Context, @Arg('input', () => CreateShiftSwapRequestInput) input: CreateShiftSwapRequestInput): Promise<ShiftSwapRequest> {
    return requestSwap(schedulingContext(ctx), input);
  }

  @Authorized('shiftSwapRequest:edit')
  @Mutation(() => ShiftSwapRequest, { description: 'The requester rewords a pending swap' })
  updateShiftSwapRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateShiftSwapRequestInput) input: UpdateShiftSwapRequestInput,
  ): Promise<ShiftSwapRequest> {
    return updateSwapRequest(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shiftSwapRequest:approve')
  @Mutation(() => ShiftSwapRequest, {
    description: 'A shift leader of either team approves its side (FORBIDDEN for a leader who is one of the two people swapping); the rules are checked again; the last approval swaps the roster',
  })
  approveShiftSwapRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ShiftSwapRequest> {
    return approveSwap(schedulingContext(ctx), id, version);
  }

  @Authorized('shiftSwapRequest:approve')
  @Mutation(() => ShiftSwapRequest)
  rejectShiftSwapRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { nullable: true }) note?: string): Promise<ShiftSwapRequest> {
    return rejectSwap(schedulingContext(ctx), id, version, note);
  }

  @Authorized('shiftSwapRequest:edit')
  @Mutation(() => Boolean, { description: 'The requester withdraws a pending swap (kept as CANCELLED)' })
  async deleteShiftSwapRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    await cancelSwap(schedulingContext(ctx), id, version);
    return true;
  }

  @FieldResolver(() => Staff, { nullable: true })
  requester(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return ctx.loaders.staffById.load(swap.requesterId);
  }

  @FieldResolver(() => Staff, { nullable: true })
  counterpart(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return ctx.loaders.staffById.load(swap.counterpartId);
  }
}

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  @Authorized('leaveRequest:list')
  @Query(() => LeaveRequestPage)
  async leaveRequests(
    @Ctx() ctx: Context,
    @Arg('filter', () => LeaveRequestFilter, { nullable: true }) filter?: LeaveRequestFilter,
    @Arg('sort', () => [LeaveRequestSort], { nullable: true }) sort?: LeaveRequestSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return LeaveRequestPage.of(await listLeaveRequests(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('leaveRequest:show')
  @Query(() => LeaveRequest, { nullable: true })
  async leaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<LeaveRequest | null> {
    return (await listLeaveRequests(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('leaveRequest:create')
  @Mutation(() => LeaveRequest, { description: 'RULE_VIOLATION lists every deadline or rule missed; BAD_USER_INPUT for an end before the start' })
  createLeaveRequest(@Ctx() ctx: Context, @Arg('input', () => CreateLeaveRequestInput) input: CreateLeaveRequestInput): Promise<LeaveRequest> {
    return requestLeave(schedulingContext(ctx), input);
  }

  @Authorized('leaveRequest:edit')
  @Mutation(() => LeaveRequest)
  updateLeaveRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateLeaveRequestInput) input: UpdateLeaveRequestInput,
  ): Promise<LeaveRequest> {
    return updateLeaveRequest(schedulingContext(ctx), id, version, input);
  }

  @Authorized('leaveRequest:approve')
  @Mutation(() => LeaveRequest, { description: 'The role awaitingRole names approves; the last approval takes the person off the shifts' })
  approveLeaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<LeaveRequest> {
    return approveLeave(schedulingContext(ctx), id, version);
  }

  @Authorized('leaveRequest:approve')
  @Mutation(() => LeaveRequest)
  rejectLeaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('note', () => String, { nullable: true }) note?: string): Promise<LeaveRequest> {
    return rejectLeave(schedulingContext(ctx), id, version, note);
  }

  @Authorized('leaveRequest:edit')
  @Mutation(() => Boolean, { description: 'The requester withdraws a pending request (kept as CANCELLED)' })
  async deleteLeaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    await cancelLeave(schedulingContext(ctx), id, version);
    return true;
  }

  @FieldResolver(() => Staff, { nullable: true })
  staff(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return ctx.loaders.staffById.load(leave.staffId);
  }
}
