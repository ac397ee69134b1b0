import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storeNewYearHolidays } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { newRecord } from '../../shared/new-record';
import { testNow } from '../../test/test-clock';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Team } from '../team/team.entity';
import { LeaveRequest } from './leave-request.entity';

type Who = Awaited<ReturnType<TestApp['staffWithToken']>>;
const FIELDS = 'id version status awaitingRole late lateRules lateAcceptedById certificateRef certificateDueOn certificateMissing availableActions reason staffId requestedById requestedBy { id } staff { id }';
const CREATE = `mutation($i: CreateLeaveRequestInput!) { createLeaveRequest(input: $i) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { leaveRequest(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: LeaveRequestFilter) { leaveRequests(filter: $f, page: { limit: 100 }) { items { id } } }`;
const ACCEPT_LATE = `mutation($id: ID!, $v: Int!, $i: AcceptLateLeaveInput) { acceptLateLeaveRequest(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveLeaveRequest(id: $id, version: $v) { ${FIELDS} } }`;
const CERTIFICATE = `mutation($id: ID!, $v: Int!, $i: SubmitLeaveCertificateInput!) { submitLeaveCertificate(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { deleteLeaveRequest(id: $id, version: $v) }`;
const HISTORY = `query($id: ID!) { auditEntries(entity: LEAVE_REQUEST, entityId: $id) { field newValue } }`;

