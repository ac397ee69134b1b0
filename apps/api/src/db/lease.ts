import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { isTransientConflict } from '../shared/db-errors';
import { isSqlite } from '../shared/sql-date';

/**
 * `job_lease`: named leases, one row each (name, holder, expires_at), for work that one API process
 * at a time should do: migrations and the demo seed, the escalation sweep. A lease is taken by a
 * conditional UPDATE of an expired row or an INSERT of a missing one, and it is held while the
 * holder renews it. Being ordinary rows of this database, leases hold where GET_LOCK does not:
 * across the nodes of a Galera cluster (two nodes taking the same row at once: one commit loses
 * certification) and per database (two Sanxin databases on one server never wait for each other).
 * Expiry uses the database's clock, so the API processes' clocks need not agree.
 *
 * The table guards the migrations, so like TypeORM's own `migrations` table it is made before them
 * (ensureLeaseTable), outside the migration history.
 */
export interface Lease {
  name: string;
  holder: string;
}

export async function ensureLeaseTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    isSqlite(dataSource)
      ? 'CREATE TABLE IF NOT EXISTS job_lease (name varchar(100) PRIMARY KEY NOT NULL, holder varchar(200) NOT NULL, expires_at datetime NOT NULL)'
      : `CREATE TABLE IF NOT EXISTS job_lease (name varchar(100) NOT NULL PRIMARY KEY, holder varchar(200) NOT NULL, expires_at datetime(3) NOT NULL)
         ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  );
}

/** The lease, if nobody else holds it now; null otherwise (including when another node took it at the same moment). */
export async function takeLease(dataSource: DataSource, name: string, ttlMs: number): Promise<Lease | null> {
  const lease = { name, holder: `${hostname()}:${process.pid}:${randomUUID()}` };
  const time = dbTime(dataSource);
  try {
    const takenOver = await execute(dataSource, `UPDATE job_lease SET holder = ?, expires_at = ${time.inMs} WHERE name = ? AND expires_at <= ${time.now}`, [
      lease.holder,
      ...time.param(ttlMs),
      name,
    ]);
    if (takenOver === 1) return lease;
    const inserted = await execute(dataSource, `${time.insertIgnore} INTO job_lease (name, holder, expires_at) VALUES (?, ?, ${time.inMs})`, [
      name,
      lease.holder,
      ...time.param(ttlMs),
    ]);
    return inserted === 1 ? lease : null;
  } catch (error) {
    if (isTransientConflict(error)) return null;
    throw error;
  }
}

/** Extends a held lease; false when it was lost (it expired and someone else took it). */
export async function renewLease(dataSource: DataSource, lease: Lease, ttlMs: number): Promise<boolean> {
  const time = dbTime(dataSource);
  const renewed = await execute(dataSource, `UPDATE job_lease SET expires_at = ${time.inMs} WHERE name = ? AND holder = ?`, [...time.param(ttlMs), lease.name, lease.holder]);
  return renewed === 1;
}

export async function releaseLease(dataSource: DataSource, lease: Lease): Promise<void> {
  await execute(dataSource, 'DELETE FROM job_lease WHERE name = ? AND holder = ?', [lease.name, lease.holder]);
}

export async function leaseHolder(dataSource: DataSource, name: string): Promise<string | null> {
  const rows: Array<{ holder: string }> = await dataSource.query('SELECT holder FROM job_lease WHERE name = ?', [name]);
  return rows[0]?.holder ?? null;
}

export interface LeaseOptions {
  ttlMs: number;
}

/**
 * Runs `work` while holding the lease, renewing it every third of its lifetime, and releases it
 * after; `{ ran: false }` without running when someone else holds it.
 */
export async function withLease<T>(dataSource: DataSource, name: string, options: LeaseOptions, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const lease = await takeLease(dataSource, name, options.ttlMs);
  if (!lease) return { ran: false };
  return { ran: true, value: await holding(dataSource, lease, options, work) };
}

/** Waits for the lease (polling with jitter; a crashed holder's lease expires), then runs `work` holding it. */
export async function waitForLease<T>(
  dataSource: DataSource,
  name: string,
  options: LeaseOptions & { pollMs: number; onWait?: (holder: string | null) => void },
  work: () => Promise<T>,
): Promise<T> {
  for (let polls = 0; ; polls += 1) {
    const lease = await takeLease(dataSource, name, options.ttlMs);
    if (lease) return holding(dataSource, lease, options, work);
    if (polls % 20 === 0) options.onWait?.(await leaseHolder(dataSource, name));
    await new Promise((resolve) => setTimeout(resolve, options.pollMs * (0.5 + Math.random())));
  }
}

async function holding<T>(dataSource: DataSource, lease: Lease, { ttlMs }: LeaseOptions, work: () => Promise<T>): Promise<T> {
  const heartbeat = setInterval(() => {
    renewLease(dataSource, lease, ttlMs).then(
      (held) => held || console.warn(`[lease] ${lease.name}: lost to another holder while working`),
      (error) => console.warn(`[lease] ${lease.name}: could not renew: ${error instanceof Error ? error.message : error}`),
    );
  }, ttlMs / 3);
  heartbeat.unref();
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    await releaseLease(dataSource, lease).catch((error) => console.warn(`[lease] ${lease.name}: not released (it expires by itself): ${error instanceof Error ? error.message : error}`));
  }
}

/** The database's clock in each dialect: `now`, and `inMs` (now plus a bound number of milliseconds). */
function dbTime(dataSource: DataSource): { now: string; inMs: string; param(ms: number): unknown[]; insertIgnore: string } {
  if (isSqlite(dataSource)) {
    return {
      now: "strftime('%Y-%m-%d %H:%M:%f', 'now')",
      inMs: "strftime('%Y-%m-%d %H:%M:%f', 'now', ?)",
      param: (ms) => [`+${(ms / 1000).toFixed(3)} seconds`],
      insertIgnore: 'INSERT OR IGNORE',
    };
  }
  return { now: 'UTC_TIMESTAMP(3)', inMs: 'UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND', param: (ms) => [Math.round(ms * 1000)], insertIgnore: 'INSERT IGNORE' };
}

/** Runs a write and answers how many rows it changed, in either dialect. */
async function execute(dataSource: DataSource, sql: string, params: unknown[]): Promise<number> {
  const runner = dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return result.affected ?? 0;
  } finally {
    await runner.release();
  }
}
