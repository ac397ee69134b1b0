import { defaultSettings, followUpPolicy } from '@sanxin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTriggeredFollowUp } from './follow-up-triggers';

const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
/** The console's work queue (我的回访): the fields of one row of it. */
const QUEUE = `query($page: PageInput) { followUps(filter: { mine: true, status: [OPEN, IN_PROGRESS] }, page: $page) {
  items { id version status trigger dueAt overdue attemptCount nextAttemptAt callWindow { callable nextAt } customer { name phone } lastAttempt { outcome at note } }
} }`;
const ATTEMPT = `mutation($id: ID!, $version: Int!, $input: RecordFollowUpAttemptInput!) { recordFollowUpAttempt(id: $id, version: $version, input: $input) { id } }`;

/** The queue's statement budget: the same statements for 5 rows or 25, whatever each row holds. */
describe('the follow-up queue', () => {
  let t: TestApp;
  let agent: { staff: { id: string }; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(shanghai('2026-12-09', '10:00'));
    agent = await t.staffWithToken('AGENT');
    const policy = followUpPolicy(defaultSettings());
    for (let i = 0; i < 30; i += 1) {
      const customer = await makeCustomer(t.dataSource, { ownerId: agent.staff.id, tier: 'A', name: `宁波客户${i}` });
      const triggeredAt = new Date(t.clock.now().getTime() - (30 - i) * 3_600_000);
      const id = await t.dataSource.transaction((tx) => createTriggeredFollowUp(tx, { trigger: 'PERIODIC_CARE', sourceId: customer.id, period: '2026-12', customerId: customer.id, customerOwnerId: agent.staff.id, triggeredAt }, policy));
      if (i % 3 === 0) await t.gql(ATTEMPT, { id, version: 1, input: { outcome: 'NO_ANSWER', note: '无人接听' } }, agent.token);
    }
  });
  afterAll(() => t.close());

  const statements = async (limit: number) => {
    t.stats.length = 0;
    const result = await t.gql(QUEUE, { page: { limit } }, agent.token);
    expect(result.errors).toBeUndefined();
    return { rows: result.data?.followUps.items, count: t.stats[0].statements };
  };

  it('costs 6 statements for a page of 5 or of 25: session, page, customers, last attempts, settings and holidays', async () => {
    const five = await statements(5);
    const page = await statements(25);
    expect(page.rows).toHaveLength(25);
    expect(five.rows).toHaveLength(5);
    expect([five.count, page.count]).toEqual([6, 6]);
    // Due first; the rows called once show their last attempt, the others none.
    const due = page.rows.map((r: { dueAt: string }) => r.dueAt);
    expect(due).toEqual([...due].sort());
    expect(page.rows[0]).toMatchObject({ attemptCount: 1, lastAttempt: { outcome: 'NO_ANSWER', note: '无人接听' }, customer: { name: '宁波客户0' } });
    expect(page.rows[1]).toMatchObject({ attemptCount: 0, lastAttempt: null });
  });
});
