import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../modules/customer';
import { isSqlite } from '../shared/sql-date';
import { makeCustomer } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { countPage } from './page-total';

/** `total` on a large table (issue 15): an estimate unless asked, exact under the threshold (here 3 rows instead of 100,000). */
describe('a list total: counted, capped or estimated', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ token } = await t.staffWithToken('DEPT_MANAGER'));
    for (const tier of ['B', 'A', 'B', 'A', 'B', 'B'] as const) await makeCustomer(t.dataSource, { tier });
    if (!isSqlite(t.dataSource)) await t.dataSource.query('ANALYZE TABLE customer');
  });
  afterAll(() => t.close());

  const customers = () => t.dataSource.getRepository(Customer).createQueryBuilder('customer');

  it('counts exactly when asked, below the threshold, and on SQLite', async () => {
    expect(await countPage(customers(), true, 3)).toEqual({ total: 6, isEstimate: false });
    expect(await countPage(customers(), false, 1000)).toEqual({ total: 6, isEstimate: false });
    const r = await t.gql<{ customers: { total: number; totalIsEstimate: boolean } }>('{ customers(page: { exactTotal: true }) { total totalIsEstimate } }', {}, token);
    expect(r.data?.customers).toEqual({ total: 6, totalIsEstimate: false });
  });

  it('estimates an unfiltered large table from its statistics, and a filtered one past the cap; a filtered count under the cap is exact', async () => {
    const sqlite = isSqlite(t.dataSource);
    const unfiltered = await countPage(customers(), false, 3);
    expect(unfiltered.isEstimate).toBe(!sqlite);
    if (sqlite) expect(unfiltered.total).toBe(6);
    else expect(unfiltered.total).toBeGreaterThan(3);
    // Two of tier A: under the cap of 3, counted.
    expect(await countPage(customers().where("customer.tier = 'A'"), false, 3)).toEqual({ total: 2, isEstimate: false });
    // Four of tier B: past the cap, the planner's estimate, never below the cap.
    const filtered = await countPage(customers().where("customer.tier = 'B'"), false, 3);
    expect(filtered).toEqual(sqlite ? { total: 4, isEstimate: false } : { total: expect.any(Number), isEstimate: true });
    expect(filtered.total).toBeGreaterThanOrEqual(4);
  });
});
