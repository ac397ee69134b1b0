import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMysqlDatabase } from '../test/test-database';
import { createDataSource, type DatabaseConfig } from './data-source';
import { migrate } from './migrate';

/** After all migrations, TypeORM must find nothing to change: entities and migrations agree. */
async function pendingSchemaChanges(database: DatabaseConfig): Promise<string[]> {
  const dataSource = await createDataSource(database).initialize();
  try {
    expect((await migrate(dataSource)).length).toBeGreaterThan(0);
    expect(await migrate(dataSource)).toEqual([]);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations', () => {
  it('agree with the entities on MariaDB/MySQL, with utf8mb4 tables', async () => {
    const database = await createMysqlDatabase('sanxin_migrations');
    const url = database.env.DATABASE_URL;
    try {
      expect(await pendingSchemaChanges({ type: 'mysql', url })).toEqual([]);
      const dataSource = await createDataSource({ type: 'mysql', url }).initialize();
      const tables = await dataSource.query(
        'SELECT TABLE_NAME AS name, TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> ?',
        ['migrations'],
      );
      await dataSource.destroy();
      expect(tables.length).toBeGreaterThan(5);
      for (const table of tables) expect(table.collation, table.name).toMatch(/^utf8mb4_/);
    } finally {
      await database.drop();
    }
  });

  it('agree with the entities on SQLite', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sanxin-')), 'test.sqlite');
    expect(await pendingSchemaChanges({ type: 'sqlite', path })).toEqual([]);
  });
});
