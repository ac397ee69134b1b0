import { type DataSource, LessThan } from 'typeorm';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { purgeUnderLease, startHourlyPurge } from '../../shared/purge-job';
import { PushEvent } from './push-event.entity';

/**
 * How long a push event is kept. Events are not replayed (a client fetches again after a reconnection),
 * and every poller reads a row within a second of its commit, so a day is far more than any reader needs;
 * it leaves the rows to look at when someone asks why a notice did not come.
 */
export const PUSH_EVENT_RETENTION_MS = 24 * 60 * 60_000;

/** Deletes the events older than the retention (a range of the `at` index); how many. */
export function purgeOldPushEvents(dataSource: DataSource, now: Date): Promise<number> {
  return purgeUnderLease(dataSource, 'push-event-purge', () =>
    dataSource.getRepository(PushEvent).delete({ at: LessThan(new Date(now.getTime() - PUSH_EVENT_RETENTION_MS)) }),
  );
}

/** Hourly, and once at start; one process at a time (job_lease), the others skip. */
export function startPushPurgeJob(scope: JobScope): RunningJob {
  return startHourlyPurge(scope, 'push', purgeOldPushEvents);
}
