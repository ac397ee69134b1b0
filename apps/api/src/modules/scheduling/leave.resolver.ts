import { canSeeLeaveReason, certificateMissing, LEAVE_STEPS, type LeaveStep, leaveNextActions, stepsOf } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { LeaveRequest } from './leave-request.entity';
import { acceptLateLeave, approveLeave, cancelLeave, leaveState, listLeaveRequests, rejectLeave, requestLeave, submitLeaveCertificate, updateLeaveRequest } from './leave.service';
import { LeaveActionEnum } from './scheduling.enums';
import { schedulingContext } from './scheduling-context';
import { AcceptLateLeaveInput, CreateLeaveRequestInput, LeaveDecisionInput, LeaveRequestFilter, LeaveRequestSort, SubmitLeaveCertificateInput, UpdateLeaveRequestInput } from './leave.inputs';

const LeaveRequestPage = PageType(LeaveRequest, 'LeaveRequest');

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  @Authorized('leaveRequest:list')
  @Query(() => LeaveRequestPage, { description: 'Leave requests, a page at a time' })
  async leaveRequests(
    @Ctx() ctx: Context,
    @Arg('filter', () => LeaveRequestFilter, { nullable: true }) filter?: LeaveRequestFilter,
    @Arg('sort', () => [LeaveRequestSort], { nullable: true }) sort?: LeaveRequestSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return LeaveRequestPage.of(await listLeaveRequests(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('leaveRequest:show')
  @Query(() => LeaveRequest, { nullable: true, description: 'One leave request by id; null when it does not exist' })
  async leaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<LeaveRequest | null> {
    return (await listLeaveRequests(schedulingContext(ctx), { ids: [id] }, null, null)).items[0] ?? null;
  }

  @Authorized('leaveRequest:create')
  @Mutation(() => LeaveRequest, { description: 'RULE_VIOLATION lists every deadline or rule missed; BAD_USER_INPUT for an end before the start' })
  createLeaveRequest(@Ctx() ctx: Context, @Arg('input', () => CreateLeaveRequestInput) input: CreateLeaveRequestInput): Promise<LeaveRequest> {
    return requestLeave(schedulingContext(ctx), input);
  }

  @Authorized('leaveRequest:edit')
  @Mutation(() => LeaveRequest, { description: "Changes a pending leave request's reason or certificate" })
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
  approveLeaveRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => LeaveDecisionInput, { nullable: true }) input?: LeaveDecisionInput,
  ): Promise<LeaveRequest> {
    return approveLeave(schedulingContext(ctx), id, version, input?.note);
  }

  @Authorized('leaveRequest:approve')
  @Mutation(() => LeaveRequest, {
    description: '逾期申请已认可: a department manager accepts a request made after its deadline (late), before the chain approves it. RULE_VIOLATION lateNotNeeded / approverSkipped; FORBIDDEN ownLeave',
  })
  acceptLateLeaveRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AcceptLateLeaveInput, { nullable: true }) input?: AcceptLateLeaveInput,
  ): Promise<LeaveRequest> {
    return acceptLateLeave(schedulingContext(ctx), id, version, input ?? {});
  }

  @Authorized('leaveRequest:edit')
  @Mutation(() => LeaveRequest, { description: '提交病假证明: by the person or the leader who filed it, pending or approved. FORBIDDEN notRequester; RULE_VIOLATION certificateNotNeeded' })
  submitLeaveCertificate(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => SubmitLeaveCertificateInput) input: SubmitLeaveCertificateInput,
  ): Promise<LeaveRequest> {
    return submitLeaveCertificate(schedulingContext(ctx), id, version, input);
  }

  @Authorized('leaveRequest:approve')
  @Mutation(() => LeaveRequest, { description: 'Rejects a pending leave request' })
  rejectLeaveRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => LeaveDecisionInput, { nullable: true }) input?: LeaveDecisionInput,
    @Arg('note', () => String, { nullable: true, description: 'Why it is rejected', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<LeaveRequest> {
    return rejectLeave(schedulingContext(ctx), id, version, stepValue('note', input?.note, note));
  }

  @Authorized('leaveRequest:edit')
  @Mutation(() => ID, { description: 'The requester withdraws a pending request (kept as CANCELLED); answers the id, for clients to evict it from their cache' })
  async deleteLeaveRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await cancelLeave(schedulingContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Boolean, { description: 'Whether reason and certificateRef are withheld from the viewer (medical details of somebody else’s sick leave)' })
  reasonHidden(@Root() leave: LeaveRequest, @Ctx() ctx: Context): boolean {
    return !canSeeLeaveReason(serviceContext(ctx).viewer, leave);
  }

  @FieldResolver(() => String, { nullable: true })
  reason(@Root() leave: LeaveRequest, @Ctx() ctx: Context): string | null {
    return this.reasonHidden(leave, ctx) ? null : leave.reason;
  }

  @FieldResolver(() => String, { nullable: true })
  certificateRef(@Root() leave: LeaveRequest, @Ctx() ctx: Context): string | null {
    return this.reasonHidden(leave, ctx) ? null : leave.certificateRef;
  }

  @FieldResolver(() => [LeaveActionEnum], { description: "The steps this viewer may take now, each one mutation (the domain's leaveNextActions, which the mutations enforce too)" })
  availableActions(@Root() leave: LeaveRequest, @Ctx() ctx: Context): LeaveStep[] {
    return ctx.viewer ? stepsOf(LEAVE_STEPS, leaveNextActions(leaveState(leave), ctx.viewer)) : [];
  }

  @FieldResolver(() => [LeaveActionEnum], { description: 'The same steps as availableActions', deprecationReason: 'Use availableActions, the name every workflow answers (DESIGN §2)' })
  nextActions(@Root() leave: LeaveRequest, @Ctx() ctx: Context): LeaveStep[] {
    return this.availableActions(leave, ctx);
  }

  @FieldResolver(() => Boolean, { description: 'The medical certificate is past its due date (certificateDueOn) and still missing, the leave standing' })
  certificateMissing(@Root() leave: LeaveRequest, @Ctx() ctx: Context): boolean {
    const { clock, timeZone } = schedulingContext(ctx);
    return certificateMissing(leave, clock.now(), timeZone);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The department manager who accepted the late request' })
  lateAcceptedBy(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return leave.lateAcceptedById ? staffLoaders(ctx).staffById.load(leave.lateAcceptedById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who filed it (the person, or their shift leader on their behalf)' })
  requestedBy(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(leave.requestedById ?? leave.staffId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The person on leave' })
  staff(@Root() leave: LeaveRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(leave.staffId);
  }
}
