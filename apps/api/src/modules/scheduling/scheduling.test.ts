import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { Team } from '../team/team.entity';
import { findLeaderOnDuty } from './on-duty.service';
import { ShiftAssignment } from './shift-assignment.entity';
import { ShiftSwapRequest } from './shift-swap-request.entity';
import { testNow } from '../../test/test-clock';

type Who = { staff: { id: string }; token: string };
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id name kind startMinute endMinute minHeadcount { jobType count } } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id date startsAt endsAt } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id staffId isLeaderOnDuty } }`;
const SWAP = `mutation($i: CreateShiftSwapRequestInput!) { createShiftSwapRequest(input: $i) { id version status } }`;
const APPROVE_SWAP = `mutation($id: ID!, $v: Int!) { approveShiftSwapRequest(id: $id, version: $v) { id version status requesterLeaderId counterpartLeaderId } }`;
const LEAVE = `mutation($i: CreateLeaveRequestInput!) { createLeaveRequest(input: $i) { id version status awaitingRole } }`;
const APPROVE_LEAVE = `mutation($id: ID!, $v: Int!) { approveLeaveRequest(id: $id, version: $v) { id version status awaitingRole vacatedShiftIds } }`;

describe('staff scheduling API', () => {
  let t: TestApp;
  let admin: Who, manager: Who, director: Who, leaderA: Who, leaderB: Who, agentA: Who, agentB: Who;
  let teamA: string, teamB: string, dayType: string, nightType: string;

  const team = async (name: string) => {
    const row = { ...newRecord(testNow()), name };
    await t.dataSource.getRepository(Team).insert(row);
    return row.id;
  };
  const shift = async (teamId: string, date: string, shiftTypeId = dayType) => (await t.gql(SHIFT, { i: { teamId, date, shiftTypeId } }, manager.token)).data?.createShift;
  const assign = (shiftId: string, staffId: string, token = manager.token) => t.gql(ASSIGN, { i: { shiftId, staffId } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z')); // Monday 09:00 in Shanghai
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    teamA = await team('热线一班');
    teamB = await team('热线二班');
    admin = await t.staffWithToken('ADMIN');
    manager = await t.staffWithToken('DEPT_MANAGER');
    director = await t.staffWithToken('CENTER_DIRECTOR');
    leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
    leaderB = await t.staffWithToken('SHIFT_LEADER', { teamId: teamB });
    agentA = await t.staffWithToken('AGENT', { teamId: teamA, skillLevel: 3 });
    agentB = await t.staffWithToken('AGENT', { teamId: teamB, skillLevel: 4 });
    const day = await t.gql(SHIFT_TYPE, { i: { name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 1 }] } }, admin.token);
    const night = await t.gql(SHIFT_TYPE, { i: { name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }] } }, admin.token);
    dayType = day.data?.createShiftType.id;
    nightType = night.data?.createShiftType.id;
  });
  afterAll(() => t.close());

  it('shift types are configured by the administrator only; a zero-length shift is bad input', async () => {
    expect(dayType).toBeTruthy();
    const byAgent = await t.gql(SHIFT_TYPE, { i: { name: 'x', kind: 'DAY', days: 'EVERY_DAY', startMinute: 0, endMinute: 60, minHeadcount: [] } }, agentA.token);
    expect(byAgent.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const zero = await t.gql(SHIFT_TYPE, { i: { name: 'x', kind: 'DAY', days: 'EVERY_DAY', startMinute: 60, endMinute: 60, minHeadcount: [] } }, admin.token);
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endMinute', code: 'zeroLengthShift' }] });
  });

  it('a night shift crosses midnight into the next month', async () => {
    const night = await shift(teamA, '2026-11-30', nightType);
    expect(night).toMatchObject({ startsAt: '2026-11-30T12:00:00.000Z', endsAt: '2026-12-01T00:00:00.000Z' });
  });

  it('refuses overlapping or unrested shifts and unknown staff, changing nothing', async () => {
    const day = await shift(teamA, '2026-11-10');
    const night = await shift(teamA, '2026-11-09', nightType);
    expect((await assign(night.id, agentA.staff.id)).errors).toBeUndefined();
    const before = await t.dataSource.getRepository(ShiftAssignment).count();
    const noRest = await assign(day.id, agentA.staff.id);
    expect(noRest.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'insufficientRest' }] });
    const unknown = await assign(day.id, 'no-such-staff');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'staffId', code: 'notFound' }] });
    const twice = await assign(night.id, agentA.staff.id);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'overlappingShifts' }] });
    expect(await t.dataSource.getRepository(ShiftAssignment).count()).toBe(before);
  });

  it('a shift leader rosters their own team only; agents not at all', async () => {
    const own = await t.gql(SHIFT, { i: { teamId: teamA, date: '2026-11-11', shiftTypeId: dayType } }, leaderA.token);
    expect(own.errors).toBeUndefined();
    const other = await t.gql(SHIFT, { i: { teamId: teamB, date: '2026-11-11', shiftTypeId: dayType } }, leaderA.token);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const agent = await t.gql(SHIFT, { i: { teamId: teamA, date: '2026-11-12', shiftTypeId: dayType } }, agentA.token);
    expect(agent.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('swap: every broken rule at request time; both leaders approve in any order; rules re-checked; the roster changes atomically', async () => {
    const mine = await shift(teamA, '2026-11-16');
    const theirs = await shift(teamB, '2026-11-18');
    await assign(mine.id, agentA.staff.id);
    await assign(theirs.id, agentB.staff.id);
    await assign(theirs.id, leaderB.staff.id);
    // A mark left from before 值班长 was a shift leader's alone: an agent leading.
    await t.dataSource.getRepository(ShiftAssignment).update({ shiftId: mine.id, staffId: agentA.staff.id }, { isLeaderOnDuty: true });

    const self = await t.gql(SWAP, { i: { requesterShiftId: mine.id, counterpartId: agentA.staff.id, counterpartShiftId: theirs.id, reason: '家中有事' } }, agentA.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'swapWithSelf' }] });
    const leaderOnline = await makeStaff(t.dataSource, { role: 'AGENT', teamId: teamB, jobType: 'ONLINE', skillLevel: 1 });
    const bad = await t.gql(SWAP, { i: { requesterShiftId: mine.id, counterpartId: leaderOnline.id, counterpartShiftId: theirs.id, reason: '家中有事' } }, agentA.token);
    expect(bad.errors?.[0].extensions.fields.map((v: { code: string }) => v.code).sort()).toEqual(['jobTypeMismatch', 'shiftNotWorked', 'skillGapTooLarge']);
    expect(await t.dataSource.getRepository(ShiftSwapRequest).count()).toBe(0);

    const created = await t.gql(SWAP, { i: { requesterShiftId: mine.id, counterpartId: agentB.staff.id, counterpartShiftId: theirs.id, reason: '家中有事' } }, agentA.token);
    const swap = created.data?.createShiftSwapRequest;
    expect(swap).toMatchObject({ status: 'PENDING_COUNTERPART' });
    // The colleague's consent comes first: no leader decides before it.
    expect((await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, leaderA.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PENDING_COUNTERPART', action: 'APPROVE' });
    const accepted = await t.gql(`mutation($id: ID!, $v: Int!) { acceptShiftSwapRequest(id: $id, version: $v) { id version status } }`, { id: swap.id, v: swap.version }, agentB.token);
    expect(accepted.data?.acceptShiftSwapRequest).toMatchObject({ status: 'PENDING_LEADERS', version: swap.version + 1 });
    swap.version = accepted.data?.acceptShiftSwapRequest.version;
    expect((await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, agentB.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // The buttons the console offers: only the leaders of the two teams, never a third team's leader or the people swapping.
    const leaderC = await t.staffWithToken('SHIFT_LEADER', { teamId: await team('换班无关的团队') });
    const actionsOf = async (token: string) =>
      (await t.gql(`query($ids: [ID!]) { shiftSwapRequests(filter: { ids: $ids }) { items { availableActions } } }`, { ids: [swap.id] }, token)).data?.shiftSwapRequests.items[0]
        ?.availableActions;
    expect(await actionsOf(leaderA.token)).toEqual(['APPROVE', 'REJECT']);
    expect(await actionsOf(leaderB.token)).toEqual(['APPROVE', 'REJECT']);
    expect(await actionsOf(leaderC.token)).toEqual([]);
    expect(await actionsOf(agentB.token)).toEqual([]);
    expect((await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, leaderC.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const first = await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, leaderB.token);
    expect(await actionsOf(leaderB.token)).toEqual(['REJECT']);
    expect(first.data?.approveShiftSwapRequest).toMatchObject({ status: 'PENDING_LEADERS', counterpartLeaderId: leaderB.staff.id, requesterLeaderId: null });
    expect((await t.gql(APPROVE_SWAP, { id: swap.id, v: first.data?.approveShiftSwapRequest.version }, leaderB.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    // Meanwhile agentA is put on the night before agentB's shift: taking it would now be back-to-back.
    const eve = await shift(teamA, '2026-11-17', nightType);
    await assign(eve.id, agentA.staff.id);
    const recheck = await t.gql(APPROVE_SWAP, { id: swap.id, v: first.data?.approveShiftSwapRequest.version }, leaderA.token);
    expect(recheck.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'backToBackShifts' }] });
    await t.gql(`mutation($id: ID!) { deleteShift(id: $id, version: 1) }`, { id: eve.id }, manager.token);

    const second = await t.gql(APPROVE_SWAP, { id: swap.id, v: first.data?.approveShiftSwapRequest.version }, leaderA.token);
    expect(second.data?.approveShiftSwapRequest).toMatchObject({ status: 'APPROVED', requesterLeaderId: leaderA.staff.id });
    const onShift = async (shiftId: string) => (await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId })).map((a) => a.staffId);
    expect(await onShift(mine.id)).toEqual([agentB.staff.id]);
    expect((await onShift(theirs.id)).sort()).toEqual([agentA.staff.id, leaderB.staff.id].sort());
    // 值班长 is a shift leader's: leaderB leads the shift agentA joined; no agent takes over agentA's old mark.
    const leading = await t.dataSource.getRepository(ShiftAssignment).findBy({ isLeaderOnDuty: true, shiftId: In([mine.id, theirs.id]) });
    expect(leading.map((a) => [a.shiftId, a.staffId])).toEqual([[theirs.id, leaderB.staff.id]]);
    const audit = await t.gql(`query($id: ID!) { auditEntries(entity: SHIFT_SWAP_REQUEST, entityId: $id) { field newValue } }`, { id: swap.id }, manager.token);
    expect(audit.data?.auditEntries).toEqual(expect.arrayContaining([{ field: 'status', newValue: 'APPROVED' }]));

    // No leave on a swapped shift.
    const leave = await t.gql(LEAVE, { i: { type: 'PERSONAL', startsAt: '2026-11-18T00:00:00Z', endsAt: '2026-11-18T12:00:00Z', reason: '办事' } }, agentA.token);
    expect(leave.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'leaveOnSwappedShift' }] });
  });

  it('leave: a day or less is the manager’s; longer goes manager then director, no skipping; approval vacates the shifts', async () => {
    const agent = await t.staffWithToken('AGENT', { teamId: teamA });
    const s1 = await shift(teamA, '2026-11-24');
    const s2 = await shift(teamA, '2026-11-25');
    await assign(s1.id, agent.staff.id);
    await assign(s2.id, agent.staff.id);

    const short = (await t.gql(LEAVE, { i: { type: 'PERSONAL', startsAt: '2026-11-23T00:00:00Z', endsAt: '2026-11-23T12:00:00Z', reason: '办事' } }, agent.token)).data?.createLeaveRequest;
    expect(short).toMatchObject({ status: 'PENDING', awaitingRole: 'DEPT_MANAGER' });
    expect((await t.gql(APPROVE_LEAVE, { id: short.id, v: short.version }, manager.token)).data?.approveLeaveRequest).toMatchObject({ status: 'APPROVED', awaitingRole: null });

    const long = (await t.gql(LEAVE, { i: { type: 'ANNUAL', startsAt: '2026-11-23T16:00:00Z', endsAt: '2026-11-25T16:00:00Z', reason: '探亲' } }, agent.token)).data?.createLeaveRequest;
    expect(long.awaitingRole).toBe('DEPT_MANAGER');
    const skipped = await t.gql(APPROVE_LEAVE, { id: long.id, v: long.version }, director.token);
    expect(skipped.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'approverSkipped', params: { role: 'DEPT_MANAGER' } }] });
    const byManager = (await t.gql(APPROVE_LEAVE, { id: long.id, v: long.version }, manager.token)).data?.approveLeaveRequest;
    expect(byManager).toMatchObject({ status: 'PENDING', awaitingRole: 'CENTER_DIRECTOR' });
    expect((await t.gql(APPROVE_LEAVE, { id: long.id, v: byManager.version }, manager.token)).errors?.[0].extensions.fields[0].code).toBe('approverSkipped');
    const approved = (await t.gql(APPROVE_LEAVE, { id: long.id, v: byManager.version }, director.token)).data?.approveLeaveRequest;
    expect(approved.status).toBe('APPROVED');
    expect([...approved.vacatedShiftIds].sort()).toEqual([s1.id, s2.id].sort());
    const coverage = await t.gql(`query($id: ID!) { shift(id: $id) { coverage { jobType required assigned missing } } }`, { id: s1.id }, manager.token);
    expect(coverage.data?.shift.coverage).toEqual([{ jobType: 'PHONE', required: 1, assigned: 0, missing: 1 }]);

    const sick = await t.gql(LEAVE, { i: { type: 'SICK', startsAt: '2026-11-27T16:00:00Z', endsAt: '2026-11-28T16:00:00Z', reason: '发烧' } }, agent.token);
    expect(sick.errors?.[0].extensions.fields).toEqual([{ path: 'certificateRef', code: 'certificateRequired', params: null, field: 'certificateRef' }]);
    // The old shape stays beside the new one until 2027-03-01 (docs/api/CHANGELOG.md).
    expect(sick.errors?.[0].extensions.violations).toEqual([{ rule: 'certificateRequired', field: 'certificateRef', params: null }]);
    const backwards = await t.gql(LEAVE, { i: { type: 'PERSONAL', startsAt: '2026-11-28T16:00:00Z', endsAt: '2026-11-27T16:00:00Z', reason: 'x' } }, agent.token);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endsAt', code: 'endBeforeStart' }] });
  });

  it('generates a draft month, publishes it, and onDuty / findLeaderOnDuty name the leader on duty', async () => {
    const teamC = await team('热线三班');
    const leaderC = await t.staffWithToken('SHIFT_LEADER', { teamId: teamC, skillLevel: 5 });
    for (let i = 0; i < 4; i += 1) await makeStaff(t.dataSource, { role: 'AGENT', teamId: teamC });
    const GEN = `mutation($team: ID!, $m: String!) { generateRoster(teamId: $team, month: $m) { roster { status } shifts { id } unmet { date jobType } fairness { nightSpread holidayDutySpread } } }`;
    const generated = await t.gql(GEN, { team: teamC, m: '2026-12' }, leaderC.token);
    expect(generated.errors).toBeUndefined();
    expect(generated.data?.generateRoster.roster.status).toBe('DRAFT');
    expect(generated.data?.generateRoster.fairness.nightSpread).toBeLessThanOrEqual(1);
    const agentView = await t.gql(`query($team: ID) { shifts(filter: { teamId: $team }) { items { id } } }`, { team: teamC }, agentA.token);
    expect(agentView.data?.shifts.items).toEqual([]);
    const published = await t.gql(`mutation($team: ID!) { publishRoster(teamId: $team, month: "2026-12") { status } }`, { team: teamC }, leaderC.token);
    expect(published.data?.publishRoster.status).toBe('PUBLISHED');
    expect((await t.gql(GEN, { team: teamC, m: '2026-12' }, leaderC.token)).errors?.[0].extensions.fields[0].code).toBe('rosterPublished');

    // 值班长 only where a shift leader works: leaderC on their shifts, nobody on the others.
    const SHIFTS = `query($team: ID) { shifts(filter: { teamId: $team }, page: { limit: 200 }) { items { startsAt assignments { staffId isLeaderOnDuty } } } }`;
    const shifts: Array<{ startsAt: string; assignments: Array<{ staffId: string; isLeaderOnDuty: boolean }> }> = (await t.gql(SHIFTS, { team: teamC }, agentA.token)).data?.shifts.items;
    const led = shifts.find((s) => s.assignments.some((a) => a.staffId === leaderC.staff.id));
    const unled = shifts.find((s) => s.assignments.length > 0 && !s.assignments.some((a) => a.staffId === leaderC.staff.id));
    for (const s of shifts) {
      const leads = s.assignments.some((a) => a.staffId === leaderC.staff.id);
      expect(s.assignments.filter((a) => a.isLeaderOnDuty).map((a) => a.staffId)).toEqual(leads ? [leaderC.staff.id] : []);
    }
    const ON_DUTY = `query($at: DateTimeISO!, $team: ID) { onDuty(at: $at, teamId: $team) { staff { id } leaderOnDuty { id } } }`;
    const during = (shift: { startsAt: string }) => new Date(new Date(shift.startsAt).getTime() + 3_600_000);
    const onLed = await t.gql(ON_DUTY, { at: during(led as never).toISOString(), team: teamC }, agentA.token);
    expect(onLed.data?.onDuty[0].leaderOnDuty).toEqual({ id: leaderC.staff.id });
    expect((await findLeaderOnDuty(t.dataSource.manager, teamC, during(led as never)))?.id).toBe(leaderC.staff.id);
    const onUnled = await t.gql(ON_DUTY, { at: during(unled as never).toISOString(), team: teamC }, agentA.token);
    expect(onUnled.data?.onDuty[0]).toMatchObject({ leaderOnDuty: null });
    expect(await findLeaderOnDuty(t.dataSource.manager, teamC, during(unled as never))).toBeNull();
  });
});
