import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { newRecord } from '../../shared/new-record';
import { PushEvent } from '../push/push-event.entity';
import { Team } from '../team/team.entity';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftSwapRequest } from './shift-swap-request.entity';

type Who = { staff: { id: string }; token: string };
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id version date rosterId } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id version staffId } }`;
const SWAP = `mutation($i: CreateShiftSwapRequestInput!) { createShiftSwapRequest(input: $i) { id version status } }`;
const FIELDS = 'id version status counterpartNote counterpartAnsweredAt decidedById requesterLeaderId counterpartLeaderId';
const ACCEPT = `mutation($id: ID!, $v: Int!, $i: ShiftSwapAnswerInput) { acceptShiftSwapRequest(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $v: Int!, $i: ShiftSwapAnswerInput) { declineShiftSwapRequest(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveShiftSwapRequest(id: $id, version: $v) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { deleteShiftSwapRequest(id: $id, version: $v) }`;
const AWAITING_ME = `{ shiftSwapRequests(filter: { awaitingMe: true }) { items { id } } }`;
const ACTIONS = `query($ids: [ID!]) { shiftSwapRequests(filter: { ids: $ids }) { items { availableActions } } }`;

/** 换班须对方同意 (DOMAIN §7): the colleague accepts or declines before the leaders decide; every rule is checked again at each step. */
describe('shift swap: the colleague’s consent first, then both leaders', () => {
  let t: TestApp;
  let manager: Who, leaderA: Who, leaderB: Who, agentA: Who, agentB: Who, agentB2: Who;
  let teamA: string, teamB: string, dayType: string, nightType: string;

  const team = async (name: string) => {
    const row = { ...newRecord(testNow()), name };
    await t.dataSource.getRepository(Team).insert(row);
    return row.id;
  };
  const shift = async (teamId: string, date: string, shiftTypeId = dayType) => {
    const result = await t.gql(SHIFT, { i: { teamId, date, shiftTypeId } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShift as { id: string; version: number; rosterId: string };
  };
  const assign = async (shiftId: string, staffId: string) => {
    const result = await t.gql(ASSIGN, { i: { shiftId, staffId } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShiftAssignment as { id: string; version: number };
  };
  /** agentA's shift on `mine`, agentB's (or `who`'s) on `theirs`, and agentA's request to swap them. */
  const requestSwap = async (mine: string, theirs: string, who: Who = agentB, reason = '家里老人住院，需要陪护') => {
    const a = await shift(teamA, mine);
    const b = await shift(teamB, theirs);
    await assign(a.id, agentA.staff.id);
    await assign(b.id, who.staff.id);
    const created = await t.gql(SWAP, { i: { requesterShiftId: a.id, counterpartId: who.staff.id, counterpartShiftId: b.id, reason } }, agentA.token);
    expect(created.errors).toBeUndefined();
    return { swap: created.data?.createShiftSwapRequest as { id: string; version: number; status: string }, a, b };
  };
  const inbox = async (who: Who) => (await t.gql(AWAITING_ME, {}, who.token)).data?.shiftSwapRequests.items.map((s: { id: string }) => s.id);
  const actionsOf = async (id: string, who: Who) => (await t.gql(ACTIONS, { ids: [id] }, who.token)).data?.shiftSwapRequests.items[0]?.availableActions;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z')); // Monday 09:00 in Shanghai
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    teamA = await team('热线一班');
    teamB = await team('热线二班');
    const admin = await t.staffWithToken('ADMIN');
    manager = await t.staffWithToken('DEPT_MANAGER');
    leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
    leaderB = await t.staffWithToken('SHIFT_LEADER', { teamId: teamB });
    agentA = await t.staffWithToken('AGENT', { teamId: teamA, skillLevel: 3 });
    agentB = await t.staffWithToken('AGENT', { teamId: teamB, skillLevel: 3 });
    agentB2 = await t.staffWithToken('AGENT', { teamId: teamB, skillLevel: 3 });
    dayType = (await t.gql(SHIFT_TYPE, { i: { name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [] } }, admin.token)).data?.createShiftType.id;
    nightType = (await t.gql(SHIFT_TYPE, { i: { name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [] } }, admin.token)).data?.createShiftType.id;
  });
  afterAll(() => t.close());

  it('accepted by the colleague, then approved by both leaders: PENDING_COUNTERPART → PENDING_LEADERS → APPROVED, audited, the colleague told', async () => {
    const { swap, a, b } = await requestSwap('2026-11-09', '2026-11-11');
    expect(swap.status).toBe('PENDING_COUNTERPART');
    // The colleague is told in their inbox (push), in the request's transaction.
    const pushed = await t.dataSource.getRepository(PushEvent).findBy({ recipientId: agentB.staff.id });
    expect(pushed.map((e) => e.kind)).toContain('INBOX_CHANGED');
    expect(await inbox(agentB)).toEqual([swap.id]);
    for (const leader of [leaderA, leaderB]) expect(await inbox(leader)).toEqual([]);
    expect(await actionsOf(swap.id, agentB)).toEqual(['ACCEPT', 'DECLINE']);
    expect(await actionsOf(swap.id, agentA)).toEqual(['UPDATE', 'DELETE']);
    expect(await actionsOf(swap.id, leaderA)).toEqual([]);

    const accepted = await t.gql(ACCEPT, { id: swap.id, v: swap.version, i: { note: '  没问题，那天我可以替你 ' } }, agentB.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptShiftSwapRequest).toMatchObject({ version: swap.version + 1, status: 'PENDING_LEADERS', counterpartNote: '没问题，那天我可以替你', counterpartAnsweredAt: '2026-11-02T01:00:00.000Z', decidedById: null });
    expect(await inbox(agentB)).toEqual([]);
    expect(await inbox(leaderA)).toEqual([swap.id]);
    expect(await inbox(leaderB)).toEqual([swap.id]);
    expect(await actionsOf(swap.id, agentB)).toEqual([]);
    // Accepting twice is a step the machine no longer offers.
    expect((await t.gql(ACCEPT, { id: swap.id, v: swap.version + 1 }, agentB.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PENDING_LEADERS', action: 'ACCEPT' });

    const byA = (await t.gql(APPROVE, { id: swap.id, v: swap.version + 1 }, leaderA.token)).data?.approveShiftSwapRequest;
    expect(byA).toMatchObject({ status: 'PENDING_LEADERS', requesterLeaderId: leaderA.staff.id });
    const byB = (await t.gql(APPROVE, { id: swap.id, v: byA.version }, leaderB.token)).data?.approveShiftSwapRequest;
    expect(byB).toMatchObject({ status: 'APPROVED', counterpartLeaderId: leaderB.staff.id, decidedById: leaderB.staff.id });
    const on = async (shiftId: string) => (await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId })).map((x) => x.staffId);
    expect(await on(a.id)).toEqual([agentB.staff.id]);
    expect(await on(b.id)).toEqual([agentA.staff.id]);

    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: SHIFT_SWAP_REQUEST, entityId: $id) { action field newValue actor { id } } }`, { id: swap.id }, manager.token);
    expect(audit.data?.auditEntries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', newValue: 'PENDING_LEADERS', actor: { id: agentB.staff.id } }),
        expect.objectContaining({ field: 'counterpartNote', newValue: '没问题，那天我可以替你' }),
        expect.objectContaining({ field: 'status', newValue: 'APPROVED' }),
      ]),
    );
  });

  it('declined by the colleague: DECLINED with their note, the roster unchanged, nothing left to decide', async () => {
    const { swap, a, b } = await requestSwap('2026-11-16', '2026-11-18', agentB2, '孩子开家长会');
    const declined = await t.gql(DECLINE, { id: swap.id, v: swap.version, i: { note: '那天我已约好去医院复查，换不了' } }, agentB2.token);
    expect(declined.data?.declineShiftSwapRequest).toMatchObject({ status: 'DECLINED', counterpartNote: '那天我已约好去医院复查，换不了', decidedById: agentB2.staff.id });
    expect(await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId: a.id })).toMatchObject([{ staffId: agentA.staff.id, swapRequestId: null }]);
    expect(await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId: b.id })).toMatchObject([{ staffId: agentB2.staff.id }]);
    for (const who of [agentA, agentB2, leaderA, leaderB]) expect(await actionsOf(swap.id, who)).toEqual([]);
    expect((await t.gql(APPROVE, { id: swap.id, v: swap.version + 1 }, leaderA.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DECLINED' });
    expect((await t.gql(CANCEL, { id: swap.id, v: swap.version + 1 }, agentA.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DECLINED', action: 'DELETE' });
    // Declining twice: the machine offers nothing from DECLINED.
    expect((await t.gql(DECLINE, { id: swap.id, v: swap.version + 1 }, agentB2.token)).errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('only the colleague may accept or decline (FORBIDDEN); a long note is bad input; a stale version is CONFLICT; nothing changes', async () => {
    const { swap } = await requestSwap('2026-11-23', '2026-11-25');
    for (const who of [agentA, leaderA, leaderB, agentB2, manager]) {
      expect((await t.gql(ACCEPT, { id: swap.id, v: swap.version }, who.token)).errors?.[0].extensions.code, 'accept').toBe('FORBIDDEN');
      expect((await t.gql(DECLINE, { id: swap.id, v: swap.version }, who.token)).errors?.[0].extensions.code, 'decline').toBe('FORBIDDEN');
    }
    expect((await t.gql(ACCEPT, { id: swap.id, v: swap.version, i: { note: '好'.repeat(501) } }, agentB.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    expect((await t.gql(ACCEPT, { id: swap.id, v: swap.version + 5 }, agentB.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: swap.version });
    expect((await t.gql(DECLINE, { id: swap.id, v: swap.version - 1 }, agentB.token)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(ACCEPT, { id: 'no-such-swap', v: 1 }, agentB.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await t.dataSource.getRepository(ShiftSwapRequest).findOneByOrFail({ id: swap.id })).toMatchObject({ status: 'PENDING_COUNTERPART', version: swap.version, counterpartNote: null });
    // The requester withdraws while the colleague still has to answer.
    expect((await t.gql(CANCEL, { id: swap.id, v: swap.version }, agentA.token)).errors).toBeUndefined();
    expect((await t.gql(ACCEPT, { id: swap.id, v: swap.version + 1 }, agentB.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CANCELLED', action: 'ACCEPT' });
  });

  it('the rules are checked again when the colleague accepts: RULE_VIOLATION, still waiting for them', async () => {
    const { swap } = await requestSwap('2026-11-30', '2026-12-02', agentB2, '参加培训');
    // Meanwhile agentB2 is put on the night before agentA's shift: taking it would be back-to-back.
    const eve = await shift(teamB, '2026-11-29', nightType);
    await assign(eve.id, agentB2.staff.id);
    const refused = await t.gql(ACCEPT, { id: swap.id, v: swap.version }, agentB2.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'backToBackShifts', params: { staffId: agentB2.staff.id } }] });
    expect(await t.dataSource.getRepository(ShiftSwapRequest).findOneByOrFail({ id: swap.id })).toMatchObject({ status: 'PENDING_COUNTERPART', version: swap.version });
    // Declining needs no rule: the colleague may always say no.
    expect((await t.gql(DECLINE, { id: swap.id, v: swap.version }, agentB2.token)).data?.declineShiftSwapRequest.status).toBe('DECLINED');
  });
});
