import { defaultSettings, followUpPolicy } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AuditEntry } from '../audit';
import { Team } from '../team';
import { FollowUp } from './follow-up.entity';
import { createTriggeredFollowUp, followUpRecord } from './follow-up-triggers';

const COVERAGE = `query($period: String!, $teamId: ID, $page: PageInput) {
  followUpCoverage(period: $period, teamId: $teamId, page: $page) {
    period periodStart periodEnd total covered percent gapCount
    gaps { customer { id name phone } openFollowUp { id assignee { id } } }
  }
}`;
const ASSIGN = `mutation($input: AssignFollowUpCoverageGapsInput!) { assignFollowUpCoverageGaps(input: $input) { created alreadyPlanned } }`;

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('key-customer follow-up coverage (重点客户回访覆盖)', () => {
  let t: TestApp;
  type Person = { staff: { id: string }; token: string };
  let agent: Person;
  let teammate: Person;
  let otherAgent: Person;
  let leader: Person;
  let manager: Person;
  let qa: Person;
  const teamId = '01900000-0000-7000-8000-0000000000c1';
  const otherTeamId = '01900000-0000-7000-8000-0000000000c2';
  let keys: string[];
  let otherKey: string;

  const done = (customerId: string, assigneeId: string, completedAt: Date) =>
    t.dataSource.getRepository(FollowUp).insert({
      ...followUpRecord({ customerId, contactId: null, trigger: 'MANUAL', triggerKey: null, assigneeId, teamId, dueAt: completedAt, createdById: null, note: null, triggeredAt: completedAt }),
      status: 'DONE',
      reachedAt: completedAt,
      completedAt,
      satisfaction: 'SATISFIED',
      score: 5,
    });

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00'));
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert([
      { id: teamId, version: 1, createdAt: now, updatedAt: now, name: '大客户组' },
      { id: otherTeamId, version: 1, createdAt: now, updatedAt: now, name: '普通客户组' },
    ]);
    [agent, teammate, otherAgent, leader, manager, qa] = await Promise.all([
      t.staffWithToken('AGENT', { teamId }),
      t.staffWithToken('AGENT', { teamId }),
      t.staffWithToken('AGENT', { teamId: otherTeamId }),
      t.staffWithToken('SHIFT_LEADER', { teamId }),
      t.staffWithToken('DEPT_MANAGER'),
      t.staffWithToken('QA_INSPECTOR'),
    ]);
    keys = [];
    for (const name of ['上海宏达机械有限公司', '杭州明远物流有限公司', '苏州华盛精密制造厂']) keys.push((await makeCustomer(t.dataSource, { name, tier: 'A', ownerId: agent.staff.id, phone: '13912345678' })).id);
    otherKey = (await makeCustomer(t.dataSource, { name: '南京金陵食品有限公司', tier: 'A', ownerId: otherAgent.staff.id })).id;
    await makeCustomer(t.dataSource, { name: '个人客户王女士', tier: 'B', ownerId: agent.staff.id });
    await done(keys[0], agent.staff.id, shanghai('2026-12-01', '00:00')); // the period's first instant counts
    await done(keys[1], agent.staff.id, shanghai('2026-11-30', '23:59')); // the month before does not
  });
  afterAll(() => t.close());

  const coverage = async (token: string, variables: Record<string, unknown> = {}) => t.gql(COVERAGE, { period: '2026-12', ...variables }, token);

  it('shows a leader their team’s key customers: who was followed up this month, the gaps and the share', async () => {
    const result = await coverage(leader.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.followUpCoverage).toMatchObject({ period: '2026-12', periodStart: '2026-12-01', periodEnd: '2026-12-31', total: 3, covered: 1, percent: 33.3, gapCount: 2 });
    expect(result.data?.followUpCoverage.gaps.map((g: { customer: { id: string } }) => g.customer.id)).toEqual([keys[1], keys[2]]);
  });

  it('shows the managers the whole department or any team, by month or quarter', async () => {
    expect((await coverage(manager.token)).data?.followUpCoverage).toMatchObject({ total: 4, covered: 1, percent: 25, gapCount: 3 });
    expect((await coverage(manager.token, { teamId: otherTeamId })).data?.followUpCoverage).toMatchObject({ total: 1, covered: 0, percent: 0 });
    expect((await coverage(manager.token, { period: '2026-Q4' })).data?.followUpCoverage).toMatchObject({ periodStart: '2026-10-01', total: 4, covered: 2, percent: 50 });
    const second = await coverage(manager.token, { page: { offset: 1, limit: 1 } });
    expect(second.data?.followUpCoverage.gaps.map((g: { customer: { id: string } }) => g.customer.id)).toEqual([keys[2]]);
  });

  it('refuses agents, QA, other teams for a leader, a bad period or page', async () => {
    expect((await coverage(agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await coverage(qa.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await coverage(leader.token, { teamId: otherTeamId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const period of ['2026-13', '十二月', '2026-Q5']) {
      expect((await coverage(manager.token, { period })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'period', code: 'invalidPeriod' }] });
    }
    expect((await coverage(manager.token, { page: { after: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'page', code: 'invalidCursor' }] });
  });

  it('answers bad assignments with the documented codes and writes nothing', async () => {
    const before = await t.dataSource.getRepository(FollowUp).count();
    const assign = (input: Record<string, unknown>, token = leader.token) => t.gql(ASSIGN, { input: { period: '2026-12', ...input } }, token);
    const fields = async (input: Record<string, unknown>) => (await assign(input)).errors?.[0].extensions.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`);
    expect(await fields({ assigneeIds: [agent.staff.id] })).toEqual(['customerIds:required']);
    expect(await fields({ all: true, customerIds: [keys[1]], assigneeIds: [] })).toEqual(['customerIds:allOrCustomerIds', 'assigneeIds:required']);
    expect(await fields({ customerIds: [keys[0], otherKey, keys[1]], assigneeIds: [otherAgent.staff.id, '01900000-0000-7000-8000-00000000dead'] })).toEqual([
      'assigneeIds.0:notInTeam',
      'assigneeIds.1:notFound',
      'customerIds.0:notACoverageGap',
      'customerIds.1:notACoverageGap',
    ]);
    expect(await fields({ customerIds: Array.from({ length: 1001 }, (_, i) => `id-${i}`), assigneeIds: [agent.staff.id] })).toEqual(['customerIds:tooMany']);
    expect(await fields({ period: '2026/12', all: true, assigneeIds: [agent.staff.id] })).toEqual(['period:invalidPeriod']);
    expect((await assign({ all: true, assigneeIds: [agent.staff.id] }, agent.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(FollowUp).count()).toBe(before);
  });

  it('assigns the gaps in bulk, evenly and once: again, or by the periodic job, creates nothing more', async () => {
    const one = await t.gql(ASSIGN, { input: { period: '2026-12', customerIds: [keys[1]], assigneeIds: [teammate.staff.id] } }, leader.token);
    expect(one.data?.assignFollowUpCoverageGaps).toEqual({ created: 1, alreadyPlanned: 0 });
    const all = await t.gql(ASSIGN, { input: { period: '2026-12', all: true, assigneeIds: [agent.staff.id, teammate.staff.id] } }, leader.token);
    expect(all.data?.assignFollowUpCoverageGaps).toEqual({ created: 1, alreadyPlanned: 1 });
    const created = await t.dataSource.getRepository(FollowUp).findBy({ trigger: 'PERIODIC_CARE' });
    expect(created.map((f) => [f.customerId, f.assigneeId, f.triggerKey, f.teamId, f.dueAt.toISOString()]).sort()).toEqual(
      [
        [keys[1], teammate.staff.id, `PERIODIC_CARE:${keys[1]}:2026-12`, teamId, shanghai('2026-12-12', '10:00').toISOString()],
        [keys[2], agent.staff.id, `PERIODIC_CARE:${keys[2]}:2026-12`, teamId, shanghai('2026-12-12', '10:00').toISOString()],
      ].sort(),
    );
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entity: 'followUp', action: 'CREATE', actorId: leader.staff.id });
    expect(audit.map((a) => a.entityId).sort()).toEqual(created.map((f) => f.id).sort());
    // The periodic job uses the same key: it finds the follow-up and creates none.
    const policy = followUpPolicy(defaultSettings());
    const jobId = await t.dataSource.transaction((tx) =>
      createTriggeredFollowUp(tx, { trigger: 'PERIODIC_CARE', sourceId: keys[1], customerId: keys[1], customerOwnerId: agent.staff.id, triggeredAt: t.clock.now(), period: '2026-12' }, policy),
    );
    expect(jobId).toBe(created.find((f) => f.customerId === keys[1])?.id);
    const after = await coverage(leader.token);
    expect(after.data?.followUpCoverage.gaps.map((g: { openFollowUp: { assignee: { id: string } } }) => g.openFollowUp.assignee.id)).toEqual([teammate.staff.id, agent.staff.id]);
  });

  it('creates each gap’s follow-up once when two leaders assign at the same moment (the other is told to try again)', async () => {
    const fresh: string[] = [];
    for (const name of ['无锡太湖纺织有限公司', '常州龙城电器有限公司']) fresh.push((await makeCustomer(t.dataSource, { name, tier: 'A', ownerId: teammate.staff.id })).id);
    const input = { period: '2026-12', all: true, assigneeIds: [agent.staff.id] };
    const results = await Promise.all([t.gql(ASSIGN, { input }, leader.token), t.gql(ASSIGN, { input }, manager.token)]);
    for (const result of results) {
      if (result.errors) expect(result.errors[0].extensions.code).toBe('CONFLICT');
      else expect(result.data?.assignFollowUpCoverageGaps.created + result.data?.assignFollowUpCoverageGaps.alreadyPlanned).toBeGreaterThanOrEqual(2);
    }
    expect(results.some((result) => !result.errors)).toBe(true);
    for (const customerId of fresh) expect(await t.dataSource.getRepository(FollowUp).countBy({ customerId, trigger: 'PERIODIC_CARE' })).toBe(1);
  });

  it('reads coverage in the same few statements whatever the number of gaps on the page (no N+1)', async () => {
    const statementsFor = async (limit: number) => {
      t.stats.length = 0;
      const result = await coverage(manager.token, { page: { limit } });
      expect(result.data?.followUpCoverage.gaps).toHaveLength(limit);
      return t.stats[0].statements;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(3)).toBe(one);
    // session, key customers, those followed up, the page's customers, their open follow-ups, the assignees
    expect(one).toBeLessThanOrEqual(6);
  });
});
