import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isTransientConflict } from '../shared/db-errors';
import { contended } from '../shared/errors';

type AnyFunction = (...args: unknown[]) => Promise<unknown>;

const requestTransaction = new AsyncLocalStorage<QueryRunner>();

/**
 * Runs `work` with every statement of the data source going through `manager`'s transaction:
 * services' own `dataSource.transaction(…)` become savepoints inside it, and reads outside them
 * (checks, loaders, the fields of the answer) run on its connection, so they see its writes. The
 * idempotency keys use it to commit a mutation's writes and its answer together.
 */
export function withinRequestTransaction<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  if (!manager.queryRunner) throw new Error('withinRequestTransaction needs the manager of a transaction');
  return requestTransaction.run(manager.queryRunner, work);
}

/** Runs `work` on connections of its own, committing by itself, even within withinRequestTransaction (sign-in failure counts). */
export function outsideRequestTransaction<T>(work: () => Promise<T>): Promise<T> {
  return requestTransaction.exit(work);
}

/**
 * Installed once, where the data source is made, after the SQLite turns and the conflict retries.
 * Inside withinRequestTransaction a nested transaction gets no retry of its own: a deadlock has
 * aborted the whole request transaction, so it answers CONFLICT and the client retries the request.
 */
export function shareRequestTransaction(dataSource: DataSource): void {
  const manager = dataSource.manager as EntityManager & { transaction: AnyFunction };
  const transaction = manager.transaction.bind(manager);
  manager.transaction = async (...args: unknown[]) => {
    const runner = requestTransaction.getStore();
    if (!runner) return transaction(...args);
    try {
      return await (runner.manager.transaction as AnyFunction)(...args);
    } catch (error) {
      throw isTransientConflict(error) ? contended() : error;
    }
  };

  const driver = dataSource.driver as unknown as { createQueryRunner: (mode: string) => QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: string) => {
    const runner = requestTransaction.getStore();
    return runner ? borrowed(runner) : createQueryRunner(mode);
  };
}

/** The request transaction's runner for one statement: whoever took it may release it, which must not end the transaction. */
function borrowed(runner: QueryRunner): QueryRunner {
  const own: Record<PropertyKey, unknown> = { release: async () => undefined };
  return new Proxy(runner, {
    get: (target, property) => (property in own ? own[property] : Reflect.get(target, property, target)),
    // TypeORM gives each runner it makes a manager of its own: keep it off the shared runner.
    set: (target, property, value) => {
      if (property !== 'manager') return Reflect.set(target, property, value);
      own[property] = value;
      return true;
    },
  });
}
