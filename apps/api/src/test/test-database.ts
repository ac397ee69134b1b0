import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** The MariaDB/MySQL server tests use; each test file gets its own database on it. */

export function serverUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

export async function createTestDatabase(prefix = 'sanxin_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const connection = await createConnection(serverUrl());
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const [[{ version }]] = (await connection.query('SELECT VERSION() AS version')) as unknown as [[{ version: string }]];
  await connection.end();
  const scheme = version.includes('MariaDB') ? 'mariadb:' : 'mysql:';
  return {
    url: `${serverUrl().replace(/^\w+:/, scheme)}/${name}`,
    drop: async () => {
      const c = await createConnection(serverUrl());
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
