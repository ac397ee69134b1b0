import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const LIST = `query($limit: Int!) {
  complaints(page: { limit: $limit }) {
    items {
      id status dueAt slaState remainingBusinessMinutes escalationLevel availableActions
      customer { name } category { nameZh } owner { name } timeline { step actor { name } } tasks { department } currentProposal { amount } escalations { level }
    }
  }
}`;

describe('complaints list SQL statements', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    const agents = await Promise.all([1, 2, 3].map(() => t.staffWithToken('AGENT')));
    token = agents[0].token;
    const customers = await Promise.all([1, 2, 3, 4].map(() => makeCustomer(t.dataSource)));
    const categories: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM complaint_category');
    for (let i = 0; i < 100; i += 1) {
      const input = { customerId: customers[i % 4].id, categoryId: categories[i % categories.length].id, channel: 'PHONE', severity: 'MEDIUM', emotion: 'CALM', description: `第${i}号投诉`, customerRequest: '尽快处理' };
      const result = await t.gql('mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }', { i: input }, agents[i % 3].token);
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  async function statementsFor(limit: number): Promise<number> {
    t.stats.length = 0;
    const result = await t.gql(LIST, { limit }, token);
    expect(result.data?.complaints.items).toHaveLength(limit);
    return t.stats[0].statements;
  }

  it('stays the same for 10 or 100 complaints with customer, category, owner, timeline, tasks and time limits (no N+1)', async () => {
    const ten = await statementsFor(10);
    expect(await statementsFor(100)).toBe(ten);
    // session, page, settings + holidays (once), customers, categories, staff, timelines, tasks, proposals, escalations
    expect(ten).toBeLessThanOrEqual(12);
  });
});
