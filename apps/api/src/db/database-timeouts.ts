import type { DataSource } from 'typeorm';
import { isSqlite } from '../shared/sql-date';

/** The part of a mysql2 pool connection this file uses. */
interface PoolConnection {
  query(sql: string, callback: (error: unknown) => void): unknown;
  release(): void;
  destroy(): void;
}

interface MysqlDriverInternals {
  options: { type: string; enableQueryTimeout?: boolean; maxQueryExecutionTime?: number };
  obtainMasterConnection(): Promise<PoolConnection>;
  createQueryRunner(mode: string): { query: (...args: unknown[]) => Promise<unknown>; databaseConnection?: PoolConnection };
}

const limited = new WeakSet<PoolConnection>();
/** As `maxQueryExecutionTime` in data-source.ts. */
const SLOW_MS = 1_000;

/**
 * A database that hangs (a frozen server, a lost network, a lock held forever) must not hang the
 * requests waiting on it: each statement and each wait for a pooled connection gives up after
 * `timeoutMs`, and the client gets SERVICE_UNAVAILABLE (shared/db-errors). Three limits, MySQL/MariaDB only
 * (SQLite waits on locks for its busy_timeout and cannot hang otherwise):
 * - the server stops a statement that runs longer (MariaDB `max_statement_time`, MySQL
 *   `max_execution_time`, which covers SELECTs only), so a slow query frees its locks;
 * - the client stops waiting a little later (mysql2's query timeout), for a server that does not
 *   answer at all, and throws that connection away: its answer, if one ever comes, belongs to nobody;
 * - a request waiting for a free connection of the pool gives up too.
 * Installed after migrations and demo seeding, which may legitimately take longer.
 */
export function limitDatabaseWaits(dataSource: DataSource, timeoutMs: number): void {
  if (isSqlite(dataSource)) return;
  const driver = dataSource.driver as unknown as MysqlDriverInternals;
  const sessionLimit =
    driver.options.type === 'mariadb' ? `SET SESSION max_statement_time = ${timeoutMs / 1000}` : `SET SESSION max_execution_time = ${Math.round(timeoutMs)}`;
  const clientTimeoutMs = timeoutMs + 2_000;
  driver.options.enableQueryTimeout = true;
  driver.options.maxQueryExecutionTime = clientTimeoutMs;

  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () =>
    new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(Object.assign(new Error(`No database connection within ${timeoutMs} ms`), { code: 'POOL_ACQUIRE_TIMEOUT' }));
      }, timeoutMs);
      obtain().then(
        (connection) => {
          clearTimeout(timer);
          if (gaveUp) return connection.release();
          if (!limited.has(connection)) {
            limited.add(connection);
            // Queued before the caller's first statement on this connection; a failure shows there.
            connection.query(sessionLimit, () => undefined);
          }
          resolve(connection);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });

  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: string) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner);
    runner.query = async (...args: unknown[]) => {
      const started = Date.now();
      try {
        const result = await query(...args);
        // TypeORM now reports only statements past the client timeout as slow: keep the 1 s report.
        const ms = Date.now() - started;
        if (ms > SLOW_MS && ms <= clientTimeoutMs) dataSource.logger.logQuerySlow(ms, String(args[0]), undefined);
        return result;
      } catch (error) {
        if (isClientTimeout(error)) runner.databaseConnection?.destroy();
        throw error;
      }
    };
    return runner;
  };
}

function isClientTimeout(error: unknown): boolean {
  const { driverError } = error as { driverError?: { code?: string } };
  return driverError?.code === 'PROTOCOL_SEQUENCE_TIMEOUT';
}
