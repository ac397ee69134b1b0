import type { DataSource, DeleteResult } from 'typeorm';
import { withLease } from '../db/lease';
import type { JobScope, RunningJob } from './api-module';
import { isDatabaseUnavailable } from './db-errors';
import { startPeriodicJob } from './periodic-job';

const PURGE_INTERVAL_MS = 60 * 60_000;

/** Runs a DELETE under the job_lease `leaseName` (one process at a time; the others skip); how many rows went. */
export async function purgeUnderLease(dataSource: DataSource, leaseName: string, remove: () => Promise<DeleteResult>): Promise<number> {
  const purge = await withLease(dataSource, leaseName, { ttlMs: 60_000 }, async () => (await remove()).affected ?? 0);
  return purge.ran ? purge.value : 0;
}

/** A purge hourly, and once at start; a failure is logged under `label` and the next hour tries again. */
export function startHourlyPurge(scope: JobScope, label: string, purge: (dataSource: DataSource, now: Date) => Promise<number>): RunningJob {
  const run = () =>
    purge(scope.dataSource, scope.clock.now()).then(
      () => undefined,
      (error) => console.warn(`[${label}] purge skipped${isDatabaseUnavailable(error) ? ', the database is unavailable' : ''}: ${error instanceof Error ? error.message : error}`),
    );
  return startPeriodicJob(run, PURGE_INTERVAL_MS);
}
