import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecord } from '../../shared/new-record';
import { storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { PushEvent } from '../push/push-event.entity';
import { Team } from '../team';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceViolation } from './attendance-violation.entity';

type Who = { staff: { id: string }; token: string };
const SHIFT_TYPE = `mutation($i: CreateShiftTypeInput!) { createShiftType(input: $i) { id } }`;
const SHIFT = `mutation($i: CreateShiftInput!) { createShift(input: $i) { id } }`;
const ASSIGN = `mutation($i: CreateShiftAssignmentInput!) { createShiftAssignment(input: $i) { id } }`;
const PUBLISH = `mutation($team: ID!, $m: String!) { publishRoster(teamId: $team, month: $m) { id } }`;
const CHECK_IN = `mutation($a: ID!) { checkIn(input: { shiftAssignmentId: $a }) { id version shiftDate checkInAt lateMinutes missedRollCall violations { kind minutes month } } }`;
const CHECK_OUT = `mutation($id: ID!, $v: Int!, $r: String) { checkOut(id: $id, version: $v, input: { overrideReason: $r }) { id version checkOutAt checkOutOverrideReason checkOutOverrideBy { id } } }`;
const ABSENCE = `mutation($i: RecordAbsenceFromPostInput!) { recordAbsenceFromPost(input: $i) { id kind minutes month recordedBy { id } attendanceRecord { id } } }`;
const COUNTS = `query($m: String!, $f: Boolean) { attendanceViolationCounts(month: $m, flaggedOnly: $f) { staffId count late absentFromPost flagged } }`;

/** Local Shanghai time (UTC+8) as an instant. */
const at = (local: string) => new Date(`${local}+08:00`);

/**
 * 考勤 on MariaDB (and SQLite): the 10- and 20-minute marks, a night shift across midnight, the
 * check-out that waits for the next shift and the leader's override, absences, the flag at 3, who
 * may do what, and that a refusal writes nothing.
 */
