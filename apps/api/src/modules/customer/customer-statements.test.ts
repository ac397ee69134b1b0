import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const LIST = `query($limit: Int!) {
  customers(page: { limit: $limit }) {
    items { id name phone owner { id name team { name } } contacts { name phone customer { name } } }
  }
}`;

describe('customers list SQL statements', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const agents = await Promise.all([1, 2, 3].map(() => t.staffWithToken('AGENT')));
    token = agents[0].token;
    for (let i = 0; i < 100; i += 1) {
      await makeCustomer(t.dataSource, { ownerId: agents[i % 3].staff.id, contacts: [{ name: `联系人${i}甲` }, { name: `联系人${i}乙` }] });
    }
  });
  afterAll(() => t.close());

  async function statementsFor(limit: number): Promise<number> {
    t.stats.length = 0;
    const result = await t.gql(LIST, { limit }, token);
    expect(result.data?.customers.items).toHaveLength(limit);
    return t.stats[0].statements;
  }

  it('stays the same whether the page holds 10 or 100 customers with owners and contacts (no N+1)', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // session lookup, the page, owners, their teams, contacts; customers of contacts come from the same loader batch
    expect(ten).toBeLessThanOrEqual(6);
  });
});
