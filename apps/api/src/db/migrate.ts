import type { DataSource } from 'typeorm';
import { ensureLeaseTable, waitForLease } from './lease';

/**
 * The lease that migrations and the demo seed run under: any number of API processes may start
 * together on an empty database; one migrates (and seeds) while the others wait, then each finds
 * the work done. A process that dies holding it gives it up within SETUP_LEASE.ttlMs.
 */
export const SETUP_LEASE = { name: 'database-setup', ttlMs: 60_000, pollMs: 500 };

/** Runs `work` while no other process migrates or seeds this database. */
export function underSetupLease<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const onWait = (holder: string | null) => console.log(`Waiting for ${holder ?? 'another process'} to finish setting up the database…`);
  return waitForLease(dataSource, SETUP_LEASE.name, { ...SETUP_LEASE, onWait }, work);
}

/** Applies pending migrations; returns their names (empty when the schema is current or another process just applied them). */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  await ensureLeaseTable(dataSource);
  return underSetupLease(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}
