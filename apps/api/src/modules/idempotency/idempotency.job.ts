import { type DataSource, LessThan } from 'typeorm';
import { withLease } from '../../db/lease';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { isDatabaseUnavailable } from '../../shared/db-errors';
import { startPeriodicJob } from '../../shared/periodic-job';
import { IdempotencyKey } from './idempotency-key.entity';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency.middleware';

const PURGE_LEASE = { name: 'idempotency-purge', ttlMs: 60_000 };
const PURGE_INTERVAL_MS = 60 * 60_000;

/** Deletes the keys past 24 h (a replay of one runs again, as a new request would); how many. */
export async function purgeExpiredIdempotencyKeys(dataSource: DataSource, now: Date): Promise<number> {
  const purge = await withLease(dataSource, PURGE_LEASE.name, PURGE_LEASE, async () => {
    const result = await dataSource.getRepository(IdempotencyKey).delete({ createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)) });
    return result.affected ?? 0;
  });
  return purge.ran ? purge.value : 0;
}

/** Hourly, and once at start; one process at a time (job_lease), the others skip. */
export function startIdempotencyPurgeJob(scope: JobScope): RunningJob {
  const purge = () =>
    purgeExpiredIdempotencyKeys(scope.dataSource, scope.clock.now()).then(
      () => undefined,
      (error) => console.warn(`[idempotency] purge skipped${isDatabaseUnavailable(error) ? ', the database is unavailable' : ''}: ${error instanceof Error ? error.message : error}`),
    );
  return startPeriodicJob(purge, PURGE_INTERVAL_MS);
}
