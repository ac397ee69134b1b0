import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Team } from '../team';
import { followUpRecord } from './follow-up-triggers';
import { FollowUp } from './follow-up.entity';

const QUERY = `query($from: String!, $to: String!, $assigneeId: ID) { followUpSatisfaction(fromMonth: $from, toMonth: $to, assigneeId: $assigneeId) {
  month trigger satisfied average unsatisfied meanScore assignee { id } category { code }
} }`;

/** 满意度统计 per agent, trigger, complaint category and month, each viewer over what they may see. */
describe('follow-up satisfaction statistics', () => {
  let t: TestApp;
  type Person = { staff: { id: string }; token: string };
  let agent: Person;
  let colleague: Person;
  let outsider: Person;
  let leader: Person;
  let qa: Person;
  const teamId = '01900000-0000-7000-8000-0000000000b1';
  const otherTeamId = '01900000-0000-7000-8000-0000000000b2';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-12-20T02:00:00Z'));
    const now = t.clock.now();
    await t.dataSource.getRepository(Team).insert([
      { id: teamId, version: 1, createdAt: now, updatedAt: now, name: '回访统计一组' },
      { id: otherTeamId, version: 1, createdAt: now, updatedAt: now, name: '回访统计二组' },
    ]);
    [agent, colleague, outsider, leader, qa] = await Promise.all([
      t.staffWithToken('AGENT', { teamId }),
      t.staffWithToken('AGENT', { teamId }),
      t.staffWithToken('AGENT', { teamId: otherTeamId }),
      t.staffWithToken('SHIFT_LEADER', { teamId }),
      t.staffWithToken('QA_INSPECTOR'),
    ]);
    const customer = await makeCustomer(t.dataSource, { ownerId: agent.staff.id });
    const categoryOf = async (code: string): Promise<string> => (await t.dataSource.query('SELECT id FROM complaint_category WHERE code = ?', [code]))[0].id;
    const [price, quality] = await Promise.all([categoryOf('PRICE'), categoryOf('QUALITY')]);
    const done = (who: Person, team: string, trigger: FollowUp['trigger'], completedAt: string, satisfaction: FollowUp['satisfaction'], score: number, sourceCategoryId: string | null = null) =>
      Object.assign(followUpRecord({ customerId: customer.id, contactId: null, trigger, triggerKey: null, assigneeId: who.staff.id, teamId: team, dueAt: new Date(completedAt), createdById: null, note: null, triggeredAt: new Date(completedAt), sourceCategoryId }), {
        status: 'DONE' as const,
        completedAt: new Date(completedAt),
        satisfaction,
        score,
      });
    await t.dataSource.getRepository(FollowUp).insert([
      done(agent, teamId, 'COMPLAINT', '2026-11-10T02:00:00Z', 'SATISFIED', 5, price),
      done(agent, teamId, 'COMPLAINT', '2026-11-12T02:00:00Z', 'UNSATISFIED', 2, price),
      // 07:00 on 1 December in Shanghai: December's, though still November in UTC.
      done(agent, teamId, 'COMPLAINT', '2026-11-30T23:00:00Z', 'AVERAGE', 3, quality),
      done(agent, teamId, 'PERIODIC_CARE', '2026-12-02T02:00:00Z', 'SATISFIED', 4),
      done(colleague, teamId, 'PART_REPLACEMENT', '2026-12-03T02:00:00Z', 'SATISFIED', 5),
      done(outsider, otherTeamId, 'COMPLAINT', '2026-12-04T02:00:00Z', 'UNSATISFIED', 1),
      // Outside the months asked for.
      done(agent, teamId, 'COMPLAINT', '2026-10-31T15:59:00Z', 'SATISFIED', 5),
    ]);
  });
  afterAll(() => t.close());

  const rows = async (person: Person, variables: Record<string, unknown> = {}) => {
    t.stats.length = 0;
    const result = await t.gql(QUERY, { from: '2026-11', to: '2026-12', ...variables }, person.token);
    return { result, rows: result.data?.followUpSatisfaction as Array<Record<string, unknown>>, statements: t.stats[0]?.statements };
  };

  it('counts an agent’s own answers per month, trigger and complaint category, in business-time months, in a constant 4 statements', async () => {
    const { rows: mine, statements } = await rows(agent);
    expect(mine).toEqual([
      { month: '2026-11', trigger: 'COMPLAINT', satisfied: 1, average: 0, unsatisfied: 1, meanScore: 3.5, assignee: { id: agent.staff.id }, category: { code: 'PRICE' } },
      { month: '2026-12', trigger: 'COMPLAINT', satisfied: 0, average: 1, unsatisfied: 0, meanScore: 3, assignee: { id: agent.staff.id }, category: { code: 'QUALITY' } },
      { month: '2026-12', trigger: 'PERIODIC_CARE', satisfied: 1, average: 0, unsatisfied: 0, meanScore: 4, assignee: { id: agent.staff.id }, category: null },
    ]);
    // session, the grouped counts, the agents (one batch), the categories (one batch)
    expect(statements).toBe(4);
    expect((await rows(agent, { assigneeId: colleague.staff.id })).rows).toEqual([]);
  });

  it('gives a leader the team’s, QA everyone’s', async () => {
    const team = (await rows(leader)).rows;
    expect(new Set(team.map((r) => (r.assignee as { id: string }).id))).toEqual(new Set([agent.staff.id, colleague.staff.id]));
    const all = await rows(qa);
    expect(all.rows).toHaveLength(5);
    expect(all.statements).toBe(4);
  });

  it('answers bad months with BAD_USER_INPUT', async () => {
    const bad = await rows(agent, { from: '2026-13', to: '2026-11' });
    expect(bad.result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'fromMonth', code: 'invalidMonth' }] });
    expect((await rows(agent, { from: '2026-12', to: '2026-11' })).result.errors?.[0].extensions.fields).toMatchObject([{ path: 'toMonth', code: 'endsBeforeStart' }]);
    expect((await rows(agent, { from: '2024-01', to: '2026-12' })).result.errors?.[0].extensions.fields).toMatchObject([{ path: 'toMonth', code: 'outOfRange' }]);
  });
});
