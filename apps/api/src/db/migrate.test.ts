import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { testNow } from '../test/test-clock';
import { createTestDatabase, testDialect } from '../test/test-database';
import { createDataSource, migrationsFor } from './data-source';
import { migrate } from './migrate';
import { seedDemoData } from './seed/seed-demo';

/** What main.ts does before it serves: migrate, then seed the demo data. */
async function startUp(dataSource: DataSource) {
  const applied = await migrate(dataSource);
  const { seeded } = await seedDemoData(dataSource, testNow());
  return { applied, seeded };
}

describe('processes starting together on an empty database', () => {
  it('migrate and seed it once, and every one of them starts', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase('sanxin_startup');
    const config = loadConfig(database.env);
    // Three API processes on MariaDB/MySQL; SQLite is one process, whose start-up may still run twice at once.
    const processes = testDialect === 'sqlite' ? 1 : 3;
    const dataSources = await Promise.all(Array.from({ length: processes }, () => createDataSource(config.database).initialize()));
    try {
      const starts = await Promise.all([...dataSources, ...dataSources].slice(0, 3).map(startUp));
      const migrations = migrationsFor(config.database).length;
      expect(starts.flatMap((start) => start.applied)).toHaveLength(migrations);
      expect(starts.filter((start) => start.seeded)).toHaveLength(1);

      const [db] = dataSources;
      const recorded = await db.query('SELECT name, COUNT(*) AS times FROM migrations GROUP BY name');
      expect(recorded).toHaveLength(migrations);
      expect(recorded.every((row: { times: number | string }) => Number(row.times) === 1)).toBe(true);
      const [{ admins }] = await db.query("SELECT COUNT(*) AS admins FROM staff WHERE username = 'admin'");
      expect(Number(admins)).toBe(1);
      expect(await db.query('SELECT name FROM job_lease')).toEqual([]);
    } finally {
      for (const dataSource of dataSources) await dataSource.destroy();
      await database.drop();
    }
  });
});
