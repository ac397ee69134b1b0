import { addDays, localDate } from '@sanxin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withLease } from '../../db/lease';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { parseDbDate } from '../../shared/db-date';
import { isDatabaseUnavailable } from '../../shared/db-errors';
import { startPeriodicJob } from '../../shared/periodic-job';
import { AuditEntry } from '../audit';
import { sqlDate } from '../../shared/sql-date';
import { computeDay, replaceDay } from './report-rollup.compute';
import { ReportDailyRollup, ReportRollupState } from './report-rollup.entity';

/** One run at a time per database (decision 0010); a process that dies mid-run gives it up within ttlMs. */
export const ROLLUP_LEASE = { name: 'report-rollup', ttlMs: 120_000 };
const STATE = 'daily';
/** A write committed this long after its updated_at is still seen by the next run. */
const MARGIN_MS = 5 * 60_000;
const ROLLUP_INTERVAL_MS = 60_000;

export interface RollupRunResult {
  /** False when another API process held the lease. */
  ran: boolean;
  /** The days recomputed, ascending. */
  days: string[];
}

/**
 * 日汇总, incrementally: the days touched by rows changed since the last run (less a margin), plus
 * today and yesterday (a follow-up becomes overdue by the clock alone), each recomputed whole and
 * replaced in one transaction. A first run on a database (no watermark yet) rebuilds everything.
 */
export async function runRollupJob(dataSource: DataSource, now: Date, timeZone: string): Promise<RollupRunResult> {
  const run = await withLease(dataSource, ROLLUP_LEASE.name, ROLLUP_LEASE, async () => {
    const state = await dataSource.manager.findOneBy(ReportRollupState, { name: STATE });
    if (!state) return rebuildRollups(dataSource, now, timeZone);
    const since = new Date(state.watermark.getTime() - MARGIN_MS);
    const today = localDate(now, timeZone);
    const days = new Set([...(await dirtyDays(dataSource.manager, since, timeZone)), today, addDays(today, -1)]);
    const sorted = [...days].sort();
    for (const day of sorted) await refreshDay(dataSource, day, timeZone, now);
    await saveWatermark(dataSource, now);
    return sorted;
  });
  return run.ran ? { ran: true, days: run.value } : { ran: false, days: [] };
}

/** Recomputes one day from the raw rows and replaces its roll-up. */
export async function refreshDay(dataSource: DataSource, day: string, timeZone: string, now: Date): Promise<void> {
  await dataSource.transaction(async (tx) => replaceDay(tx, day, await computeDay(tx, day, timeZone, now)));
}

/**
 * Recomputes every day that has data (the first to the last day any raw row falls on) and drops
 * roll-ups outside them: the rebuild command, and the job's first run. Without the lease: callers take it.
 */
export async function rebuildRollups(dataSource: DataSource, now: Date, timeZone: string): Promise<string[]> {
  const span = await dataSpan(dataSource.manager, timeZone);
  const days: string[] = [];
  if (span) for (let day = span.first; day <= span.last; day = addDays(day, 1)) days.push(day);
  for (const day of days) await refreshDay(dataSource, day, timeZone, now);
  const outside = dataSource.manager.createQueryBuilder().delete().from(ReportDailyRollup);
  if (span) await outside.where('day < :first OR day > :last', span).execute();
  else await outside.execute();
  await saveWatermark(dataSource, now);
  return days;
}

async function saveWatermark(dataSource: DataSource, now: Date): Promise<void> {
  await dataSource.manager.upsert(ReportRollupState, { name: STATE, watermark: now }, ['name']);
}

type Stamp = Date | string | null;
const dayOf = (timeZone: string) => (value: Stamp) => (value === null ? null : localDate(parseDbDate(value), timeZone));

/**
 * The days whose figures rows changed since `since` may have moved: a changed row's days now, and
 * the days it was on before an edit (the audit trail keeps old occurredAt / dueAt values); for a
 * complaint, every day its timeline and escalations touched (a reopening takes a closure back, a
 * reassignment moves its urges and escalations to another owner).
 */
