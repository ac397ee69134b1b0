import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { startTestApp, type TestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { Team } from '../team/team.entity';

type Who = { staff: { id: string }; token: string };
const CREATE = `mutation($i: CreateLeaveRequestInput!) { createLeaveRequest(input: $i) { id version reason certificateRef reasonHidden } }`;
const LIST = `query($f: LeaveRequestFilter) { leaveRequests(filter: $f) { total items { id staffId type reason certificateRef reasonHidden } } }`;
const ONE = `query($id: ID!) { leaveRequest(id: $id) { id reason certificateRef reasonHidden } }`;
const HISTORY = `query($id: ID!) { auditEntries(entity: LEAVE_REQUEST, entityId: $id) { field newValue } }`;

/** Issue 8 point 2: leave is personal; sick leave's reason and certificate are medical. */
describe('who reads whose leave requests', () => {
  let t: TestApp;
  let sick: string, personal: string, other: string;
  let agent: Who, colleague: Who, qa: Who, leaderA: Who, leaderB: Who, manager: Who, director: Who, admin: Who, otherTeamAgent: Who;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z'));
    const team = async (name: string) => {
      const row = { ...newRecord(testNow()), name };
      await t.dataSource.getRepository(Team).insert(row);
      return row.id;
    };
    const [teamA, teamB] = [await team('热线一班'), await team('热线二班')];
    agent = await t.staffWithToken('AGENT', { teamId: teamA });
    colleague = await t.staffWithToken('AGENT', { teamId: teamA });
    qa = await t.staffWithToken('QA_INSPECTOR', { teamId: teamA });
    leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
    leaderB = await t.staffWithToken('SHIFT_LEADER', { teamId: teamB });
    otherTeamAgent = await t.staffWithToken('AGENT', { teamId: teamB });
    manager = await t.staffWithToken('DEPT_MANAGER');
    director = await t.staffWithToken('CENTER_DIRECTOR');
    admin = await t.staffWithToken('ADMIN');
    const request = async (who: Who, i: Record<string, unknown>) => {
      const result = await t.gql(CREATE, { i }, who.token);
      expect(result.errors).toBeUndefined();
      return result.data?.createLeaveRequest.id as string;
    };
    sick = await request(agent, { type: 'SICK', startsAt: '2026-11-09T16:00:00Z', endsAt: '2026-11-10T16:00:00Z', reason: '住院治疗', certificateRef: 'BL-20261110' });
    personal = await request(agent, { type: 'PERSONAL', startsAt: '2026-11-12T01:00:00Z', endsAt: '2026-11-12T05:00:00Z', reason: '办理房产证' });
    other = await request(otherTeamAgent, { type: 'SICK', startsAt: '2026-11-16T16:00:00Z', endsAt: '2026-11-17T16:00:00Z', reason: '胃炎', certificateRef: 'BL-20261117' });
    await t.gql(`mutation($id: ID!, $v: Int!, $i: UpdateLeaveRequestInput!) { updateLeaveRequest(id: $id, version: $v, input: $i) { id } }`, { id: sick, v: 1, i: { reason: '住院治疗（阑尾炎）' } }, agent.token);
  });
  afterAll(() => t.close());

  const listed = async (who: Who, filter: Record<string, unknown> = {}) => {
    const result = await t.gql(LIST, { f: filter }, who.token);
    expect(result.errors).toBeUndefined();
    return result.data?.leaveRequests.items as Array<{ id: string; reason: string | null; certificateRef: string | null; reasonHidden: boolean }>;
  };
  const ids = async (who: Who) => (await listed(who)).map((l) => l.id).sort();

  it('lists: the person their own, a shift leader the team’s, the approvers everyone’s', async () => {
    expect(await ids(agent)).toEqual([sick, personal].sort());
    expect(await ids(colleague)).toEqual([]);
    expect(await ids(qa)).toEqual([]);
    expect(await ids(otherTeamAgent)).toEqual([other]);
    expect(await ids(leaderA)).toEqual([sick, personal].sort());
    expect(await ids(leaderB)).toEqual([other]);
    expect(await ids(manager)).toEqual([sick, personal, other].sort());
    expect(await ids(director)).toEqual([sick, personal, other].sort());
    expect((await t.gql(LIST, {}, admin.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a colleague’s request is not there by id or by staff filter either', async () => {
    expect((await t.gql(ONE, { id: sick }, colleague.token)).data?.leaveRequest).toBeNull();
    expect((await t.gql(ONE, { id: sick }, leaderB.token)).data?.leaveRequest).toBeNull();
    expect(await listed(colleague, { staffId: agent.staff.id })).toEqual([]);
    expect(await listed(qa, { ids: [sick, personal] })).toEqual([]);
    expect((await t.gql(ONE, { id: sick }, admin.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sick leave’s reason and certificate: the person and the approvers only; a leader sees that, not why', async () => {
    const seenBy = async (who: Who) => (await t.gql(ONE, { id: sick }, who.token)).data?.leaveRequest;
    expect(await seenBy(agent)).toMatchObject({ reason: '住院治疗（阑尾炎）', certificateRef: 'BL-20261110', reasonHidden: false });
    expect(await seenBy(manager)).toMatchObject({ reason: '住院治疗（阑尾炎）', certificateRef: 'BL-20261110', reasonHidden: false });
    expect(await seenBy(director)).toMatchObject({ reason: '住院治疗（阑尾炎）', reasonHidden: false });
    expect(await seenBy(leaderA)).toMatchObject({ reason: null, certificateRef: null, reasonHidden: true });
    const inLeadersList = (await listed(leaderA)).find((l) => l.id === personal);
    expect(inLeadersList).toMatchObject({ reason: '办理房产证', reasonHidden: false });
  });

  it('the history of a leave request is for the approvers: it holds the reasons as they were', async () => {
    for (const who of [agent, colleague, qa, leaderA]) expect((await t.gql(HISTORY, { id: sick }, who.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(HISTORY, { id: sick }, admin.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const history = (await t.gql(HISTORY, { id: sick }, manager.token)).data?.auditEntries;
    expect(history).toContainEqual({ field: 'reason', newValue: '住院治疗（阑尾炎）' });
  });

  it('staff, shifts and their assignments have no path to anybody’s leave', async () => {
    const schema = (await t.gql(`{ __type(name: "Staff") { fields { name type { name ofType { name ofType { name ofType { name } } } } } } }`, {}, agent.token)).data?.__type;
    expect(JSON.stringify(schema)).not.toContain('LeaveRequest');
    for (const type of ['Shift', 'ShiftAssignment', 'RosterShift', 'Team']) {
      const fields = (await t.gql(`query($n: String!) { __type(name: $n) { fields { type { name ofType { name ofType { name ofType { name } } } } } } }`, { n: type }, agent.token)).data?.__type;
      expect(JSON.stringify(fields ?? null)).not.toContain('LeaveRequest');
    }
  });
});
