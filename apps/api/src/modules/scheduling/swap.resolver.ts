import { SWAP_STEPS, type SwapStep, stepsOf, swapMachine, swapNextActions } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { PageInput, PageType } from '../../graphql/pagination';
import { SwapActionEnum } from './scheduling.enums';
import { Staff, staffLoaders } from '../staff';
import { schedulingContext } from './scheduling-context';
import { schedulingLoaders } from './scheduling.loaders';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { acceptSwap, approveSwap, cancelSwap, declineSwap, listSwapRequests, rejectSwap, requestSwap, updateSwapRequest } from './swap.service';
import { CreateShiftSwapRequestInput, ShiftSwapAnswerInput, ShiftSwapDecisionInput, ShiftSwapRequestFilter, ShiftSwapRequestSort, UpdateShiftSwapRequestInput } from './swap.inputs';

const ShiftSwapRequestPage = PageType(ShiftSwapRequest, 'ShiftSwapRequest');

@Resolver(() => ShiftSwapRequest)
export class ShiftSwapRequestResolver {
  @Authorized('shiftSwapRequest:list')
  @Query(() => ShiftSwapRequestPage, { description: 'Shift swap requests, a page at a time' })
  async shiftSwapRequests(
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftSwapRequestFilter, { nullable: true }) filter?: ShiftSwapRequestFilter,
    @Arg('sort', () => [ShiftSwapRequestSort], { nullable: true }) sort?: ShiftSwapRequestSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ShiftSwapRequestPage.of(await listSwapRequests(schedulingContext(ctx), filter, sort, page));
  }

  @Authorized('shiftSwapRequest:show')
  @Query(() => ShiftSwapRequest, { nullable: true, description: 'One swap request by id; null when it does not exist' })
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

  @Authorized('shiftSwapRequest:edit')
  @Mutation(() => ShiftSwapRequest, {
    description: 'The counterpart (only they: FORBIDDEN otherwise) agrees to a swap waiting for them; the rules are checked again (RULE_VIOLATION); it then waits for both shift leaders',
  })
  acceptShiftSwapRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ShiftSwapAnswerInput, { nullable: true }) input?: ShiftSwapAnswerInput,
  ): Promise<ShiftSwapRequest> {
    return acceptSwap(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shiftSwapRequest:edit')
  @Mutation(() => ShiftSwapRequest, { description: 'The counterpart (only they) declines a swap waiting for them: DECLINED, the roster unchanged' })
  declineShiftSwapRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ShiftSwapAnswerInput, { nullable: true }) input?: ShiftSwapAnswerInput,
  ): Promise<ShiftSwapRequest> {
    return declineSwap(schedulingContext(ctx), id, version, input);
  }

  @Authorized('shiftSwapRequest:approve')
  @Mutation(() => ShiftSwapRequest, {
    description: 'Once the counterpart accepted, a shift leader of either team approves its side (FORBIDDEN for a leader who is one of the two people swapping); the rules are checked again; the last approval swaps the roster',
  })
  approveShiftSwapRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ShiftSwapDecisionInput, { nullable: true }) input?: ShiftSwapDecisionInput,
  ): Promise<ShiftSwapRequest> {
    return approveSwap(schedulingContext(ctx), id, version, input?.note);
  }

  @Authorized('shiftSwapRequest:approve')
  @Mutation(() => ShiftSwapRequest, { description: 'Rejects a pending swap request' })
  rejectShiftSwapRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ShiftSwapDecisionInput, { nullable: true }) input?: ShiftSwapDecisionInput,
    @Arg('note', () => String, { nullable: true, description: 'Why it is rejected', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<ShiftSwapRequest> {
    return rejectSwap(schedulingContext(ctx), id, version, stepValue('note', input?.note, note));
  }

  @Authorized('shiftSwapRequest:edit')
  @Mutation(() => ID, { description: 'The requester withdraws a pending swap (kept as CANCELLED); answers the id, for clients to evict it from their cache' })
  async deleteShiftSwapRequest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await cancelSwap(schedulingContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who asks to swap' })
  requester(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(swap.requesterId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The colleague asked to swap' })
  counterpart(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(swap.counterpartId);
  }

  @FieldResolver(() => [SwapActionEnum], {
    description: "What the viewer may do on this swap now, each one mutation: the domain's swapNextActions, which the mutations enforce too",
  })
  async availableActions(@Root() swap: ShiftSwapRequest, @Ctx() ctx: Context): Promise<SwapStep[]> {
    if (!ctx.viewer || !swapMachine.allowedActions(swap.status).length) return [];
    const shifts = schedulingLoaders(ctx).shiftById;
    const [viewer, mine, theirs] = await Promise.all([staffLoaders(ctx).staffById.load(ctx.viewer.id), shifts.load(swap.requesterShiftId), shifts.load(swap.counterpartShiftId)]);
    // As isLeaderOfTeam decides in approveSwap/rejectSwap: an active shift leader of the shift's team.
    const leads = (teamId: string | undefined) => !!viewer && viewer.active && viewer.role === 'SHIFT_LEADER' && viewer.teamId === teamId;
    return stepsOf(SWAP_STEPS, swapNextActions(swap, { id: ctx.viewer.id, leads: { requesterSide: leads(mine?.teamId), counterpartSide: leads(theirs?.teamId) } }));
  }
}
