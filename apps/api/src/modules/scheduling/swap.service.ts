import { addDays, checkSwap, maxLength, OPEN_SWAP_STATUSES, requiredText, type SwapAction, type SwapSide, type SwapStatus, swapMachine, swapNextActions, statusAfterApproval } from '@sanxin/domain';
import { type EntityManager, In, LessThan, MoreThan, type SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { AppError, assertNoRuleViolations, assertValid, checkTransition, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { readBusinessCalendar } from '../calendar';
import { PushEventKind, publishPush } from '../push';
import type { Staff } from '../staff';
import { LeaveRequest } from './leave-request.entity';
import { findRosterPeople, findShiftWithType, isLeaderOfTeam, shiftsOfStaff } from './roster-queries';
import { type SchedulingContext, placed, readPolicy } from './scheduling-context';
import { ShiftAssignment } from './shift-assignment.entity';
import { settleLeaderOnDuty } from './shift-assignment.service';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { Shift } from './shift.entity';
import type { CreateShiftSwapRequestInput, ShiftSwapAnswerInput, ShiftSwapRequestFilter, ShiftSwapRequestSort, UpdateShiftSwapRequestInput } from './swap.inputs';

const DAY = 24 * 3_600_000;
const SORT_COLUMNS: Record<'CREATED_AT', SortColumn<ShiftSwapRequest>> = { CREATED_AT: { sql: 'swap.createdAt', read: (s) => s.createdAt, isDate: true } };

export async function listSwapRequests(ctx: SchedulingContext, filter: ShiftSwapRequestFilter | null | undefined, sort: ShiftSwapRequestSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ShiftSwapRequest>> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(ShiftSwapRequest).createQueryBuilder('swap');
  whereIds(query, 'swap', f.ids);
  if (f.status?.length) query.andWhere('swap.status IN (:...statuses)', { statuses: f.status });
  if (f.staffId) query.andWhere('(swap.requesterId = :staffId OR swap.counterpartId = :staffId)', { staffId: f.staffId });
  if (f.mine) query.andWhere('(swap.requesterId = :viewerId OR swap.counterpartId = :viewerId)', { viewerId: ctx.viewer.id });
  if (f.awaitingMe) whereAwaiting(query, ctx.viewer.id);
  return paginate({ query, alias: 'swap', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

/**
 * 等我处理 (the inbox of swaps): those waiting for the viewer's consent as the counterpart, and those
 * waiting for the leaders with a side whose team the viewer leads (an active shift leader of the team
 * of that side's shift) that nobody approved yet, never swaps the viewer is part of. The same rule
 * as the domain's swapAwaits, in SQL.
 */
function whereAwaiting(query: SelectQueryBuilder<ShiftSwapRequest>, viewerId: string): void {
  const leadsSide = (shiftColumn: string) =>
    `EXISTS (SELECT 1 FROM shift s INNER JOIN staff l ON l.team_id = s.team_id WHERE s.id = ${shiftColumn} AND l.id = :viewerId AND l.role = 'SHIFT_LEADER' AND l.active = 1)`;
  query.andWhere(
    `((swap.status = 'PENDING_COUNTERPART' AND swap.counterpart_id = :viewerId) OR (swap.status = 'PENDING_LEADERS' AND swap.requester_id <> :viewerId AND swap.counterpart_id <> :viewerId AND ((swap.requester_leader_id IS NULL AND ${leadsSide('swap.requester_shift_id')}) OR (swap.counterpart_leader_id IS NULL AND ${leadsSide('swap.counterpart_shift_id')}))))`,
    { viewerId },
  );
}

/**
 * 换班申请: refused with RULE_VIOLATION listing every rule it breaks; nothing is written then. It
 * waits for the named colleague's consent first (PENDING_COUNTERPART), who is told in their inbox.
 */
export async function requestSwap(ctx: SchedulingContext, input: CreateShiftSwapRequestInput): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'create');
  const reason = input.reason.trim();
  assertValid([...requiredText('reason', reason), ...maxLength('reason', reason, 500)]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const draft = { requesterId: ctx.viewer.id, requesterShiftId: input.requesterShiftId, counterpartId: input.counterpartId, counterpartShiftId: input.counterpartShiftId };
    assertNoRuleViolations('The swap breaks scheduling rules', await swapViolations(ctx, manager, draft, null));
    const swap = Object.assign(new ShiftSwapRequest(), {
      ...newRecord(now),
      ...draft,
      reason,
      status: 'PENDING_COUNTERPART' as const,
      counterpartAnsweredAt: null,
      counterpartNote: null,
      requesterLeaderId: null,
      counterpartLeaderId: null,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
    });
    await manager.insert(ShiftSwapRequest, swap);
    await recordAction(manager, auditTarget(ctx, 'shiftSwapRequest', swap.id, now), 'CREATE', { newValue: reason });
    await publishPush(manager, now, [{ kind: PushEventKind.INBOX_CHANGED, recipientId: swap.counterpartId }]);
    return swap;
  });
}

/**
 * 对方同意: the named colleague (only they: FORBIDDEN otherwise) agrees to the swap; every rule is
 * checked again (the roster, their leave and swaps may have changed since the request) and the swap
 * goes to both shift leaders (PENDING_LEADERS). The requester is told in their inbox.
 */
export async function acceptSwap(ctx: SchedulingContext, id: string, version: number, input: ShiftSwapAnswerInput | null | undefined): Promise<ShiftSwapRequest> {
  return answerSwap(ctx, id, version, 'accept', input?.note);
}

/** 对方拒绝: the named colleague (only they) declines; the swap ends DECLINED with their note, the roster unchanged. */
export async function declineSwap(ctx: SchedulingContext, id: string, version: number, input: ShiftSwapAnswerInput | null | undefined): Promise<ShiftSwapRequest> {
  return answerSwap(ctx, id, version, 'decline', input?.note);
}

async function answerSwap(ctx: SchedulingContext, id: string, version: number, action: 'accept' | 'decline', rawNote: string | null | undefined): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'edit');
  const note = rawNote?.trim() || null;
  assertValid(maxLength('note', note, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const swap = await findSwap(manager, id);
    const status = checkTransition(() => swapMachine.assertTransition(swap.status, action));
    if (swap.counterpartId !== ctx.viewer.id) throw forbidden('shiftSwapRequest', 'edit', `${action} a swap you are not the colleague of`);
    if (action === 'accept') assertNoRuleViolations('The swap no longer meets the scheduling rules', await swapViolations(ctx, manager, swap, swap.id));
    const changes = {
      status,
      counterpartAnsweredAt: now,
      counterpartNote: note,
      ...(action === 'decline' ? { decidedById: ctx.viewer.id, decidedAt: now } : {}),
    };
    await updateVersioned(manager, ShiftSwapRequest, 'ShiftSwapRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftSwapRequest', id, now), swap, { ...swap, ...changes }, ['status', 'counterpartNote']);
    await publishPush(manager, now, [{ kind: PushEventKind.INBOX_CHANGED, recipientId: swap.requesterId }]);
    return manager.findOneByOrFail(ShiftSwapRequest, { id });
  });
}

