import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/**
 * The database the API suite runs on: MariaDB/MySQL (`TEST_DATABASE_URL`, default
 * mysql://root@127.0.0.1:3306) or, with `TEST_DB=sqlite`, the embedded SQLite of `npm start`.
 * Each test file gets a database of its own.
 */
export const testDialect: 'mysql' | 'sqlite' = process.env.TEST_DB === 'sqlite' ? 'sqlite' : 'mysql';

export function serverUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

export interface TestDatabase {
  /** The environment that points the app at it (`DATABASE_URL` or `SQLITE_PATH`). */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

export async function createTestDatabase(prefix = 'sanxin_test'): Promise<TestDatabase> {
  return testDialect === 'sqlite' ? createSqliteDatabase() : createMysqlDatabase(prefix);
}

function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'sanxin-test-'));
  return { env: { SQLITE_PATH: join(dir, 'test.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function createMysqlDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const connection = await createConnection(serverUrl());
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const [[{ version }]] = (await connection.query('SELECT VERSION() AS version')) as unknown as [[{ version: string }]];
  await connection.end();
  const scheme = version.includes('MariaDB') ? 'mariadb:' : 'mysql:';
  return {
    env: { DATABASE_URL: `${serverUrl().replace(/^\w+:/, scheme)}/${name}` },
    drop: async () => {
      const c = await createConnection(serverUrl());
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
