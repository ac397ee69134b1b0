import { followUpPolicy, defaultSettings } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaff } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { Team } from '../team';
import { FollowUp } from './follow-up.entity';
import { createTriggeredFollowUp } from './follow-up-triggers';

const FIELDS = 'id version status trigger dueAt nextAttemptAt appointmentAt attemptCount reachedAt satisfaction score availableActions overdue callWindow { callable nextAt } assignee { id } attempts { outcome at note identityVerified actor { id } } lastAttempt { outcome at }';
const CREATE = `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ${FIELDS} } }`;
const step = (name: string, input: string) => `mutation($id: ID!, $version: Int!, $input: ${input}!) { ${name}(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ATTEMPT = step('recordFollowUpAttempt', 'RecordFollowUpAttemptInput');
const COMPLETE = step('completeFollowUp', 'CompleteFollowUpInput');
const REASSIGN = step('reassignFollowUp', 'ReassignFollowUpInput');
const RETRY = step('retryFollowUp', 'FollowUpReasonInput');
const CANCEL = step('cancelFollowUp', 'FollowUpReasonInput');
const LIST = `query($filter: FollowUpFilter) { followUps(filter: $filter) { items { id } total } }`;

/** Wall-clock time in Shanghai. */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('follow-ups (回访)', () => {
  let t: TestApp;
  type Person = { staff: { id: string; teamId?: string | null }; token: string };
  let agent: Person;
  let agent2: Person;
  let leader: Person;
  let otherLeader: Person;
  let qa: Person;
  let customerId: string;
  const teamId = '01900000-0000-7000-8000-0000000000f1';
  const otherTeamId = '01900000-0000-7000-8000-0000000000f2';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00')); // a Wednesday
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert([
      { id: teamId, version: 1, createdAt: now, updatedAt: now, name: '回访一组' },
      { id: otherTeamId, version: 1, createdAt: now, updatedAt: now, name: '回访二组' },
    ]);
    [agent, agent2, leader, otherLeader, qa] = await Promise.all([
      t.staffWithToken('AGENT', { teamId }),
      t.staffWithToken('AGENT', { teamId: otherTeamId }),
      t.staffWithToken('SHIFT_LEADER', { teamId }),
      t.staffWithToken('SHIFT_LEADER', { teamId: otherTeamId }),
      t.staffWithToken('QA_INSPECTOR'),
    ]);
    customerId = (await makeCustomer(t.dataSource, { ownerId: agent.staff.id, tier: 'A' })).id;
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown> = {}, token = agent.token) => t.gql(CREATE, { input: { customerId, ...input } }, token);
  const created = async (input: Record<string, unknown> = {}) => {
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    return result.data?.createFollowUp as { id: string; version: number };
  };
  const run = async (query: string, id: string, version: number, input: Record<string, unknown>, token = agent.token) => {
    const result = await t.gql(query, { id, version, input }, token);
    return { result, followUp: Object.values(result.data ?? {})[0] as Record<string, any> };
  };
  const signInAgain = async (person: Person) => {
    person.token = await t.signIn(person.staff as never);
  };

  it('is created by hand for the customer’s owner, due in 3 days, with the steps the viewer may take and the calling window', async () => {
    const result = await create({ note: '了解新机安装后的使用情况 𠮷' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createFollowUp).toMatchObject({
      version: 1,
      status: 'OPEN',
      trigger: 'MANUAL',
      dueAt: shanghai('2026-12-12', '10:00').toISOString(),
      attemptCount: 0,
      availableActions: ['RECORD_ATTEMPT'],
      overdue: false,
      callWindow: { callable: true, nextAt: null },
      assignee: { id: agent.staff.id },
      attempts: [],
      lastAttempt: null,
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entity: 'followUp', entityId: result.data?.createFollowUp.id });
    expect(audit.map((a) => a.action)).toEqual(['CREATE']);
  });

  it('answers bad input with the documented codes and writes nothing', async () => {
    const before = await t.dataSource.getRepository(FollowUp).count();
    const unknown = await create({ customerId: '01900000-0000-7000-8000-00000000dead' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'customerId', code: 'notFound', params: null }] });
    const long = await create({ note: '长'.repeat(10_000) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', code: 'tooLong', params: { max: 1000 } }] });
    const notMine = await create({}, agent2.token);
    expect(notMine.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(FollowUp).count()).toBe(before);
  });

  it('is seen by its assignee and their team’s leader, QA and the managers; not by other agents or other teams’ leaders', async () => {
    const { id } = await created();
    const sees = async (person: Person) => (await t.gql(LIST, { filter: { ids: [id] } }, person.token)).data?.followUps.total;
    expect(await Promise.all([agent, leader, qa].map(sees))).toEqual([1, 1, 1]);
    expect(await Promise.all([agent2, otherLeader].map(sees))).toEqual([0, 0]);
    expect((await t.gql(`query($id: ID!) { followUp(id: $id) { id } }`, { id }, agent2.token)).data?.followUp).toBeNull();
    const attempt = await run(ATTEMPT, id, 1, { outcome: 'NO_ANSWER' }, agent2.token);
    expect(attempt.result.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('records attempts: no answer plans the retry outside quiet hours, an agreed time becomes the due time and may be kept at night', async () => {
    const { id } = await created();
    const noAnswer = await run(ATTEMPT, id, 1, { outcome: 'NO_ANSWER', note: '响铃无人接' });
    // 10:00 + 2 hours is lunch (12:00-14:00 is quiet): the retry is at 14:00.
    expect(noAnswer.followUp).toMatchObject({ status: 'IN_PROGRESS', attemptCount: 1, nextAttemptAt: shanghai('2026-12-09', '14:00').toISOString() });
    const appointmentAt = shanghai('2026-12-10', '21:00');
    const agreed = await run(ATTEMPT, id, 2, { outcome: 'APPOINTMENT', appointmentAt: appointmentAt.toISOString(), identityVerified: true, note: '客户开会，约明晚九点' });
    expect(agreed.followUp).toMatchObject({ status: 'IN_PROGRESS', dueAt: appointmentAt.toISOString(), appointmentAt: appointmentAt.toISOString(), nextAttemptAt: appointmentAt.toISOString() });

    t.clock.set(shanghai('2026-12-10', '23:30'));
    await signInAgain(agent);
    const tooLate = await run(ATTEMPT, id, 3, { outcome: 'REACHED' });
    expect(tooLate.result.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'at', code: 'quietHours', params: { nextAt: shanghai('2026-12-11', '09:00').toISOString() } }] });
    t.clock.set(shanghai('2026-12-10', '21:05'));
    const kept = await run(ATTEMPT, id, 3, { outcome: 'REACHED', identityVerified: true });
    expect(kept.result.errors).toBeUndefined();
    expect(kept.followUp).toMatchObject({ status: 'IN_PROGRESS', reachedAt: shanghai('2026-12-10', '21:05').toISOString(), availableActions: ['RECORD_ATTEMPT', 'COMPLETE'] });
    expect(kept.followUp.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['NO_ANSWER', 'APPOINTMENT', 'REACHED']);
    expect(kept.followUp.lastAttempt).toEqual({ outcome: 'REACHED', at: shanghai('2026-12-10', '21:05').toISOString() });
    t.clock.set(shanghai('2026-12-09', '10:00'));
    await signInAgain(agent);
  });

  it('is completed only after the customer was reached, with a valid result; then no step is left', async () => {
    const { id } = await created();
    const early = await run(COMPLETE, id, 1, { satisfaction: 'SATISFIED', score: 5 });
    expect(early.result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'OPEN', action: 'COMPLETE' });
    await run(ATTEMPT, id, 1, { outcome: 'BUSY' });
    const unreached = await run(COMPLETE, id, 2, { satisfaction: 'SATISFIED', score: 5 });
    expect(unreached.result.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', fields: [{ path: 'satisfaction', code: 'notReached' }] });
    await run(ATTEMPT, id, 2, { outcome: 'REACHED' });
    const invalid = await run(COMPLETE, id, 3, { satisfaction: 'UNSATISFIED', score: 9 });
    expect(invalid.result.errors?.[0].extensions.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(['score:outOfRange', 'improvement:required', 'unsatisfiedAction:required']);
    const stale = await run(COMPLETE, id, 2, { satisfaction: 'SATISFIED', score: 5 });
    expect(stale.result.errors?.[0].extensions.code).toBe('CONFLICT');
    const done = await run(COMPLETE, id, 3, { satisfaction: 'AVERAGE', score: 3, suggestions: '希望安装师傅提前电话联系' });
    expect(done.followUp).toMatchObject({ status: 'DONE', satisfaction: 'AVERAGE', score: 3, availableActions: [] });
    const after = await run(ATTEMPT, id, 4, { outcome: 'REACHED' });
    expect(after.result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DONE', allowed: [] });
  });

  it('becomes unreachable after 3 failed attempts over 2 days; the leader sends it back or reassigns it, the agent may not', async () => {
    const { id } = await created();
    await run(ATTEMPT, id, 1, { outcome: 'NO_ANSWER' });
    t.clock.set(shanghai('2026-12-09', '14:00'));
    await signInAgain(agent);
    expect((await run(ATTEMPT, id, 2, { outcome: 'SILENT_LINE' })).followUp.status).toBe('IN_PROGRESS');
    t.clock.set(shanghai('2026-12-10', '09:30'));
    await Promise.all([signInAgain(agent), signInAgain(leader), signInAgain(otherLeader)]);
    const third = await run(ATTEMPT, id, 3, { outcome: 'BUSY' });
    expect(third.followUp).toMatchObject({ status: 'UNREACHABLE', attemptCount: 3, nextAttemptAt: null, availableActions: [] });
    expect((await t.gql(LIST, { filter: { status: ['UNREACHABLE'], ids: [id] } }, leader.token)).data?.followUps.total).toBe(1);
    expect((await run(RETRY, id, 4, { reason: '再试一次' })).result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const back = await run(RETRY, id, 4, { reason: '客户白天上班，改晚上联系' }, leader.token);
    expect(back.followUp).toMatchObject({ status: 'OPEN' });
    // The earlier failures no longer count: one more is not enough to give up again.
    expect((await run(ATTEMPT, id, 5, { outcome: 'NO_ANSWER' })).followUp.status).toBe('IN_PROGRESS');
    const moved = await run(REASSIGN, id, 6, { assigneeId: leader.staff.id, reason: '客户要求班长回电' }, leader.token);
    expect(moved.followUp).toMatchObject({ status: 'IN_PROGRESS', assignee: { id: leader.staff.id } });
    expect((await run(CANCEL, id, 7, { reason: '重复' }, otherLeader.token)).result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const reasons = await t.dataSource.getRepository(AuditEntry).findBy({ entity: 'followUp', entityId: id, field: 'reason' });
    expect(reasons.map((r) => r.newValue).sort()).toEqual(['客户白天上班，改晚上联系', '客户要求班长回电'].sort());
    t.clock.set(shanghai('2026-12-09', '10:00'));
    await Promise.all([signInAgain(agent), signInAgain(leader), signInAgain(otherLeader)]);
  });

  it('is created once per trigger, even when two transactions create it at the same time', async () => {
    const policy = followUpPolicy(defaultSettings());
    const draft = { trigger: 'PART_REPLACEMENT' as const, sourceId: '01900000-0000-7000-8000-0000000000aa', customerId, customerOwnerId: agent.staff.id, triggeredAt: t.clock.now() };
    const ids = await Promise.all([1, 2, 3].map(() => t.dataSource.transaction((tx) => createTriggeredFollowUp(tx, draft, policy))));
    expect(new Set(ids).size).toBe(1);
    expect(await t.dataSource.getRepository(FollowUp).countBy({ sourceId: draft.sourceId })).toBe(1);
    const orphan = await makeCustomer(t.dataSource, {});
    const nobody = await t.dataSource.transaction((tx) => createTriggeredFollowUp(tx, { ...draft, sourceId: '01900000-0000-7000-8000-0000000000ab', customerId: orphan.id, customerOwnerId: null }, policy));
    expect(nobody).toBeNull();
    const teamAgent = await makeStaff(t.dataSource, { role: 'AGENT', teamId });
    const toLeader = await t.dataSource.transaction((tx) => createTriggeredFollowUp(tx, { ...draft, sourceId: '01900000-0000-7000-8000-0000000000ac', complaintOwnerId: null, customerOwnerId: null }, policy));
    expect(toLeader).toBeNull();
    const viaTeam = await t.dataSource.transaction((tx) => createTriggeredFollowUp(tx, { ...draft, sourceId: '01900000-0000-7000-8000-0000000000ad', customerOwnerId: teamAgent.id }, policy));
    expect((await t.dataSource.getRepository(FollowUp).findOneByOrFail({ id: viaTeam as string })).assigneeId).toBe(teamAgent.id);
  });
});