export async function dirtyDays(manager: EntityManager, since: Date, timeZone: string): Promise<Set<string>> {
  const at = sqlDate(manager, since);
  const day = dayOf(timeZone);
  const days = new Set<string>();
  const note = (value: Stamp) => {
    const d = day(value);
    if (d) days.add(d);
  };

  const interactions: Array<{ id: string; occurredAt: Stamp }> = await manager.query(
    'SELECT id, occurred_at AS occurredAt FROM interaction WHERE updated_at >= ?',
    [at],
  );
  for (const row of interactions) note(row.occurredAt);
  await notePastValues(
    manager,
    'interaction',
    interactions.map((row) => row.id),
    ['occurredAt'],
    since,
    note,
  );

  const followUps: Array<{ id: string; dueAt: Stamp; completedAt: Stamp }> = await manager.query(
    'SELECT id, due_at AS dueAt, completed_at AS completedAt FROM follow_up WHERE updated_at >= ?',
    [at],
  );
  for (const row of followUps) {
    note(row.dueAt);
    note(row.completedAt);
  }
  await notePastValues(
    manager,
    'followUp',
    followUps.map((row) => row.id),
    ['dueAt', 'completedAt'],
    since,
    note,
  );

  const attempts: Array<{ at: Stamp }> = await manager.query('SELECT DISTINCT at FROM follow_up_attempt WHERE at >= ?', [at]);
  for (const row of attempts) note(row.at);

  const complaints: Array<{ id: string; receivedAt: Stamp; closedAt: Stamp }> = await manager.query(
    'SELECT id, received_at AS receivedAt, closed_at AS closedAt FROM complaint WHERE updated_at >= ?',
    [at],
  );
  for (const row of complaints) {
    note(row.receivedAt);
    note(row.closedAt);
  }
  for (const ids of chunks(complaints.map((row) => row.id))) {
    const marks = ids.map(() => '?').join(', ');
    const touched: Array<{ at: Stamp }> = await manager.query(
      `SELECT at FROM complaint_timeline_entry WHERE complaint_id IN (${marks})
       UNION SELECT escalated_at AS at FROM complaint_escalation WHERE complaint_id IN (${marks})`,
      [...ids, ...ids],
    );
    for (const row of touched) note(row.at);
  }
  const escalations: Array<{ at: Stamp }> = await manager.query('SELECT escalated_at AS at FROM complaint_escalation WHERE escalated_at >= ?', [at]);
  for (const row of escalations) note(row.at);
  return days;
}

/** The earlier values of date fields, from the audit trail of the records' edits since `since`. */
async function notePastValues(
  manager: EntityManager,
  entity: string,
  ids: string[],
  fields: string[],
  since: Date,
  note: (value: Stamp) => void,
): Promise<void> {
  for (const chunk of chunks(ids)) {
    const rows: Array<{ oldValue: string | null }> = await manager
      .createQueryBuilder(AuditEntry, 'a')
      .select('a.oldValue', 'oldValue')
      .where('a.entity = :entity AND a.entityId IN (:...chunk) AND a.at >= :since AND a.field IN (:...fields)', { entity, chunk, since, fields })
      .getRawMany();
    for (const row of rows) if (row.oldValue) note(row.oldValue);
  }
}

function chunks<T>(values: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let offset = 0; offset < values.length; offset += size) out.push(values.slice(offset, offset + size));
  return out;
}

/** The first and last business day any raw row of the figures falls on; null for an empty database. */
async function dataSpan(manager: EntityManager, timeZone: string): Promise<{ first: string; last: string } | null> {
  const [row]: Array<Record<string, Stamp>> = await manager.query(
    `SELECT (SELECT MIN(occurred_at) FROM interaction) AS i0, (SELECT MAX(occurred_at) FROM interaction) AS i1,
            (SELECT MIN(received_at) FROM complaint) AS c0, (SELECT MAX(closed_at) FROM complaint) AS c1, (SELECT MAX(received_at) FROM complaint) AS c2,
            (SELECT MIN(due_at) FROM follow_up) AS f0, (SELECT MAX(due_at) FROM follow_up) AS f1, (SELECT MAX(completed_at) FROM follow_up) AS f2,
            (SELECT MIN(completed_at) FROM follow_up) AS f3, (SELECT MIN(at) FROM follow_up_attempt) AS a0, (SELECT MAX(at) FROM follow_up_attempt) AS a1, (SELECT MAX(escalated_at) FROM complaint_escalation) AS e1`,
  );
  const day = dayOf(timeZone);
  const found = Object.values(row ?? {})
    .map((value) => day(value ?? null))
    .filter((value): value is string => value !== null)
    .sort();
  return found.length ? { first: found[0], last: found[found.length - 1] } : null;
}

/** Runs the roll-up now and every minute in this process; a failed run is logged and retried at the next. */
export function startRollupJob(scope: JobScope): RunningJob {
  const run = () =>
    runRollupJob(scope.dataSource, scope.clock.now(), scope.timeZone).then(
      () => undefined,
      (error) =>
        isDatabaseUnavailable(error)
          ? console.warn(`[report roll-up] run skipped, the database is unavailable: ${error instanceof Error ? error.message : error}`)
          : console.error('[report roll-up] run failed:', error),
    );
  return startPeriodicJob(run, ROLLUP_INTERVAL_MS);
}
