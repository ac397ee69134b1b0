import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { sqlDate } from '../shared/sql-date';
import { createTestDatabase, type TestDatabase, testDialect } from '../test/test-database';
import { createDataSource } from './data-source';
import { leaseHolder, releaseLease, renewLease, takeLease, withLease } from './lease';
import { migrate } from './migrate';

describe('job_lease', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  /** Another API process on the same database (on SQLite, one process: the same data source). */
  let other: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig(database.env);
    dataSource = await createDataSource(config.database).initialize();
    await migrate(dataSource);
    other = testDialect === 'sqlite' ? dataSource : await createDataSource(config.database).initialize();
  });
  afterAll(async () => {
    if (other !== dataSource) await other.destroy();
    await dataSource.destroy();
    await database.drop();
  });

  it('goes to exactly one of several processes taking it at the same moment', async () => {
    for (let round = 0; round < 10; round += 1) {
      const name = `race-${round}`;
      const taken = (await Promise.all([dataSource, other, dataSource, other].map((db) => takeLease(db, name, 60_000)))).filter((lease) => lease !== null);
      expect(taken).toHaveLength(1);
      expect(await leaseHolder(dataSource, name)).toBe(taken[0]?.holder);
    }
  });

  it('is refused while held, taken over once expired (a holder that died), and then lost to the late holder', async () => {
    const first = await takeLease(dataSource, 'sweep', 60_000);
    expect(first).not.toBeNull();
    expect(await takeLease(other, 'sweep', 60_000)).toBeNull();
    expect(await renewLease(dataSource, first!, 60_000)).toBe(true);

    await dataSource.query("UPDATE job_lease SET expires_at = ? WHERE name = 'sweep'", [sqlDate(dataSource, new Date(Date.now() - 1000))]);
    const second = await takeLease(other, 'sweep', 60_000);
    expect(second).not.toBeNull();
    expect(await renewLease(dataSource, first!, 60_000)).toBe(false);
    await releaseLease(dataSource, first!);
    expect(await leaseHolder(dataSource, 'sweep')).toBe(second?.holder);

    await releaseLease(other, second!);
    expect(await leaseHolder(dataSource, 'sweep')).toBeNull();
    expect(await takeLease(dataSource, 'sweep', 60_000)).not.toBeNull();
  });

  it('runs work while holding it, skips it while someone else does, and releases it after, even when the work fails', async () => {
    const held = await withLease(dataSource, 'work', { ttlMs: 60_000 }, async () => {
      expect(await withLease(other, 'work', { ttlMs: 60_000 }, async () => 'twice')).toEqual({ ran: false });
      return 'once';
    });
    expect(held).toEqual({ ran: true, value: 'once' });
    await expect(withLease(dataSource, 'work', { ttlMs: 60_000 }, () => Promise.reject(new Error('sweep failed')))).rejects.toThrow('sweep failed');
    expect(await leaseHolder(dataSource, 'work')).toBeNull();
  });
});
