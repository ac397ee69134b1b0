import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer } from '../../test/factories';
import { newId } from '../../shared/ids';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { Customer } from '../customer/customer.entity';
import { Contract } from './contract.entity';
import { testNow } from '../../test/test-clock';

const LIST = `query($limit: Int!) {
  contracts(page: { limit: $limit }, filter: { status: [ACTIVE, EXPIRING, EXPIRED, DRAFT] }) {
    items { id number status daysToEnd amount amountHidden availableActions customer { name owner { name } } owner { name } }
  }
}`;

describe('contracts list SQL statements', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const agents = await Promise.all([1, 2, 3].map(() => t.staffWithToken('AGENT')));
    token = agents[0].token;
    const customers: Customer[] = [];
    for (let i = 0; i < 20; i += 1) customers.push(await makeCustomer(t.dataSource, { ownerId: agents[i % 3].staff.id }));
    const now = testNow();
    await t.dataSource.getRepository(Contract).insert(
      Array.from({ length: 100 }, (_, i) =>
        Object.assign(new Contract(), {
          id: newId(),
          version: 1,
          createdAt: now,
          updatedAt: now,
          number: `STMT-${i}`,
          title: '设备维保服务合同',
          customerId: customers[i % customers.length].id,
          scope: null,
          startDate: '2026-01-01',
          endDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-28`,
          warrantyEndDate: null,
          amount: `${1000 + i}.00`,
          confidential: false,
          confidentialityText: null,
          storedStatus: i % 4 === 0 ? 'DRAFT' : 'ACTIVE',
          // Every page, 10 rows or 100, holds contracts of all three agents, so both pages batch the same loads.
          ownerId: agents[Math.floor(i / 12) % 3].staff.id,
          terminationReason: null,
          renewedFromId: null,
          renewedToId: null,
          archivedAt: null,
        }),
      ),
    );
  });
  afterAll(() => t.close());

  async function statementsFor(limit: number): Promise<number> {
    t.stats.length = 0;
    const result = await t.gql(LIST, { limit }, token);
    expect(result.data?.contracts.items).toHaveLength(limit);
    return t.stats[0].statements;
  }

  it('stays the same for 10 and 100 contracts with customer, owner, status and amount (no N+1)', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // session, settings (filter), page, settings (fields), customers, staff
    expect(ten).toBeLessThanOrEqual(7);
  });
});
