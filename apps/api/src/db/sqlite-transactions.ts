import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

type AnyFunction = (...args: unknown[]) => Promise<unknown>;

/**
 * better-sqlite3 gives TypeORM one connection for the whole process. Left alone, two requests'
 * transactions interleave on it: the second BEGIN becomes a savepoint inside the first, and one
 * request's rollback or commit takes the other's writes with it. So on SQLite the process takes
 * turns: a transaction runs alone, and a statement from outside any transaction waits for its own
 * turn (better-sqlite3 runs each statement synchronously, so a turn costs a few microtasks).
 * Transactions begin IMMEDIATE, so another process on the same file (the `db:seed` CLI) waits for
 * the write lock (busy_timeout) instead of failing half-way. MySQL/MariaDB need none of this: each
 * transaction has a pooled connection of its own.
 */
export function serializeSqliteTransactions(dataSource: DataSource): void {
  const inTurn = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();

  const takeTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(() => inTurn.run(true, work));
    queue = turn.catch(() => undefined);
    return turn;
  };
  const serialized = (original: AnyFunction): AnyFunction => (...args) => (inTurn.getStore() ? original(...args) : takeTurn(() => original(...args)));

  const manager = dataSource.manager as EntityManager & { transaction: AnyFunction };
  manager.transaction = serialized(manager.transaction.bind(manager));

  const driver = dataSource.driver as unknown as { createQueryRunner: (mode: string) => QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const patched = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode: string) => {
    const runner = createQueryRunner(mode);
    if (patched.has(runner)) return runner;
    patched.add(runner);
    const query = runner.query.bind(runner) as AnyFunction;
    const immediate: AnyFunction = (sql, ...rest) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
    (runner as unknown as { query: AnyFunction }).query = serialized(immediate);
    return runner;
  };
}