describe('attendance: check-in, check-out, violations', () => {
  let t: TestApp;
  let manager: Who, leader: Who, otherLeader: Who, qa: Who, admin: Who;
  const agents: Who[] = [];
  let teamId: string, otherTeam: string;
  /** Assignment ids by name. */
  const a: Record<string, string> = {};

  const team = async (name: string) => {
    const row = { ...newRecord(t.clock.now()), name };
    await t.dataSource.getRepository(Team).insert(row);
    return row.id;
  };
  /** The tests move the clock across days: a session older than a few hours (or from the future) is renewed first. */
  const signedAt = new Map<Who, number>();
  const tokenOf = async (who: Who) => {
    const since = Math.abs(t.clock.now().getTime() - (signedAt.get(who) ?? 0));
    if (since > 6 * 3_600_000) {
      who.token = await t.signIn(who.staff as never);
      signedAt.set(who, t.clock.now().getTime());
    }
    return who.token;
  };
  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, who: Who): Promise<T> => {
    const result = await t.gql(query, variables, await tokenOf(who));
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const shift = async (teamOf: string, date: string, typeId: string, people: Who[]) => {
    const { createShift } = await ok(SHIFT, { i: { teamId: teamOf, date, shiftTypeId: typeId } }, manager);
    const ids: string[] = [];
    for (const person of people) ids.push((await ok(ASSIGN, { i: { shiftId: createShift.id, staffId: person.staff.id } }, manager)).createShiftAssignment.id);
    return ids;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, who: Who) => (await t.gql(query, variables, await tokenOf(who))).errors?.[0]?.extensions;
  const written = async () => ({
    records: await t.dataSource.getRepository(AttendanceRecord).count(),
    violations: await t.dataSource.getRepository(AttendanceViolation).count(),
    audit: await t.dataSource.getRepository(AuditEntry).countBy({ entity: 'attendance' as never }),
  });
  const checkIn = async (assignment: string, who: Who, when: string) => {
    t.clock.set(at(when));
    return (await ok(CHECK_IN, { a: assignment }, who)).checkIn;
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-01T01:00:00Z'));
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    teamId = await team('热线一班');
    otherTeam = await team('热线二班');
    admin = await t.staffWithToken('ADMIN');
    manager = await t.staffWithToken('DEPT_MANAGER');
    qa = await t.staffWithToken('QA_INSPECTOR', { teamId });
    leader = await t.staffWithToken('SHIFT_LEADER', { teamId });
    otherLeader = await t.staffWithToken('SHIFT_LEADER', { teamId: otherTeam });
    for (let i = 0; i < 9; i++) agents.push(await t.staffWithToken('AGENT', { teamId: i === 8 ? otherTeam : teamId }));
    const type = async (name: string, kind: string, startMinute: number, endMinute: number) =>
      (await ok(SHIFT_TYPE, { i: { name, kind, days: 'EVERY_DAY', startMinute, endMinute, minHeadcount: [] } }, admin)).createShiftType.id;
    const day = await type('白班', 'DAY', 480, 1200);
    const night = await type('夜班', 'NIGHT', 1200, 480);
    const lateNight = await type('大夜班', 'NIGHT', 1380, 420);
    // 5 January: seven on the day shift, one on the night shift that takes over from it.
    [a.onTime, a.rollCall, a.late19, a.late20, a.outgoing, a.released, a.byLeader] = await shift(teamId, '2027-01-05', day, agents.slice(0, 7));
    [a.incoming] = await shift(teamId, '2027-01-05', night, [agents[7]]);
    // 31 January, 23:00 to 07:00 on 1 February: a check-in after midnight; nobody follows it.
    [a.midnight] = await shift(teamId, '2027-01-31', lateNight, [agents[0]]);
    [a.spare] = await shift(teamId, '2027-01-08', day, [agents[1]]);
    [a.otherTeam] = await shift(otherTeam, '2027-01-05', day, [agents[8]]);
    await ok(PUBLISH, { team: teamId, m: '2027-01' }, manager);
    await ok(PUBLISH, { team: otherTeam, m: '2027-01' }, manager);
    // February stays a draft: nobody checks in to it yet.
    [a.draft] = await shift(teamId, '2027-02-02', day, [agents[1]]);
  }, 120_000);
  afterAll(() => t.close());

  it('measures the roll call at exactly 10 minutes before the start, and lateness from the start', async () => {
    expect(await checkIn(a.onTime, agents[0], '2027-01-05T07:50:00')).toMatchObject({ shiftDate: '2027-01-05', lateMinutes: 0, missedRollCall: false, violations: [] });
    expect(await checkIn(a.rollCall, agents[1], '2027-01-05T07:50:01')).toMatchObject({ lateMinutes: 0, missedRollCall: true, violations: [] });
  });

  it('19:59 late is lateness only; 20:00 records a LATE violation in the same transaction', async () => {
    expect(await checkIn(a.late19, agents[2], '2027-01-05T08:19:59')).toMatchObject({ lateMinutes: 19, missedRollCall: true, violations: [] });
    const before = await written();
    t.stats.length = 0;
    const late = await checkIn(a.late20, agents[3], '2027-01-05T08:20:00');
    expect(late).toMatchObject({ lateMinutes: 20, violations: [{ kind: 'LATE', minutes: 20, month: '2027-01' }] });
    // Statement budget: session; assignment with shift and roster; settings; record; audit; violation; audit; the month's count; the answer's violations.
    expect(t.stats[0].statements).toBeLessThanOrEqual(13);
    expect(await written()).toEqual({ records: before.records + 1, violations: before.violations + 1, audit: before.audit + 2 });
  });

  it('a night shift across midnight: late from 23:00, counted in the month it was rostered in', async () => {
    const record = await checkIn(a.midnight, agents[0], '2027-02-01T00:05:00');
    expect(record).toMatchObject({ shiftDate: '2027-01-31', lateMinutes: 65, missedRollCall: true, violations: [{ kind: 'LATE', minutes: 65, month: '2027-01' }] });
    // Nobody is rostered after it: the check-out at 07:01 needs nobody to arrive.
    t.clock.set(at('2027-02-01T07:01:00'));
    expect((await ok(CHECK_OUT, { id: record.id, v: record.version }, agents[0])).checkOut.checkOutOverrideReason).toBeNull();
  });

  it('refuses the check-out while the incoming shift has nobody checked in; a leader of the team releases with a reason (audited)', async () => {
    const out = await checkIn(a.outgoing, agents[4], '2027-01-05T07:45:00');
    const released = await checkIn(a.released, agents[5], '2027-01-05T07:46:00');
    t.clock.set(at('2027-01-05T20:02:00'));
    const before = await written();
    expect(await errorOf(CHECK_OUT, { id: out.id, v: out.version }, agents[4])).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: null, code: 'incomingNotArrived' }] });
    // The override is a leader's word about someone else: not the person's own, not another team's leader's.
    expect(await errorOf(CHECK_OUT, { id: released.id, v: released.version, r: '家中有事' }, agents[5])).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(CHECK_OUT, { id: released.id, v: released.version, r: '家中有事' }, otherLeader)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(CHECK_OUT, { id: released.id, v: released.version, r: '  ' }, leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'overrideReason', code: 'required' }] });
    expect(await errorOf(CHECK_OUT, { id: released.id, v: released.version, r: '长'.repeat(501) }, leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'overrideReason', code: 'tooLong' }] });
    expect(await errorOf(CHECK_OUT, { id: released.id, v: released.version, r: '长'.repeat(10_000) }, leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'overrideReason', code: 'tooLong' }] });
    expect(await written()).toEqual(before);

    // 500 characters exactly, astral Chinese (𠮷: two UTF-16 units, four bytes) included
    const reason = `孩子发烧，班长同意先走${'𠮷'.repeat(489)}`;
    const let_go = (await ok(CHECK_OUT, { id: released.id, v: released.version, r: reason }, leader)).checkOut;
    expect(let_go).toMatchObject({ checkOutOverrideReason: reason, checkOutOverrideBy: { id: leader.staff.id }, version: released.version + 1 });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: released.id });
    expect(audit.map((e) => e.field).sort()).toEqual(['checkInAt', 'checkOutAt', 'checkOutOverrideById', 'checkOutOverrideReason']);
    expect(await errorOf(CHECK_OUT, { id: released.id, v: let_go.version }, agents[5])).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CHECKED_OUT' });

    // The night shift's person arrives: the outgoing one may leave; a stale version is a CONFLICT.
    await checkIn(a.incoming, agents[7], '2027-01-05T20:05:00');
    t.clock.set(at('2027-01-05T20:06:00'));
    expect(await errorOf(CHECK_OUT, { id: out.id, v: out.version + 1 }, agents[4])).toMatchObject({ code: 'CONFLICT' });
    expect((await ok(CHECK_OUT, { id: out.id, v: out.version }, agents[4])).checkOut.checkOutOverrideBy).toBeNull();
  });

  it('who may check in whom: oneself, a leader their team, a manager anyone; FORBIDDEN otherwise, nothing written', async () => {
    t.clock.set(at('2027-01-05T08:30:00'));
    const before = await written();
    expect(await errorOf(CHECK_IN, { a: a.byLeader }, agents[0])).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(CHECK_IN, { a: a.byLeader }, otherLeader)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(CHECK_IN, { a: a.byLeader }, admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(CHECK_IN, { a: a.otherTeam }, leader)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);
    expect((await ok(CHECK_IN, { a: a.byLeader }, leader)).checkIn).toMatchObject({ lateMinutes: 30, violations: [{ kind: 'LATE', minutes: 30 }] });
    expect((await ok(CHECK_IN, { a: a.otherTeam }, manager)).checkIn).toMatchObject({ lateMinutes: 30 });
  });

  it('answers bad input and refused steps with their codes, writing nothing', async () => {
    t.clock.set(at('2027-01-05T09:00:00'));
    const before = await written();
    expect(await errorOf(CHECK_IN, { a: 'no-such-assignment' }, agents[0])).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'shiftAssignmentId', code: 'notFound' }] });
    expect(await errorOf(CHECK_IN, { a: a.onTime }, agents[0])).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CHECKED_IN' });
    expect(await errorOf(CHECK_IN, { a: a.draft }, agents[1])).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'shiftAssignmentId', code: 'rosterNotPublished' }] });
    expect(await errorOf(COUNTS, { m: '2027-13' }, manager)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'month', code: 'invalidMonth' }] });
    expect(await errorOf('query { attendanceViolations(filter: { month: "1月" }) { items { id } } }', {}, manager)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await written()).toEqual(before);
  });

  it('a check-in more than two hours before the start, or from the end on, is refused', async () => {
    const before = await written();
    t.clock.set(at('2027-01-08T05:59:59'));
    expect(await errorOf(CHECK_IN, { a: a.spare }, agents[1])).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: null, code: 'checkInOutsideShift', params: { minutesBefore: 120 } }] });
    t.clock.set(at('2027-01-08T20:00:00'));
    expect(await errorOf(CHECK_IN, { a: a.spare }, agents[1])).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: null, code: 'checkInOutsideShift' }] });
    expect(await written()).toEqual(before);
    expect(await checkIn(a.spare, agents[1], '2027-01-08T06:00:00')).toMatchObject({ lateMinutes: 0, missedRollCall: false });
  });

  it('a leader records an absence from the post: 19 minutes is no violation, 20 is; the third of the month flags the person to the manager', async () => {
    t.clock.set(at('2027-01-05T15:00:00'));
    const input = (from: string, to: string, extra: Record<string, unknown> = {}) => ({ i: { shiftAssignmentId: a.late20, from: at(from).toISOString(), to: at(to).toISOString(), ...extra } });
    const before = await written();
    expect(await errorOf(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:19:59'), leader)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'to', code: 'absenceNotAViolation', params: { minutes: 19, threshold: 20 } }],
    });
    expect(await errorOf(ABSENCE, input('2027-01-05T10:20:00', '2027-01-05T10:00:00'), leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to', code: 'endsBeforeStart' }] });
    expect(await errorOf(ABSENCE, input('2027-01-05T07:00:00', '2027-01-05T08:30:00'), leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'from', code: 'absenceOutsideShift' }] });
    expect(await errorOf(ABSENCE, input('2027-01-05T14:50:00', '2027-01-05T15:20:00'), leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to', code: 'inFuture' }] });
    expect(await errorOf(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:30:00', { note: '长'.repeat(501) }), leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    expect(await errorOf(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:30:00', { note: '长'.repeat(10_000) }), leader)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong' }] });
    expect(await errorOf(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:30:00'), agents[0])).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:30:00'), otherLeader)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(before);

    const flags = () => t.dataSource.getRepository(PushEvent).countBy({ kind: 'ATTENDANCE_FLAGGED' as never });
    // agents[3] was 20 minutes late: this absence is their second violation of January.
    const second = (await ok(ABSENCE, input('2027-01-05T10:00:00', '2027-01-05T10:20:00', { note: '离开座位未报备' }), leader)).recordAbsenceFromPost;
    expect(second).toMatchObject({ kind: 'ABSENT_FROM_POST', minutes: 20, month: '2027-01', recordedBy: { id: leader.staff.id }, attendanceRecord: { id: expect.any(String) } });
    expect(await flags()).toBe(0);
    expect((await ok(COUNTS, { m: '2027-01', f: true }, manager)).attendanceViolationCounts).toEqual([]);
    const note = '𩸽'.repeat(500);
    const third = (await ok(ABSENCE, input('2027-01-05T13:00:00', '2027-01-05T13:45:00', { note }), manager)).recordAbsenceFromPost;
    expect((await t.dataSource.getRepository(AttendanceViolation).findOneByOrFail({ id: third.id })).note).toBe(note);
    expect(await flags()).toBe(1);
    const event = await t.dataSource.getRepository(PushEvent).findOneByOrFail({ kind: 'ATTENDANCE_FLAGGED' as never });
    expect(event.recipientRole).toBe('DEPT_MANAGER');
    expect((await ok(COUNTS, { m: '2027-01', f: true }, manager)).attendanceViolationCounts).toEqual([{ staffId: agents[3].staff.id, count: 3, late: 1, absentFromPost: 2, flagged: true }]);
    // A fourth does not tell the managers again.
    await ok(ABSENCE, input('2027-01-05T14:00:00', '2027-01-05T14:30:00'), leader);
    expect(await flags()).toBe(1);
  });

  it('reads: an agent their own, a leader their team, the manager all; ADMIN none', async () => {
    const LIST = '{ attendanceRecords(page: { limit: 100 }) { items { staffId } } attendanceViolations(page: { limit: 100 }) { items { staffId } } }';
    const people = async (who: Who) => {
      const data = await ok<{ attendanceRecords: { items: Array<{ staffId: string }> }; attendanceViolations: { items: Array<{ staffId: string }> } }>(LIST, {}, who);
      return { records: new Set(data.attendanceRecords.items.map((r) => r.staffId)), violations: new Set(data.attendanceViolations.items.map((r) => r.staffId)) };
    };
    expect(await people(agents[3])).toEqual({ records: new Set([agents[3].staff.id]), violations: new Set([agents[3].staff.id]) });
    expect(await people(agents[1])).toEqual({ records: new Set([agents[1].staff.id]), violations: new Set() });
    expect(await people(qa)).toEqual({ records: new Set(), violations: new Set() });
    const teamA = await people(leader);
    expect(teamA.records.has(agents[8].staff.id)).toBe(false);
    expect(teamA.records.size).toBe(8);
    expect((await people(otherLeader)).records).toEqual(new Set([agents[8].staff.id]));
    const all = await people(manager);
    expect(all.records.size).toBe(9);
    expect(all.violations).toEqual(new Set([agents[0].staff.id, agents[3].staff.id, agents[6].staff.id, agents[8].staff.id]));
    expect(await errorOf(LIST, {}, admin)).toMatchObject({ code: 'FORBIDDEN' });
    // An agent's counts are their own; the grid shows another person's attendance to their leader, not to a colleague.
    expect((await ok(COUNTS, { m: '2027-01' }, agents[0])).attendanceViolationCounts).toEqual([{ staffId: agents[0].staff.id, count: 1, late: 1, absentFromPost: 0, flagged: false }]);
    const GRID = `query($id: ID!) { shiftAssignment(id: $id) { id attendance { lateMinutes } } }`;
    expect((await ok(GRID, { id: a.late20 }, agents[0])).shiftAssignment.attendance).toBeNull();
    expect((await ok(GRID, { id: a.late20 }, agents[3])).shiftAssignment.attendance).toEqual({ lateMinutes: 20 });
    expect((await ok(GRID, { id: a.late20 }, leader)).shiftAssignment.attendance).toEqual({ lateMinutes: 20 });
    expect((await ok(GRID, { id: a.late20 }, otherLeader)).shiftAssignment.attendance).toBeNull();
  });

  it('reads a roster page of attendance in a fixed number of statements', async () => {
    const GRID = '{ shiftAssignments(page: { limit: 100 }) { items { id attendance { lateMinutes violations { kind } } } } }';
    t.stats.length = 0;
    await ok(GRID, {}, leader);
    // session, the page, the attendance of the page (one batch), the viewer (one batch), the violations (one batch)
    expect(t.stats[0].statements).toBe(5);
  });
});
