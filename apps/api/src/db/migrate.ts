import type { DataSource } from 'typeorm';

/** Applies pending migrations; returns their names (empty when the schema is current). */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
