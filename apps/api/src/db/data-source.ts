import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { Config } from '../config';
import { modules } from '../modules';
import { entitiesOf } from '../shared/api-module';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';
import { CountingLogger } from './sql-counter';
import { serializeSqliteTransactions } from './sqlite-transactions';
import { shareRequestTransaction } from './request-transaction';
import { retryTransactionsOnConflict } from './transaction-retry';

export type DatabaseConfig = Config['database'];

export function migrationsFor(database: DatabaseConfig): Array<new () => MigrationInterface> {
  return database.type === 'mysql' ? mysqlMigrations : sqliteMigrations;
}

/**
 * Part of the composition root: the entities are those of every module in `modules/index.ts`.
 * Schema changes happen through migrations only: `synchronize` stays off in every mode.
 */
export function createDataSource(database: DatabaseConfig, options: { withMigrations?: boolean } = {}): DataSource {
  const common = {
    entities: entitiesOf(modules),
    migrations: options.withMigrations === false ? [] : migrationsFor(database),
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: new CountingLogger(),
    logging: true,
    maxQueryExecutionTime: 1000,
  };
  if (database.type === 'mysql') {
    const dataSource = new DataSource({
      ...common,
      // MariaDB reports column defaults differently; TypeORM compares schemas right only when told.
      type: database.url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: database.url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      extra: { connectionLimit: 10 },
    });
    retryTransactionsOnConflict(dataSource);
    shareRequestTransaction(dataSource);
    return dataSource;
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  const dataSource = new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
  });
  serializeSqliteTransactions(dataSource);
  shareRequestTransaction(dataSource);
  return dataSource;
}