/**
 * Once the colleague accepted, both shift leaders approve, in any order: the leader of each shift's team fills that side (one
 * approval fills both when the teams are the same). The rules are checked again at each approval;
 * the last one exchanges the two people on the roster in the same transaction.
 */
export async function approveSwap(ctx: SchedulingContext, id: string, version: number, note?: string | null): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'approve');
  const decisionNote = note?.trim() || null;
  assertValid(maxLength('note', decisionNote, 500));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const swap = await findSwap(manager, id);
    checkTransition(() => swapMachine.assertTransition(swap.status, 'approve'));
    const leads = await assertSwapDecision(ctx, manager, swap, 'approve');
    // The sides this approval fills: those the viewer leads that still wait.
    const leadsRequesterSide = leads.requesterSide && !swap.requesterLeaderId;
    const leadsCounterpartSide = leads.counterpartSide && !swap.counterpartLeaderId;
    assertNoRuleViolations('The swap no longer meets the scheduling rules', await swapViolations(ctx, manager, swap, swap.id));
    const next = {
      requesterLeaderId: leadsRequesterSide ? ctx.viewer.id : swap.requesterLeaderId,
      counterpartLeaderId: leadsCounterpartSide ? ctx.viewer.id : swap.counterpartLeaderId,
    };
    const status = statusAfterApproval(next);
    const done = status === 'APPROVED';
    const changes = { ...next, ...(decisionNote ? { decisionNote } : {}), ...(done ? { status, decidedById: ctx.viewer.id, decidedAt: now } : {}) };
    await updateVersioned(manager, ShiftSwapRequest, 'ShiftSwapRequest', id, version, changes, now);
    if (done) await exchangeShifts(manager, swap, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftSwapRequest', id, now), swap, { ...swap, ...changes }, ['requesterLeaderId', 'counterpartLeaderId', 'status', 'decisionNote']);
    return manager.findOneByOrFail(ShiftSwapRequest, { id });
  });
}

