import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { testNow } from '../../test/test-clock';
import { newRecord } from '../../shared/new-record';
import { Team } from '../team/team.entity';
import { HandoverLog } from './handover-log.entity';
import { Shift } from './shift.entity';
import { ShiftAssignment } from './shift-assignment.entity';

type Who = { staff: { id: string }; token: string };
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id version rosterId } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id version } }`;
const PUBLISH = `mutation($team: ID!, $m: String!) { publishRoster(teamId: $team, month: $m) { id status availableActions } }`;
const HANDOVER = `mutation($i: CreateHandoverLogInput!) { createHandoverLog(input: $i) { id version availableActions } }`;

/** A published month changes through swaps and leave only; the outgoing shift's leader alone writes its handover. */
describe('scheduling locks: published months, handover writers', () => {
  let t: TestApp;
  let manager: Who, leader: Who, leader2: Who, otherLeader: Who, agent: Who, agent2: Who;
  let teamId: string, otherTeam: string, dayType: string;

  const team = async (name: string) => {
    const row = { ...newRecord(testNow()), name };
    await t.dataSource.getRepository(Team).insert(row);
    return row.id;
  };
  const shift = async (date: string, team = teamId) => {
    const result = await t.gql(SHIFT, { i: { teamId: team, date, shiftTypeId: dayType } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShift as { id: string; version: number; rosterId: string };
  };
  const assign = async (shiftId: string, staffId: string, isLeaderOnDuty = false) => {
    const result = await t.gql(ASSIGN, { i: { shiftId, staffId, isLeaderOnDuty } }, manager.token);
    expect(result.errors).toBeUndefined();
    return result.data?.createShiftAssignment as { id: string; version: number };
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-02T01:00:00Z'));
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    teamId = await team('热线一班');
    otherTeam = await team('热线二班');
    const admin = await t.staffWithToken('ADMIN');
    manager = await t.staffWithToken('DEPT_MANAGER');
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId });
    leader2 = await t.staffWithToken('SHIFT_LEADER', { teamId });
    otherLeader = await t.staffWithToken('SHIFT_LEADER', { teamId: otherTeam });
    agent = await t.staffWithToken('AGENT', { teamId });
    agent2 = await t.staffWithToken('AGENT', { teamId });
    dayType = (await t.gql(SHIFT_TYPE, { i: { name: '白班', kind: 'DAY', days: 'WORKING_DAYS', startMinute: 480, endMinute: 1200, minHeadcount: [] } }, admin.token)).data?.createShiftType.id;
  });
  afterAll(() => t.close());

  it('a published month refuses createShift, deleteShift and assignment edits with INVALID_TRANSITION, changing nothing', async () => {
    const s = await shift('2027-01-05');
    const onIt = await assign(s.id, agent.staff.id);
    const rosterOf = `query($id: ID!) { roster(id: $id) { status availableActions } }`;
    expect((await t.gql(rosterOf, { id: s.rosterId }, leader.token)).data?.roster).toEqual({ status: 'DRAFT', availableActions: ['generate', 'edit', 'publish'] });
    expect((await t.gql(rosterOf, { id: s.rosterId }, otherLeader.token)).data?.roster.availableActions).toEqual([]);
    const published = await t.gql(PUBLISH, { team: teamId, m: '2027-01' }, leader.token);
    expect(published.data?.publishRoster).toMatchObject({ status: 'PUBLISHED', availableActions: [] });
    expect((await t.gql(PUBLISH, { team: teamId, m: '2027-01' }, leader.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PUBLISHED', action: 'publish' });

    const locked = { code: 'INVALID_TRANSITION', from: 'PUBLISHED', action: 'edit' };
    const shifts = await t.dataSource.getRepository(Shift).count();
    const assignments = await t.dataSource.getRepository(ShiftAssignment).find({ order: { id: 'ASC' } });
    const create = await t.gql(SHIFT, { i: { teamId, date: '2027-01-06', shiftTypeId: dayType } }, leader.token);
    expect(create.errors?.[0].extensions).toMatchObject(locked);
    expect((await t.gql(`mutation($id: ID!, $v: Int!) { deleteShift(id: $id, version: $v) }`, { id: s.id, v: s.version }, manager.token)).errors?.[0].extensions).toMatchObject(locked);
    expect((await t.gql(ASSIGN, { i: { shiftId: s.id, staffId: agent2.staff.id } }, leader.token)).errors?.[0].extensions).toMatchObject(locked);
    const mark = await t.gql(`mutation($id: ID!, $v: Int!) { updateShiftAssignment(id: $id, version: $v, input: { isLeaderOnDuty: false }) { id } }`, { id: onIt.id, v: onIt.version }, leader.token);
    expect(mark.errors?.[0].extensions).toMatchObject(locked);
    expect((await t.gql(`mutation($id: ID!, $v: Int!) { deleteShiftAssignment(id: $id, version: $v) }`, { id: onIt.id, v: onIt.version }, leader.token)).errors?.[0].extensions).toMatchObject(locked);
    expect(await t.dataSource.getRepository(Shift).count()).toBe(shifts);
    expect(await t.dataSource.getRepository(ShiftAssignment).find({ order: { id: 'ASC' } })).toEqual(assignments);

    // A draft month of the same team is still edited freely.
    const draft = await shift('2027-02-02');
    const put = await assign(draft.id, agent2.staff.id);
    expect((await t.gql(`mutation($id: ID!, $v: Int!) { deleteShiftAssignment(id: $id, version: $v) }`, { id: put.id, v: put.version }, leader.token)).errors).toBeUndefined();
    expect((await t.gql(`mutation($id: ID!, $v: Int!) { deleteShift(id: $id, version: $v) }`, { id: draft.id, v: draft.version }, leader.token)).errors).toBeUndefined();
  });

  it("only the outgoing shift's leader writes its handover: not another leader of the team, another team's, a manager or an agent", async () => {
    const day = await shift('2026-11-10');
    await assign(day.id, leader.staff.id, true);
    await assign(day.id, agent.staff.id);
    const write = (who: Who, shiftId = day.id) => t.gql(HANDOVER, { i: { shiftId, equipmentStatus: '2 号坐席电脑蓝屏，已报信息科' } }, who.token);
    const before = await t.dataSource.getRepository(HandoverLog).count();
    for (const who of [leader2, otherLeader, manager, agent]) expect((await write(who)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(HandoverLog).count()).toBe(before);
    const written = await write(leader);
    expect(written.errors).toBeUndefined();
    expect(written.data?.createHandoverLog.availableActions).toEqual(['edit']);

    // A shift nobody leads on the roster: any shift leader of the team writes it, no other team's.
    const unled = await shift('2026-11-11');
    await assign(unled.id, agent.staff.id);
    expect((await write(otherLeader, unled.id)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byLeader2 = await write(leader2, unled.id);
    expect(byLeader2.errors).toBeUndefined();
    // The next shift's leader on duty acknowledges; no next shift here, so any shift leader of the team but the writer.
    const logOf = `query($ids: [ID!]) { handoverLogs(filter: { ids: $ids }) { items { availableActions } } }`;
    const id = byLeader2.data?.createHandoverLog.id;
    expect((await t.gql(logOf, { ids: [id] }, leader.token)).data?.handoverLogs.items[0].availableActions).toEqual(['acknowledge']);
    expect((await t.gql(logOf, { ids: [id] }, otherLeader.token)).data?.handoverLogs.items[0].availableActions).toEqual([]);
  });
});
