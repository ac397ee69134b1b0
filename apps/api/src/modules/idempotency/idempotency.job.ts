import { type DataSource, LessThan } from 'typeorm';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { purgeUnderLease, startHourlyPurge } from '../../shared/purge-job';
import { IdempotencyKey } from './idempotency-key.entity';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency.middleware';

/** Deletes the keys past 24 h (a replay of one runs again, as a new request would); how many. */
export function purgeExpiredIdempotencyKeys(dataSource: DataSource, now: Date): Promise<number> {
  return purgeUnderLease(dataSource, 'idempotency-purge', () =>
    dataSource.getRepository(IdempotencyKey).delete({ createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)) }),
  );
}

/** Hourly, and once at start; one process at a time (job_lease), the others skip. */
export function startIdempotencyPurgeJob(scope: JobScope): RunningJob {
  return startHourlyPurge(scope, 'idempotency', purgeExpiredIdempotencyKeys);
}