export async function rejectSwap(ctx: SchedulingContext, id: string, version: number, note: string | null | undefined): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'approve');
  // The people swapping withdraw by cancelling (deleteShiftSwapRequest); deciding is the other leaders' job.
  return decideSwap(ctx, id, version, 'reject', note, async (manager, swap) => {
    await assertSwapDecision(ctx, manager, swap, 'reject');
  });
}

/**
 * The domain's swapNextActions (swapDecisions for the leaders), the same rule the swap's `availableActions` offers (leader of a side
 * still waiting approves, of either side rejects, never a party): FORBIDDEN for anything else.
 * Returns which sides the viewer leads.
 */
async function assertSwapDecision(ctx: SchedulingContext, manager: EntityManager, swap: ShiftSwapRequest, decision: 'approve' | 'reject'): Promise<{ requesterSide: boolean; counterpartSide: boolean }> {
  const [mine, theirs] = await Promise.all([findShiftWithType(manager, swap.requesterShiftId), findShiftWithType(manager, swap.counterpartShiftId)]);
  const leads = {
    requesterSide: await isLeaderOfTeam(manager, ctx.viewer.id, mine.shift.teamId),
    counterpartSide: await isLeaderOfTeam(manager, ctx.viewer.id, theirs.shift.teamId),
  };
  if (!swapNextActions(swap, { id: ctx.viewer.id, leads }).includes(decision)) {
    const party = swap.requesterId === ctx.viewer.id || swap.counterpartId === ctx.viewer.id;
    throw forbidden('shiftSwapRequest', 'approve', party ? `${decision} on a swap you are part of` : `${decision} on a swap outside your teams (or a side already approved)`);
  }
  return leads;
}

/** The requester rewords a pending request; the shifts and the counterpart are what the leaders approve, so they stay. */
export async function updateSwapRequest(ctx: SchedulingContext, id: string, version: number, input: UpdateShiftSwapRequestInput): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'edit');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const swap = await findSwap(manager, id);
    checkTransition(() => swapMachine.assertTransition(swap.status, 'edit'));
    if (swap.requesterId !== ctx.viewer.id) throw forbidden('shiftSwapRequest', 'edit', 'editing somebody else’s swap');
    const next = { reason: input.reason == null ? swap.reason : input.reason.trim() };
    assertValid([...requiredText('reason', next.reason), ...maxLength('reason', next.reason, 500)]);
    await updateVersioned(manager, ShiftSwapRequest, 'ShiftSwapRequest', id, version, next, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftSwapRequest', id, now), swap, { ...swap, ...next }, ['reason']);
    return manager.findOneByOrFail(ShiftSwapRequest, { id });
  });
}

/** The requester withdraws a pending request (deleteShiftSwapRequest). */
export async function cancelSwap(ctx: SchedulingContext, id: string, version: number): Promise<ShiftSwapRequest> {
  assertCan(ctx.viewer, 'shiftSwapRequest', 'edit');
  return decideSwap(ctx, id, version, 'cancel', null, async (_manager, swap) => {
    if (swap.requesterId !== ctx.viewer.id) throw forbidden('shiftSwapRequest', 'edit', 'withdrawing somebody else’s swap');
  });
}

async function decideSwap(
  ctx: SchedulingContext,
  id: string,
  version: number,
  action: Extract<SwapAction, 'reject' | 'cancel'>,
  note: string | null | undefined,
  authorize: (manager: EntityManager, swap: ShiftSwapRequest) => Promise<void>,
): Promise<ShiftSwapRequest> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const swap = await findSwap(manager, id);
    const status = checkTransition(() => swapMachine.assertTransition(swap.status, action));
    await authorize(manager, swap);
    const changes = { status, decidedById: ctx.viewer.id, decidedAt: now, decisionNote: note?.trim() || null };
    await updateVersioned(manager, ShiftSwapRequest, 'ShiftSwapRequest', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftSwapRequest', id, now), swap, { ...swap, ...changes }, ['status', 'decisionNote']);
    return manager.findOneByOrFail(ShiftSwapRequest, { id });
  });
}

/** Swaps that count towards the monthly limit and the consecutive-swap rule: open ones and approved ones. */
const COUNTED: SwapStatus[] = [...OPEN_SWAP_STATUSES, 'APPROVED'];

type SwapDraft = Pick<ShiftSwapRequest, 'requesterId' | 'requesterShiftId' | 'counterpartId' | 'counterpartShiftId'>;

