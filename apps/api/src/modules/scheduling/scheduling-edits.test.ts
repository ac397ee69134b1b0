import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { Team } from '../team/team.entity';
import { HandoverLog } from './handover-log.entity';
import { ShiftAssignment } from './shift-assignment.entity';
import { Shift } from './shift.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { testNow } from '../../test/test-clock';

type Who = { staff: { id: string }; token: string };
type FieldErrors = Array<{ path: string | null; code: string; params: Record<string, unknown> | null }>;
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id version date rosterId } }`;
const UPDATE_SHIFT = `mutation($id: ID!, $v: Int!, $i: UpdateShiftInput!) { updateShift(id: $id, version: $v, input: $i) { id version date shiftTypeId rosterId startsAt endsAt } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id staffId isLeaderOnDuty } }`;
const SWAP = `mutation($i: CreateShiftSwapRequestInput!) { createShiftSwapRequest(input: $i) { id version status } }`;
const UPDATE_SWAP = `mutation($id: ID!, $v: Int!, $i: UpdateShiftSwapRequestInput!) { updateShiftSwapRequest(id: $id, version: $v, input: $i) { id version reason status } }`;
const APPROVE_SWAP = `mutation($id: ID!, $v: Int!) { approveShiftSwapRequest(id: $id, version: $v) { id version status requesterLeaderId counterpartLeaderId } }`;
const AWAITING_ME = `{ shiftSwapRequests(filter: { awaitingMe: true }) { items { id } } }`;
const LEAVE = `mutation($i: CreateLeaveRequestInput!) { createLeaveRequest(input: $i) { id version } }`;
const APPROVE_LEAVE = `mutation($id: ID!, $v: Int!) { approveLeaveRequest(id: $id, version: $v) { status } }`;
const HANDOVER = `mutation($i: CreateHandoverLogInput!) { createHandoverLog(input: $i) { id version shiftId teamId outgoingLeaderId equipmentStatus openCaseIds openCases { id number } staffingChanges notes acknowledgedAt } }`;
const UPDATE_HANDOVER = `mutation($id: ID!, $v: Int!, $i: UpdateHandoverLogInput!) { updateHandoverLog(id: $id, version: $v, input: $i) { id version equipmentStatus openCaseIds staffingChanges notes } }`;
const ACK = `mutation($id: ID!, $v: Int!) { acknowledgeHandoverLog(id: $id, version: $v) { id version incomingLeaderId acknowledgedAt incomingLeader { id } } }`;

describe('staff scheduling API: editing shifts, swaps and handovers', () => {
  let t: TestApp;
  let admin: Who, manager: Who;
  let dayType: string, nightType: string;

  const team = async (name: string) => {
    const row = { ...newRecord(testNow()), name };
    await t.dataSource.getRepository(Team).insert(row);
    return row.id;
  };
  const shift = async (teamId: string, date: string, shiftTypeId = dayType) => {
    const result = await t.gql(SHIFT, { i: { teamId, date, shiftTypeId } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShift as { id: string; version: number; date: string; rosterId: string };
  };
  const assign = async (shiftId: string, staffId: string, isLeaderOnDuty = false) => {
    const result = await t.gql(ASSIGN, { i: { shiftId, staffId, isLeaderOnDuty } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShiftAssignment as { id: string };
  };
  const rules = (fields: FieldErrors) => fields.map((v) => [v.code, v.params?.staffId]);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z')); // Monday 09:00 in Shanghai
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    admin = await t.staffWithToken('ADMIN');
    manager = await t.staffWithToken('DEPT_MANAGER');
    const day = await t.gql(SHIFT_TYPE, { i: { name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [{ jobType: 'PHONE', count: 1 }] } }, admin.token);
    const night = await t.gql(SHIFT_TYPE, { i: { name: '夜班', kind: 'NIGHT', days: 'EVERY_DAY', startMinute: 1200, endMinute: 480, minHeadcount: [{ jobType: 'PHONE', count: 1 }] } }, admin.token);
    dayType = day.data?.createShiftType.id;
    nightType = night.data?.createShiftType.id;
  });
  afterAll(() => t.close());

  describe('updateShift', () => {
    let teamA: string, leaderA: Who, leaderB: Who, agent1: Who, agent2: Who;

    beforeAll(async () => {
      teamA = await team('热线一班');
      leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
      leaderB = await t.staffWithToken('SHIFT_LEADER', { teamId: await team('热线二班') });
      agent1 = await t.staffWithToken('AGENT', { teamId: teamA });
      agent2 = await t.staffWithToken('AGENT', { teamId: teamA });
    });

    it('moves a draft shift to another date and type; its people move with it; audited; version-checked', async () => {
      const s = await shift(teamA, '2026-11-10');
      await assign(s.id, agent1.staff.id);
      const moved = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-11', shiftTypeId: nightType } }, leaderA.token);
      expect(moved.errors).toBeUndefined();
      expect(moved.data?.updateShift).toMatchObject({ version: s.version + 1, date: '2026-11-11', shiftTypeId: nightType, startsAt: '2026-11-11T12:00:00.000Z', endsAt: '2026-11-12T00:00:00.000Z' });
      const [assignment] = await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId: s.id });
      expect([assignment.startsAt.toISOString(), assignment.endsAt.toISOString()]).toEqual(['2026-11-11T12:00:00.000Z', '2026-11-12T00:00:00.000Z']);

      // Partial: only the type changes, the date stays.
      const back = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version + 1, i: { shiftTypeId: dayType } }, leaderA.token);
      expect(back.data?.updateShift).toMatchObject({ version: s.version + 2, date: '2026-11-11', startsAt: '2026-11-11T00:00:00.000Z' });

      const stale = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-12' } }, leaderA.token);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: s.version + 2 });

      const audit = await t.gql(`query($id: ID!) { auditEntries(entity: SHIFT, entityId: $id) { field oldValue newValue } }`, { id: s.id }, manager.token);
      expect(audit.data?.auditEntries).toEqual(expect.arrayContaining([{ field: 'date', oldValue: '2026-11-10', newValue: '2026-11-11' }]));
    });

    it('re-checks every assigned person and answers RULE_VIOLATION listing them all, changing nothing', async () => {
      const s = await shift(teamA, '2026-11-17');
      await assign(s.id, agent1.staff.id);
      await assign(s.id, agent2.staff.id);
      // agent1 works the night of Nov 19 (until 08:00 on the 20th); agent2 has approved leave on Nov 20.
      await assign((await shift(teamA, '2026-11-19', nightType)).id, agent1.staff.id);
      const leave = (await t.gql(LEAVE, { i: { type: 'PERSONAL', startsAt: '2026-11-20T00:00:00Z', endsAt: '2026-11-20T12:00:00Z', reason: '办事' } }, agent2.token)).data?.createLeaveRequest;
      expect((await t.gql(APPROVE_LEAVE, { id: leave.id, v: leave.version }, manager.token)).data?.approveLeaveRequest.status).toBe('APPROVED');

      const before = await t.dataSource.getRepository(Shift).findOneByOrFail({ id: s.id });
      const refused = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-20' } }, leaderA.token);
      expect(refused.errors?.[0].extensions.code).toBe('RULE_VIOLATION');
      expect(rules(refused.errors?.[0].extensions.fields).sort()).toEqual([
        ['insufficientRest', agent1.staff.id],
        ['rosteredOnLeave', agent2.staff.id],
      ].sort());
      // Overlap: onto the night agent1 already works.
      const overlap = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-19', shiftTypeId: nightType } }, leaderA.token);
      expect(rules(overlap.errors?.[0].extensions.fields)).toContainEqual(['overlappingShifts', agent1.staff.id]);
      expect(await t.dataSource.getRepository(Shift).findOneByOrFail({ id: s.id })).toEqual(before);
      const assignments = await t.dataSource.getRepository(ShiftAssignment).findBy({ shiftId: s.id });
      expect(assignments.map((a) => a.startsAt.toISOString())).toEqual(['2026-11-17T00:00:00.000Z', '2026-11-17T00:00:00.000Z']);
    });

    it('a fourth night in a row is a RULE_VIOLATION too', async () => {
      for (const date of ['2026-11-24', '2026-11-25', '2026-11-26']) await assign((await shift(teamA, date, nightType)).id, agent2.staff.id);
      const s = await shift(teamA, '2026-11-30');
      await assign(s.id, agent2.staff.id);
      const refused = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-27', shiftTypeId: nightType } }, leaderA.token);
      expect(rules(refused.errors?.[0].extensions.fields)).toEqual([['tooManyConsecutiveNights', agent2.staff.id]]);
    });

    it('bad input, other teams and agents are refused', async () => {
      const s = await shift(teamA, '2026-11-12');
      const badDate = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-13-01' } }, leaderA.token);
      expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'date', code: 'invalidDate' }] });
      const badType = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { shiftTypeId: 'nope' } }, leaderA.token);
      expect(badType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'shiftTypeId', code: 'notFound' }] });
      const duplicate = await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-17' } }, leaderA.token);
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'date', code: 'duplicate' }] });
      expect((await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-13' } }, leaderB.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(UPDATE_SHIFT, { id: s.id, v: s.version, i: { date: '2026-11-13' } }, agent1.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(UPDATE_SHIFT, { id: 'nope', v: 1, i: { date: '2026-11-13' } }, leaderA.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('a published month changes through swaps and leave only: INVALID_TRANSITION, in or out', async () => {
      const published = await shift(teamA, '2027-01-05');
      expect((await t.gql(`mutation($team: ID!) { publishRoster(teamId: $team, month: "2027-01") { status } }`, { team: teamA }, leaderA.token)).errors).toBeUndefined();
      const edit = await t.gql(UPDATE_SHIFT, { id: published.id, v: published.version, i: { date: '2027-01-06' } }, leaderA.token);
      expect(edit.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PUBLISHED', action: 'edit' });

      const draft = await shift(teamA, '2026-12-07');
      const into = await t.gql(UPDATE_SHIFT, { id: draft.id, v: draft.version, i: { date: '2027-01-07' } }, leaderA.token);
      expect(into.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PUBLISHED' });
      // Into a month without a roster yet: that month's draft is created.
      const moved = await t.gql(UPDATE_SHIFT, { id: draft.id, v: draft.version, i: { date: '2027-02-08' } }, leaderA.token);
      expect(moved.data?.updateShift.rosterId).not.toBe(draft.rosterId);
      const roster = await t.gql(`query($id: ID!) { roster(id: $id) { month status team { id } } }`, { id: moved.data?.updateShift.rosterId }, leaderA.token);
      expect(roster.data?.roster).toEqual({ month: '2027-02', status: 'DRAFT', team: { id: teamA } });
    });
  });

  describe('single records, rosters and swaps', () => {
    let teamA: string, teamB: string, leaderA: Who, leaderA2: Who, leaderB: Who, agentA: Who, agentB: Who;

    beforeAll(async () => {
      teamA = await team('热线三班');
      teamB = await team('热线四班');
      leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
      leaderA2 = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
      leaderB = await t.staffWithToken('SHIFT_LEADER', { teamId: teamB });
      agentA = await t.staffWithToken('AGENT', { teamId: teamA });
      agentB = await t.staffWithToken('AGENT', { teamId: teamB });
    });

    it('shift, shiftAssignment, shiftType, roster and rosters; drafts for leaders and managers only', async () => {
      const s = await shift(teamA, '2026-11-09');
      const a = await assign(s.id, agentA.staff.id);
      expect((await t.gql(`query($id: ID!) { shift(id: $id) { id date } }`, { id: s.id }, leaderA.token)).data?.shift).toEqual({ id: s.id, date: '2026-11-09' });
      expect((await t.gql(`query($id: ID!) { shiftType(id: $id) { id kind } }`, { id: nightType }, agentA.token)).data?.shiftType).toEqual({ id: nightType, kind: 'NIGHT' });
      const ASSIGNMENT = `query($id: ID!) { shiftAssignment(id: $id) { id shiftId staff { id } } }`;
      expect((await t.gql(ASSIGNMENT, { id: a.id }, leaderA.token)).data?.shiftAssignment).toEqual({ id: a.id, shiftId: s.id, staff: { id: agentA.staff.id } });
      expect((await t.gql(ASSIGNMENT, { id: a.id }, agentA.token)).data?.shiftAssignment).toBeNull(); // still a draft
      expect((await t.gql(ASSIGNMENT, { id: 'nope' }, leaderA.token)).data?.shiftAssignment).toBeNull();

      const ROSTERS = `query($f: RosterFilter) { rosters(filter: $f) { total items { id teamId month status } } }`;
      const drafts = await t.gql(ROSTERS, { f: { teamId: teamA, month: '2026-11', status: 'DRAFT' } }, leaderA.token);
      expect(drafts.data?.rosters).toEqual({ total: 1, items: [{ id: s.rosterId, teamId: teamA, month: '2026-11', status: 'DRAFT' }] });
      expect((await t.gql(ROSTERS, { f: { teamId: teamA } }, agentA.token)).data?.rosters).toEqual({ total: 0, items: [] });
      expect((await t.gql(`query($id: ID!) { roster(id: $id) { id } }`, { id: s.rosterId }, agentA.token)).data?.roster).toBeNull();
      expect((await t.gql(ROSTERS, { f: { month: '2026-1' } }, leaderA.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'month', code: 'invalidMonth' }] });

      await t.gql(`mutation($team: ID!) { publishRoster(teamId: $team, month: "2026-11") { status } }`, { team: teamA }, leaderA.token);
      expect((await t.gql(ROSTERS, { f: { teamId: teamA } }, agentA.token)).data?.rosters.items).toEqual([{ id: s.rosterId, teamId: teamA, month: '2026-11', status: 'PUBLISHED' }]);
      expect((await t.gql(ASSIGNMENT, { id: a.id }, agentA.token)).data?.shiftAssignment.id).toBe(a.id);
    });

    it('updateShiftSwapRequest: the requester rewords a pending swap; others FORBIDDEN; blank reason bad input; stale CONFLICT', async () => {
      // teamA's November is published by now (the test above): its shifts are fixed, so December.
      const mine = await shift(teamA, '2026-12-07');
      const theirs = await shift(teamB, '2026-11-25');
      await assign(mine.id, agentA.staff.id);
      await assign(theirs.id, agentB.staff.id);
      const swap = (await t.gql(SWAP, { i: { requesterShiftId: mine.id, counterpartId: agentB.staff.id, counterpartShiftId: theirs.id, reason: '家中有事' } }, agentA.token)).data?.createShiftSwapRequest;
      const updated = await t.gql(UPDATE_SWAP, { id: swap.id, v: swap.version, i: { reason: '  孩子开家长会 ' } }, agentA.token);
      expect(updated.data?.updateShiftSwapRequest).toEqual({ id: swap.id, version: swap.version + 1, reason: '孩子开家长会', status: 'PENDING_COUNTERPART' });
      expect((await t.gql(UPDATE_SWAP, { id: swap.id, v: swap.version + 1, i: { reason: 'x' } }, agentB.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(UPDATE_SWAP, { id: swap.id, v: swap.version + 1, i: { reason: ' ' } }, agentA.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason', code: 'required' }] });
      expect((await t.gql(UPDATE_SWAP, { id: swap.id, v: swap.version, i: { reason: 'x' } }, agentA.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: swap.version + 1 });
      // Withdrawn: no longer editable.
      await t.gql(`mutation($id: ID!, $v: Int!) { deleteShiftSwapRequest(id: $id, version: $v) }`, { id: swap.id, v: swap.version + 1 }, agentA.token);
      expect((await t.gql(UPDATE_SWAP, { id: swap.id, v: swap.version + 2, i: { reason: 'x' } }, agentA.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CANCELLED' });
    });

    it('a leader who is one of the two people swapping can neither approve nor reject it; awaitingMe lists what waits for the viewer', async () => {
      const mine = await shift(teamA, '2026-12-10');
      const theirs = await shift(teamB, '2026-11-27');
      await assign(mine.id, leaderA2.staff.id);
      await assign(theirs.id, agentB.staff.id);
      const swap = (await t.gql(SWAP, { i: { requesterShiftId: mine.id, counterpartId: agentB.staff.id, counterpartShiftId: theirs.id, reason: '培训' } }, leaderA2.token)).data?.createShiftSwapRequest;
      expect(swap.status).toBe('PENDING_COUNTERPART');
      const inbox = async (who: Who) => (await t.gql(AWAITING_ME, {}, who.token)).data?.shiftSwapRequests.items.map((s: { id: string }) => s.id);
      // First the colleague's: only agentB's inbox has it.
      expect(await inbox(agentB)).toEqual([swap.id]);
      expect(await inbox(leaderA)).toEqual([]);
      const accepted = await t.gql(`mutation($id: ID!, $v: Int!) { acceptShiftSwapRequest(id: $id, version: $v, input: { note: "可以" }) { version status } }`, { id: swap.id, v: swap.version }, agentB.token);
      expect(accepted.data?.acceptShiftSwapRequest.status).toBe('PENDING_LEADERS');
      swap.version = accepted.data?.acceptShiftSwapRequest.version;
      expect(await inbox(agentB)).toEqual([]);
      expect(await inbox(leaderA)).toEqual([swap.id]);
      expect(await inbox(leaderB)).toEqual([swap.id]);
      expect(await inbox(leaderA2)).toEqual([]); // a party to it
      expect(await inbox(agentA)).toEqual([]);

      const own = await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, leaderA2.token);
      expect(own.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const ownReject = await t.gql(`mutation($id: ID!, $v: Int!) { rejectShiftSwapRequest(id: $id, version: $v) { status } }`, { id: swap.id, v: swap.version }, leaderA2.token);
      expect(ownReject.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const byB = (await t.gql(APPROVE_SWAP, { id: swap.id, v: swap.version }, leaderB.token)).data?.approveShiftSwapRequest;
      expect(byB).toMatchObject({ status: 'PENDING_LEADERS', counterpartLeaderId: leaderB.staff.id, requesterLeaderId: null });
      expect(await inbox(leaderB)).toEqual([]);
      expect(await inbox(leaderA)).toEqual([swap.id]);
      expect((await t.gql(APPROVE_SWAP, { id: swap.id, v: byB.version }, leaderA2.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const byA = (await t.gql(APPROVE_SWAP, { id: swap.id, v: byB.version }, leaderA.token)).data?.approveShiftSwapRequest;
      expect(byA).toMatchObject({ status: 'APPROVED', requesterLeaderId: leaderA.staff.id });
      expect(await inbox(leaderA)).toEqual([]);
    });
  });

  describe('handover logs', () => {
    let teamH: string, outgoing: Who, incoming: Who, otherLeader: Who, agentH: Who, caseId: string;
    let day: { id: string }, night: { id: string };

    beforeAll(async () => {
      teamH = await team('热线五班');
      outgoing = await t.staffWithToken('SHIFT_LEADER', { teamId: teamH });
      incoming = await t.staffWithToken('SHIFT_LEADER', { teamId: teamH });
      otherLeader = await t.staffWithToken('SHIFT_LEADER', { teamId: teamH });
      agentH = await t.staffWithToken('AGENT', { teamId: teamH });
      day = await shift(teamH, '2026-11-24');
      night = await shift(teamH, '2026-11-24', nightType);
      await assign(day.id, outgoing.staff.id, true);
      await assign(night.id, agentH.staff.id);
      await assign(night.id, incoming.staff.id, true);
      const customerId = (await makeCustomer(t.dataSource)).id;
      const categoryId = (await t.dataSource.query("SELECT id FROM complaint_category WHERE code = 'QUALITY'"))[0].id;
      const complaint = await t.gql(
        `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }`,
        { i: { customerId, categoryId, channel: 'PHONE', severity: 'LOW', emotion: 'ANXIOUS', description: '冷链配送延误导致货物变质', customerRequest: '赔偿损失' } },
        agentH.token,
      );
      expect(complaint.errors).toBeUndefined();
      caseId = complaint.data?.createComplaint.id;
    });

    const write = (token: string, input: Record<string, unknown>) => t.gql(HANDOVER, { i: { shiftId: day.id, ...input } }, token);

    it('the outgoing leader writes equipment status, open difficult cases and staffing changes', async () => {
      const result = await write(outgoing.token, { equipmentStatus: ' 3 号坐席耳麦故障，已报修 ', openCaseIds: [caseId, caseId], staffingChanges: '小王病假，由小李顶班', notes: '' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.createHandoverLog).toMatchObject({
        shiftId: day.id,
        teamId: teamH,
        outgoingLeaderId: outgoing.staff.id,
        equipmentStatus: '3 号坐席耳麦故障，已报修',
        openCaseIds: [caseId],
        openCases: [{ id: caseId, number: expect.stringMatching(/^TS-\d{8}-\d{4}$/) }],
        staffingChanges: '小王病假，由小李顶班',
        notes: null,
        acknowledgedAt: null,
      });
    });

    it('bad input changes nothing: blank equipment status, unknown cases, unknown shift; agents cannot write', async () => {
      const before = await t.dataSource.getRepository(HandoverLog).count();
      expect((await write(outgoing.token, { equipmentStatus: '  ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'equipmentStatus', code: 'required' }] });
      expect((await write(outgoing.token, { equipmentStatus: '正常', openCaseIds: [caseId, 'no-such-complaint'] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'openCaseIds', code: 'notFound' }] });
      expect((await write(outgoing.token, { equipmentStatus: '正常', shiftId: 'no-such-shift' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'shiftId', code: 'notFound' }] });
      expect((await write(outgoing.token, { equipmentStatus: 'x'.repeat(2001) })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'equipmentStatus', code: 'tooLong' }] });
      expect((await write(agentH.token, { equipmentStatus: '正常' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await t.dataSource.getRepository(HandoverLog).count()).toBe(before);
    });

    it('the writer edits until acknowledged; only the next shift’s leader acknowledges, once', async () => {
      const log = (await write(outgoing.token, { equipmentStatus: '正常' })).data?.createHandoverLog;
      const edited = await t.gql(UPDATE_HANDOVER, { id: log.id, v: log.version, i: { openCaseIds: [caseId], notes: '注意回访' } }, outgoing.token);
      expect(edited.data?.updateHandoverLog).toEqual({ id: log.id, version: log.version + 1, equipmentStatus: '正常', openCaseIds: [caseId], staffingChanges: null, notes: '注意回访' });
      expect((await t.gql(UPDATE_HANDOVER, { id: log.id, v: log.version + 1, i: { notes: 'x' } }, incoming.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(UPDATE_HANDOVER, { id: log.id, v: log.version + 1, i: { equipmentStatus: '' } }, outgoing.token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(UPDATE_HANDOVER, { id: log.id, v: log.version, i: { notes: 'x' } }, outgoing.token)).errors?.[0].extensions.code).toBe('CONFLICT');

      const v = log.version + 1;
      for (const who of [outgoing, otherLeader, manager]) expect((await t.gql(ACK, { id: log.id, v }, who.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.gql(ACK, { id: log.id, v }, agentH.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const acked = await t.gql(`mutation($id: ID!, $v: Int!) { acknowledgeHandoverLog(id: $id, version: $v, input: { note: "已核对设备与未结投诉" }) { id version incomingLeaderId acknowledgedAt incomingLeader { id } } }`, { id: log.id, v }, incoming.token);
      expect(acked.errors).toBeUndefined();
      expect(acked.data?.acknowledgeHandoverLog).toMatchObject({ version: v + 1, incomingLeaderId: incoming.staff.id, incomingLeader: { id: incoming.staff.id }, acknowledgedAt: '2026-11-02T01:00:00.000Z' });
      expect((await t.dataSource.getRepository(AuditEntry).findBy({ entityId: log.id, field: 'note' })).map((a) => a.newValue)).toEqual(['已核对设备与未结投诉']);
      expect((await t.gql(ACK, { id: log.id, v: v + 1 }, incoming.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ACKNOWLEDGED', action: 'acknowledge' });
      expect((await t.gql(UPDATE_HANDOVER, { id: log.id, v: v + 1, i: { notes: '补充' } }, outgoing.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', action: 'edit' });
    });

    it('falls back to a shift leader of the team when the roster names no leader for the next shift', async () => {
      // The night is the team's last shift: no next shift on the roster.
      const log = (await t.gql(HANDOVER, { i: { shiftId: night.id, equipmentStatus: '正常' } }, incoming.token)).data?.createHandoverLog;
      expect((await t.gql(ACK, { id: log.id, v: log.version }, agentH.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const acked = await t.gql(ACK, { id: log.id, v: log.version }, otherLeader.token);
      expect(acked.data?.acknowledgeHandoverLog.incomingLeaderId).toBe(otherLeader.staff.id);
    });
  });
});
