import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { formatError } from '../graphql/format-error';
import { Customer } from '../modules/customer/customer.entity';
import { updateVersioned } from '../shared/versioned-update';
import { makeCustomer } from '../test/factories';
import { untilBlockedBy } from '../test/lock-waits';
import { startTestApp, type TestApp } from '../test/test-app';
import { testDialect } from '../test/test-database';

const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, version: $v, input: $i) { version tags } }';

// Retries are for MySQL/MariaDB, where transactions run side by side; SQLite's take turns and never deadlock.
describe.skipIf(testDialect === 'sqlite')('transactions aborted by a concurrent writer (1213/1205)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = (await t.staffWithToken('DEPT_MANAGER')).token;
    await t.dataSource.query('CREATE TABLE deadlock_ballast (id INT PRIMARY KEY)');
  });
  afterAll(() => t.close());

  /**
   * A real InnoDB deadlock with the request as its victim: another transaction, made heavier so
   * that InnoDB rolls the request back rather than it, locks the customer's tag rows, waits until
   * the request has updated the customer row and waits for those tags, then asks for the customer row.
   */
  async function deadlockAnUpdate(other: (runner: QueryRunner, customerId: string) => Promise<void>) {
    const customer = await makeCustomer(t.dataSource, { tags: ['老客户'] });
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`INSERT INTO deadlock_ballast (id) VALUES ${Array.from({ length: 200 }, () => '(?)').join(', ')}`, Array.from({ length: 200 }, (_, i) => i));
      await runner.query('SELECT tag FROM customer_tag WHERE customer_id = ? FOR UPDATE', [customer.id]);
      const request = t.gql(UPDATE, { id: customer.id, v: 1, i: { tags: ['重点客户'] } }, token);
      await untilBlockedBy(runner, t.dataSource);
      // Closes the cycle: InnoDB aborts the lighter transaction, the request's, and this statement goes on.
      await runner.query("UPDATE customer SET notes = '另一位同事的修改' WHERE id = ?", [customer.id]);
      await other(runner, customer.id);
      const response = await request;
      return { customer, response, statements: t.stats.at(-1)?.statements ?? 0 };
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.query('DELETE FROM deadlock_ballast');
      await runner.release();
    }
  }

  it('runs the whole transaction again and succeeds when the other writer changed nothing of it', async () => {
    const undisturbed = await makeCustomer(t.dataSource, { tags: ['老客户'] });
    expect((await t.gql(UPDATE, { id: undisturbed.id, v: 1, i: { tags: ['重点客户'] } }, token)).errors).toBeUndefined();
    const oneAttempt = t.stats.at(-1)?.statements ?? 0;

    const { customer, response, statements } = await deadlockAnUpdate((runner) => runner.rollbackTransaction());
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateCustomer).toEqual({ version: 2, tags: ['重点客户'] });
    // The aborted attempt's statements, then the whole transaction again.
    expect(statements).toBeGreaterThan(oneAttempt);
    const audit = await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ? AND field = 'tags'", [customer.id]);
    expect(Number(audit[0].n)).toBe(1);
  });

  it('answers CONFLICT with the current version when the other writer committed a change to the record', async () => {
    const { customer, response } = await deadlockAnUpdate(async (runner, id) => {
      await runner.query('UPDATE customer SET version = version + 1 WHERE id = ?', [id]);
      await runner.commitTransaction();
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const tags = await t.dataSource.query('SELECT tag FROM customer_tag WHERE customer_id = ?', [customer.id]);
    expect(tags).toEqual([{ tag: '老客户' }]);
  });

  it('gives up after a bounded number of attempts with CONFLICT and the current version, writing nothing', async () => {
    const customer = await makeCustomer(t.dataSource);
    let attempts = 0;
    const transaction = t.dataSource.transaction(async (manager) => {
      attempts += 1;
      await updateVersioned(manager, Customer, 'Customer', customer.id, 1, { notes: '每次都被打断' }, new Date());
      // A 1213 on every attempt, as from a record that is never free of concurrent writers.
      await manager.query("SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction'");
    });
    await expect(transaction).rejects.toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
    expect(attempts).toBe(5);
    expect(await t.dataSource.getRepository(Customer).findOneByOrFail({ id: customer.id })).toMatchObject({ version: 1, notes: null });
  });

  it('answers CONFLICT, not INTERNAL_SERVER_ERROR, for a conflict outside any transaction', async () => {
    const aborted = await t.dataSource.query("SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found'").catch((error) => error);
    expect(formatError({ message: aborted.message }, aborted).extensions?.code).toBe('CONFLICT');
  });
});
