import { addDays, type CarePeriod, carePeriod, chooseFollowUpAssignee, dueCarePeriod, followUpDueAt, followUpPolicy, followUpTriggerKey, localDate } from '@sanxin/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { withLease } from '../../db/lease';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { isDatabaseUnavailable } from '../../shared/db-errors';
import { startPeriodicJob } from '../../shared/periodic-job';
import { isSqlite } from '../../shared/sql-date';
import { readBusinessCalendar } from '../calendar';
import { readSettings } from '../setting';
import { followUpRecord } from './follow-up-triggers';
import { FollowUp } from './follow-up.entity';

/** One run at a time per database; a process that dies mid-run gives the lease up within ttlMs. */
export const CARE_LEASE = { name: 'follow-up-care', ttlMs: 60_000 };
/** Hourly is enough: the calls are due from the first working day of the period to its end. */
const CARE_INTERVAL_MS = 60 * 60 * 1000;
/** Customers per batch: one read and one insert each, one transaction each. */
const BATCH = 1000;
const TIERS = ['A', 'B', 'C'] as const;

export interface CareRunResult {
  /** False when another API process held the lease and is running right now. */
  ran: boolean;
  created: number;
}

/**
 * 定期关怀 (100% of key customers followed up): from the first working day of a tier's period (a
 * month for A, a quarter for B by default; settings `followUp.careCadence.*`), one PERIODIC_CARE
 * follow-up per customer of the tier and period, for the owner (the leader of the owner's team when
 * the owner has left). A customer with no owner gets none: coverage lists them as a gap.
 *
 * Exactly once rests on the unique trigger key (`PERIODIC_CARE:<customer>:<period>`, inserted with
 * IGNORE), whatever runs at once; the lease only spares the other processes the work (decision 0010).
 */
export async function runCareJob(dataSource: DataSource, now: Date, timeZone: string): Promise<CareRunResult> {
  const run = await withLease(dataSource, CARE_LEASE.name, CARE_LEASE, () => createCareFollowUps(dataSource, now, timeZone));
  return run.ran ? { ran: true, created: run.value } : { ran: false, created: 0 };
}

/** The run's work, without the lease (the demo seed calls it too). */
export async function createCareFollowUps(dataSource: DataSource, now: Date, timeZone: string): Promise<number> {
  const settings = await readSettings(dataSource.manager);
  const policy = followUpPolicy(settings);
  const today = localDate(now, timeZone);
  // A quarter's first working day may be three months back.
  const calendar = await readBusinessCalendar(dataSource.manager, timeZone, carePeriod(today, 'QUARTERLY').start, addDays(today, 1), Promise.resolve(settings));
  let created = 0;
  for (const tier of TIERS) {
    const period = dueCarePeriod(today, policy.careCadence[tier], calendar);
    if (!period) continue;
    let after = '';
    for (;;) {
      const batch = await dataSource.transaction((tx) => careBatch(tx, tier, period, after, now, followUpDueAt(now, policy)));
      created += batch.created;
      if (batch.last === null) break;
      after = batch.last;
    }
  }
  return created;
}

interface CareCandidate {
  id: string;
  ownerId: string | null;
  ownerActive: number | boolean | null;
  ownerTeamId: string | null;
  leaderId: string | null;
}

/** The next customers of the tier (by id) without this period's follow-up, and their follow-ups. */
async function careBatch(tx: EntityManager, tier: string, period: CarePeriod, after: string, now: Date, dueAt: Date): Promise<{ created: number; last: string | null }> {
  const rows: CareCandidate[] = await tx
    .createQueryBuilder()
    .select(['c.id AS id', 'c.owner_id AS ownerId', 's.active AS ownerActive', 's.team_id AS ownerTeamId'])
    .addSelect((qb) => qb.select('MIN(l.id)').from('staff', 'l').where("l.team_id = s.team_id AND l.role = 'SHIFT_LEADER' AND l.active = :on"), 'leaderId')
    .from('customer', 'c')
    .leftJoin('staff', 's', 's.id = c.owner_id')
    .where('c.tier = :tier AND c.archived_at IS NULL AND c.id > :after', { tier, after, on: true })
    .orderBy('c.id')
    .limit(BATCH)
    .getRawMany();
  if (rows.length === 0) return { created: 0, last: null };
  const keyed = rows.map((row) => ({ row, triggerKey: followUpTriggerKey('PERIODIC_CARE', row.id, period.key) as string }));
  const existing = await tx.find(FollowUp, { where: { triggerKey: In(keyed.map((k) => k.triggerKey)) }, select: { id: true, triggerKey: true } });
  const done = new Set(existing.map((row) => row.triggerKey));
  const records = keyed.flatMap(({ row, triggerKey }) => {
    if (done.has(triggerKey)) return [];
    const ownerCalls = row.ownerId !== null && Boolean(Number(row.ownerActive));
    const assigneeId = chooseFollowUpAssignee(ownerCalls ? { customerOwnerId: row.ownerId } : { teamLeaderId: row.leaderId });
    if (!assigneeId) return [];
    return [followUpRecord({ customerId: row.id, contactId: null, trigger: 'PERIODIC_CARE', sourceId: row.id, triggerKey, assigneeId, teamId: row.ownerTeamId, dueAt, createdById: null, note: null, triggeredAt: now })];
  });
  let created = 0;
  if (records.length > 0) {
    // IGNORE: a run that raced this one past the lease (it expired) has created some; the key keeps them single.
    const result = await insertIgnoring(tx, records);
    created = (result as { affectedRows?: number } | undefined)?.affectedRows ?? records.length;
  }
  return { created, last: rows.length < BATCH ? null : rows[rows.length - 1].id };
}

/**
 * One multi-row INSERT … IGNORE, written here from the entity's columns: TypeORM's insert builder
 * spends about half a second of CPU per thousand follow-ups building the same statement.
 */
function insertIgnoring(tx: EntityManager, records: FollowUp[]): Promise<unknown> {
  const { columns } = tx.connection.getMetadata(FollowUp);
  const driver = tx.connection.driver;
  const row = `(${columns.map(() => '?').join(', ')})`;
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const params = records.flatMap((record) => columns.map((column) => driver.preparePersistentValue(column.getEntityValue(record), column)));
  return tx.query(`INSERT ${isSqlite(tx) ? 'OR IGNORE' : 'IGNORE'} INTO follow_up (${names}) VALUES ${records.map(() => row).join(', ')}`, params);
}

/** Runs the care job now and every hour (or `intervalMs`) in this process; a failed run is logged and retried at the next. */
export function startCareJob(scope: JobScope & { intervalMs?: number }): RunningJob {
  const run = () =>
    runCareJob(scope.dataSource, scope.clock.now(), scope.timeZone).then(
      ({ created }) => {
        if (created > 0) console.log(`[follow-up care] created ${created} periodic care follow-ups`);
      },
      (error) =>
        isDatabaseUnavailable(error)
          ? console.warn(`[follow-up care] run skipped, the database is unavailable: ${error instanceof Error ? error.message : error}`)
          : console.error('[follow-up care] run failed:', error),
    );
  return startPeriodicJob(run, scope.intervalMs ?? CARE_INTERVAL_MS);
}