/** Loads what checkSwap needs: both people, both shifts, their other shifts, swaps and leave around the dates. */
async function swapViolations(ctx: SchedulingContext, manager: EntityManager, draft: SwapDraft, excludeSwapId: string | null) {
  const people = await findRosterPeople(manager, [...new Set([draft.requesterId, draft.counterpartId])], 'counterpartId');
  const [mine, theirs] = await Promise.all([findShiftWithType(manager, draft.requesterShiftId, 'requesterShiftId'), findShiftWithType(manager, draft.counterpartShiftId, 'counterpartShiftId')]);
  const shifts = [placed(mine.shift, mine.type), placed(theirs.shift, theirs.type)];
  const from = new Date(Math.min(...shifts.map((s) => s.start.getTime())) - 40 * DAY);
  const to = new Date(Math.max(...shifts.map((s) => s.end.getTime())) + 40 * DAY);
  const ids = [draft.requesterId, draft.counterpartId];
  const [worked, policy, calendar, swaps, leave] = await Promise.all([
    shiftsOfStaff(manager, ids, from, to),
    readPolicy(manager),
    readBusinessCalendar(manager, ctx.timeZone, addDays(shifts[0].date, -40), addDays(shifts[1].date, 40)),
    manager.find(ShiftSwapRequest, { where: [{ requesterId: In(ids), status: In(COUNTED) }, { counterpartId: In(ids), status: In(COUNTED) }] }),
    manager.find(LeaveRequest, { where: { staffId: In(ids), status: In(['PENDING', 'APPROVED']), startsAt: LessThan(to), endsAt: MoreThan(from) } }),
  ]);
  const swapShiftIds = swaps.filter((s) => s.id !== excludeSwapId).flatMap((s) => [s.requesterShiftId, s.counterpartShiftId]);
  const swapDates = new Map((await shiftDates(manager, swapShiftIds)).map((s) => [s.id, s.date]));
  const side = (person: Staff, shift: (typeof shifts)[number], other: (typeof shifts)[number]): SwapSide => ({
    person,
    shift,
    otherShifts: worked.filter((w) => w.staffId === person.id && w.shiftId !== shift.shiftId),
    otherSwapDates: swaps
      .filter((s) => s.id !== excludeSwapId && (s.requesterId === person.id || s.counterpartId === person.id))
      .map((s) => swapDates.get(s.requesterId === person.id ? s.requesterShiftId : s.counterpartShiftId) as string),
    leave: leave.filter((l) => l.staffId === person.id).map((l) => ({ staffId: l.staffId, start: l.startsAt, end: l.endsAt })),
    worksShift: worked.some((w) => w.staffId === person.id && w.shiftId === shift.shiftId),
    worksOtherShift: worked.some((w) => w.staffId === person.id && w.shiftId === other.shiftId),
  });
  return checkSwap({
    requester: side(people.get(draft.requesterId) as Staff, shifts[0], shifts[1]),
    counterpart: side(people.get(draft.counterpartId) as Staff, shifts[1], shifts[0]),
    calendar,
    policy,
    now: ctx.clock.now(),
  });
}

async function shiftDates(manager: EntityManager, ids: string[]): Promise<Array<{ id: string; date: string }>> {
  if (ids.length === 0) return [];
  return manager.getRepository(Shift).createQueryBuilder('s').select(['s.id AS id', 's.date AS date']).where('s.id IN (:...ids)', { ids }).getRawMany();
}

/**
 * The roster changes atomically: each person's assignment moves to the other shift, marked with the
 * swap. Leading a shift (值班长) is a shift leader's: each shift's leader on duty is settled again.
 */
async function exchangeShifts(manager: EntityManager, swap: ShiftSwapRequest, now: Date): Promise<void> {
  const moves = [
    { staffId: swap.requesterId, from: swap.requesterShiftId, to: swap.counterpartShiftId },
    { staffId: swap.counterpartId, from: swap.counterpartShiftId, to: swap.requesterShiftId },
  ];
  for (const move of moves) {
    const target = await findShiftWithType(manager, move.to);
    const result = await manager
      .createQueryBuilder()
      .update(ShiftAssignment)
      .set({ shiftId: move.to, startsAt: target.shift.startsAt, endsAt: target.shift.endsAt, isLeaderOnDuty: false, swapRequestId: swap.id, version: () => 'version + 1', updatedAt: now })
      .where('shift_id = :from AND staff_id = :staffId', move)
      .execute();
    if (result.affected !== 1) throw new AppError('CONFLICT', 'The roster changed meanwhile; nothing was swapped');
  }
  for (const shiftId of [swap.requesterShiftId, swap.counterpartShiftId]) await settleLeaderOnDuty(manager, shiftId, now);
}

async function findSwap(manager: EntityManager, id: string): Promise<ShiftSwapRequest> {
  const swap = await manager.findOneBy(ShiftSwapRequest, { id });
  if (!swap) throw notFound('ShiftSwapRequest', id);
  return swap;
}