const MONDAY_9AM = new Date('2026-11-02T01:00:00Z'); // Monday 09:00 in Shanghai
/** Shanghai midnight of a date, as an instant. */
const midnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/** Issue 11 point 7: leave exceptions as the department allows them. */
describe('leave exceptions: emergency sick leave, late requests, leave filed by a leader', () => {
  let t: TestApp;
  let manager: Who, director: Who, leaderA: Who, agentA: Who, colleagueA: Who, agentB: Who;
  const ids = new Set<string>();
  const rows = () => t.dataSource.getRepository(LeaveRequest).count();
  const audits = () => t.dataSource.getRepository(AuditEntry).countBy({ entity: 'leaveRequest' });
  const create = async (who: Who, i: Record<string, unknown>) => {
    const result = await t.gql(CREATE, { i }, who.token);
    expect(result.errors).toBeUndefined();
    ids.add(result.data?.createLeaveRequest.id);
    return result.data?.createLeaveRequest;
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(MONDAY_9AM);
    await storeNewYearHolidays(t.dataSource, [2026, 2027]);
    const team = async (name: string) => {
      const row = { ...newRecord(testNow()), name };
      await t.dataSource.getRepository(Team).insert(row);
      return row.id;
    };
    const [teamA, teamB] = [await team('热线一班'), await team('热线二班')];
    manager = await t.staffWithToken('DEPT_MANAGER');
    director = await t.staffWithToken('CENTER_DIRECTOR');
    leaderA = await t.staffWithToken('SHIFT_LEADER', { teamId: teamA });
    agentA = await t.staffWithToken('AGENT', { teamId: teamA });
    colleagueA = await t.staffWithToken('AGENT', { teamId: teamA });
    agentB = await t.staffWithToken('AGENT', { teamId: teamB });
  });
  /** Moves the clock; sessions signed in days earlier have expired, so everyone signs in again. */
  const moveTo = async (instant: Date | string) => {
    t.clock.set(new Date(instant));
    for (const who of [manager, director, leaderA, agentA, colleagueA, agentB]) who.token = await t.signIn(who.staff);
  };
  beforeEach(() => moveTo(MONDAY_9AM));
  afterAll(() => t.close());

  it('emergency sick leave is requested without a certificate; it is due the working day after and flagged once that day passed', async () => {
    const planned = await t.gql(CREATE, { i: { type: 'SICK', startsAt: midnight('2026-11-04'), endsAt: midnight('2026-11-06'), reason: '发烧' } }, agentA.token);
    expect(planned.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'certificateRef', code: 'certificateRequired' }] });

    // Wednesday and Thursday off sick; the certificate is due on Friday.
    const sick = await create(agentA, { type: 'SICK', emergency: true, startsAt: midnight('2026-11-04'), endsAt: midnight('2026-11-06'), reason: '急性肠胃炎，凌晨去了急诊' });
    expect(sick).toMatchObject({ status: 'PENDING', late: false, certificateRef: null, certificateDueOn: '2026-11-06', certificateMissing: false, requestedById: agentA.staff.id });
    const missing = async (who: Who) => ((await t.gql(LIST, { f: { certificateMissing: true } }, who.token)).data?.leaveRequests.items as Array<{ id: string }>).map((l) => l.id);
    expect(await missing(leaderA)).toEqual([]);

    await moveTo(midnight('2026-11-06'));
    const onDue = await t.gql(ONE, { id: sick.id }, leaderA.token);
    expect(onDue.errors).toBeUndefined();
    expect(onDue.data?.leaveRequest.certificateMissing).toBe(false);
    await moveTo(midnight('2026-11-07'));
    expect((await t.gql(ONE, { id: sick.id }, leaderA.token)).data?.leaveRequest.certificateMissing).toBe(true);
    expect(await missing(leaderA)).toEqual([sick.id]);
    expect(await missing(manager)).toEqual([sick.id]);
    expect(await missing(agentB)).toEqual([]);
    const present = ((await t.gql(LIST, { f: { certificateMissing: false } }, manager.token)).data?.leaveRequests.items as Array<{ id: string }>).map((l) => l.id);
    expect(present).not.toContain(sick.id);

    // Approved, then the certificate comes in: no longer missing.
    // Two days: the manager, then the director.
    const byManager = (await t.gql(APPROVE, { id: sick.id, v: sick.version }, manager.token)).data?.approveLeaveRequest;
    expect(byManager).toMatchObject({ status: 'PENDING', awaitingRole: 'CENTER_DIRECTOR' });
    const approved = (await t.gql(APPROVE, { id: sick.id, v: byManager.version }, director.token)).data?.approveLeaveRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', certificateMissing: true });
    expect((await t.gql(ONE, { id: sick.id }, agentA.token)).data?.leaveRequest.availableActions).toEqual(['SUBMIT_CERTIFICATE']);
    const byColleague = await t.gql(CERTIFICATE, { id: sick.id, v: approved.version, i: { certificateRef: 'x' } }, colleagueA.token);
    expect(byColleague.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const handedIn = (await t.gql(CERTIFICATE, { id: sick.id, v: approved.version, i: { certificateRef: '市第一人民医院 急诊病历 2026-1104' } }, agentA.token)).data?.submitLeaveCertificate;
    expect(handedIn).toMatchObject({ status: 'APPROVED', certificateMissing: false, availableActions: [] });
    expect(await missing(manager)).toEqual([]);
    const stale = await t.gql(CERTIFICATE, { id: sick.id, v: approved.version, i: { certificateRef: '另一份' } }, agentA.token);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.gql(HISTORY, { id: sick.id }, manager.token)).data?.auditEntries).toEqual(expect.arrayContaining([{ field: 'certificateRef', newValue: '市第一人民医院 急诊病历 2026-1104' }]));
  });

  it('a certificate due over a weekend falls on Monday', async () => {
    const sick = await create(agentA, { type: 'SICK', emergency: true, startsAt: midnight('2026-11-12'), endsAt: midnight('2026-11-14'), reason: '重感冒' });
    expect(sick.certificateDueOn).toBe('2026-11-16');
    await t.gql(CANCEL, { id: sick.id, v: sick.version }, agentA.token);
  });

  it('a late request is stored, waits for the manager to accept it, then follows the chain', async () => {
    const late = await create(agentA, { type: 'PERSONAL', startsAt: '2026-11-02T04:00:00Z', endsAt: '2026-11-02T09:00:00Z', reason: '孩子学校临时通知家长会' });
    expect(late).toMatchObject({ status: 'PENDING', late: true, lateRules: ['leaveNotDayBefore'], awaitingRole: 'DEPT_MANAGER', availableActions: ['UPDATE', 'DELETE'] });
    const forManager = (await t.gql(ONE, { id: late.id }, manager.token)).data?.leaveRequest;
    expect(forManager.availableActions).toEqual(['ACCEPT_LATE', 'REJECT']);
    const inbox = async (who: Who) => ((await t.gql(LIST, { f: { awaitingMe: true } }, who.token)).data?.leaveRequests.items as Array<{ id: string }>).map((l) => l.id);
    expect(await inbox(manager)).toContain(late.id);
    expect(await inbox(director)).not.toContain(late.id);
    expect(((await t.gql(LIST, { f: { late: true } }, manager.token)).data?.leaveRequests.items as Array<{ id: string }>).map((l) => l.id)).toContain(late.id);

    const early = await t.gql(APPROVE, { id: late.id, v: late.version }, manager.token);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'lateNotAccepted' }] });
    for (const who of [agentA, leaderA]) expect((await t.gql(ACCEPT_LATE, { id: late.id, v: late.version }, who.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byDirector = await t.gql(ACCEPT_LATE, { id: late.id, v: late.version }, director.token);
    expect(byDirector.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'approverSkipped', params: { role: 'DEPT_MANAGER' } }] });
    const tooLong = await t.gql(ACCEPT_LATE, { id: late.id, v: late.version, i: { note: '𠮷'.repeat(10_000) } }, manager.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong', params: { max: 500 } }] });
    expect(await t.dataSource.getRepository(LeaveRequest).findOneByOrFail({ id: late.id })).toMatchObject({ lateAcceptedById: null, version: late.version });
    expect((await t.gql(ACCEPT_LATE, { id: late.id, v: late.version + 1 }, manager.token)).errors?.[0].extensions.code).toBe('CONFLICT');

    const accepted = (await t.gql(ACCEPT_LATE, { id: late.id, v: late.version, i: { note: '家长会确属临时通知，同意' } }, manager.token)).data?.acceptLateLeaveRequest;
    expect(accepted).toMatchObject({ status: 'PENDING', lateAcceptedById: manager.staff.id, availableActions: ['APPROVE', 'REJECT'] });
    expect((await t.gql(ACCEPT_LATE, { id: late.id, v: accepted.version }, manager.token)).errors?.[0].extensions.fields[0].code).toBe('lateNotNeeded');
    const history = (await t.gql(HISTORY, { id: late.id }, manager.token)).data?.auditEntries;
    expect(history).toEqual(expect.arrayContaining([{ field: 'lateAcceptedById', newValue: manager.staff.id }, { field: 'lateAcceptanceNote', newValue: '家长会确属临时通知，同意' }]));
    // The step grammar (id, version, input): the approver's note is the decision's note.
    const APPROVE_WITH_NOTE = `mutation($id: ID!, $v: Int!, $i: LeaveDecisionInput) { approveLeaveRequest(id: $id, version: $v, input: $i) { ${FIELDS} decisionNote } }`;
    const approved = (await t.gql(APPROVE_WITH_NOTE, { id: late.id, v: accepted.version, i: { note: '已安排顶班' } }, manager.token)).data?.approveLeaveRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', availableActions: [], decisionNote: '已安排顶班' });
    expect((await t.gql(ACCEPT_LATE, { id: late.id, v: approved.version }, manager.token)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['SUBMIT_CERTIFICATE'] });
  });

  it('a rule other than a deadline still refuses the request, and nothing is written', async () => {
    const [before, auditBefore] = [await rows(), await audits()];
    const holiday = await t.gql(CREATE, { i: { type: 'PERSONAL', startsAt: midnight('2027-01-01'), endsAt: midnight('2027-01-02'), reason: '元旦回家' } }, agentA.token);
    expect(holiday.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ code: 'holidayLeaveNotExceptional' }] });
    expect([await rows(), await audits()]).toEqual([before, auditBefore]);
  });

  it('a shift leader files sick leave or an emergency for a team member, recorded as requested by the leader', async () => {
    const sick = await create(leaderA, { staffId: agentA.staff.id, type: 'SICK', emergency: true, startsAt: midnight('2026-11-18'), endsAt: midnight('2026-11-19'), reason: '电话告知高烧 39 度，去医院输液' });
    expect(sick).toMatchObject({ staffId: agentA.staff.id, staff: { id: agentA.staff.id }, requestedById: leaderA.staff.id, requestedBy: { id: leaderA.staff.id }, reason: '电话告知高烧 39 度，去医院输液' });
    expect(sick.availableActions).toEqual(['UPDATE', 'SUBMIT_CERTIFICATE', 'DELETE']);
    expect((await t.gql(ONE, { id: sick.id }, agentA.token)).data?.leaveRequest.availableActions).toEqual(['UPDATE', 'SUBMIT_CERTIFICATE', 'DELETE']);
    const emergency = await create(leaderA, { staffId: agentA.staff.id, type: 'PERSONAL', emergency: true, startsAt: midnight('2026-11-20'), endsAt: '2026-11-20T04:00:00Z', reason: '家中老人突发不适' });
    expect(emergency.requestedById).toBe(leaderA.staff.id);
    expect((await t.gql(HISTORY, { id: sick.id }, manager.token)).data?.auditEntries[0].newValue).toContain(`for ${agentA.staff.id}`);

    const [before, auditBefore] = [await rows(), await audits()];
    const annual = await t.gql(CREATE, { i: { staffId: agentA.staff.id, type: 'ANNUAL', startsAt: midnight('2026-11-25'), endsAt: midnight('2026-11-26'), reason: '年假' } }, leaderA.token);
    expect(annual.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'type', code: 'onBehalfTypeNotAllowed' }] });
    const otherTeam = await t.gql(CREATE, { i: { staffId: agentB.staff.id, type: 'SICK', emergency: true, startsAt: midnight('2026-11-25'), endsAt: midnight('2026-11-26'), reason: '病' } }, leaderA.token);
    expect(otherTeam.errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const who of [colleagueA, manager]) {
      const notLeader = await t.gql(CREATE, { i: { staffId: agentA.staff.id, type: 'SICK', emergency: true, startsAt: midnight('2026-11-25'), endsAt: midnight('2026-11-26'), reason: '病' } }, who.token);
      expect(notLeader.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const nobody = await t.gql(CREATE, { i: { staffId: '00000000-0000-0000-0000-000000000000', type: 'SICK', emergency: true, startsAt: midnight('2026-11-25'), endsAt: midnight('2026-11-26'), reason: '病' } }, leaderA.token);
    expect(nobody.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect([await rows(), await audits()]).toEqual([before, auditBefore]);

    // The leader who filed it may withdraw it; a colleague may not.
    expect((await t.gql(CANCEL, { id: emergency.id, v: emergency.version }, colleagueA.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(CANCEL, { id: emergency.id, v: emergency.version }, leaderA.token)).errors).toBeUndefined();
  });

  it('long text: 10,000 characters are refused, 500 four-byte characters (𠮷) are kept as written', async () => {
    const [before, auditBefore] = [await rows(), await audits()];
    const base = { type: 'PERSONAL', startsAt: midnight('2026-12-01'), endsAt: '2026-12-01T04:00:00Z' };
    const long = await t.gql(CREATE, { i: { ...base, reason: 'a'.repeat(10_000) } }, agentA.token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason', code: 'tooLong', params: { max: 500 } }] });
    const longYoshi = await t.gql(CREATE, { i: { ...base, reason: '𠮷'.repeat(501) } }, agentA.token);
    expect(longYoshi.errors?.[0].extensions.fields[0]).toMatchObject({ path: 'reason', code: 'tooLong' });
    const certificate = await t.gql(CREATE, { i: { ...base, type: 'SICK', emergency: true, reason: '病', certificateRef: '𠮷'.repeat(101) } }, agentA.token);
    expect(certificate.errors?.[0].extensions.fields[0]).toMatchObject({ path: 'certificateRef', code: 'tooLong', params: { max: 100 } });
    expect([await rows(), await audits()]).toEqual([before, auditBefore]);

    const kept = await create(agentA, { ...base, reason: `${'𠮷'.repeat(498)}😷！` });
    expect((await t.gql(ONE, { id: kept.id }, agentA.token)).data?.leaveRequest.reason).toBe(`${'𠮷'.repeat(498)}😷！`);
    const sick = await create(agentA, { type: 'SICK', emergency: true, startsAt: midnight('2026-12-03'), endsAt: midnight('2026-12-04'), reason: '病' });
    const blank = await t.gql(CERTIFICATE, { id: sick.id, v: sick.version, i: { certificateRef: '   ' } }, agentA.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'certificateRef', code: 'required' }] });
    const yoshi = await t.gql(CERTIFICATE, { id: sick.id, v: sick.version, i: { certificateRef: '𠮷'.repeat(100) } }, agentA.token);
    expect(yoshi.data?.submitLeaveCertificate.certificateRef).toBe('𠮷'.repeat(100));
  });
});
