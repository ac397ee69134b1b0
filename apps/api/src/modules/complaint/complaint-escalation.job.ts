import { escalationCutoffs } from '@sanxin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { withLease } from '../../db/lease';
import type { JobScope, RunningJob } from '../../shared/api-module';
import { isDatabaseUnavailable } from '../../shared/db-errors';
import { newId } from '../../shared/ids';
import { startPeriodicJob } from '../../shared/periodic-job';
import { isSqlite, sqlDate } from '../../shared/sql-date';
import { findEscalationLeader, findEscalationManager } from './complaint-escalation.service';
import { pushEscalations } from './complaint-push';
import { readSlaRules } from './complaint-sla';

/** One sweep at a time per database; a process that dies mid-sweep gives the lease up within ttlMs. */
export const ESCALATION_LEASE = { name: 'complaint-escalation', ttlMs: 30_000 };

export interface SweepResult {
  /** False when another API process held the lease and is sweeping right now. */
  ran: boolean;
  escalated: { 1: number; 2: number };
}

/**
 * 超时升级: open complaints past `escalateToLeaderHours` (clock or business hours, the setting
 * `complaint.escalationClock`) go to a shift leader of the owner's team; still open
 * `escalateToManagerHours` after that escalation, to the department manager. Each escalation is a
 * row (its unique key forbids a second one per cycle and level), a timeline entry and, through the
 * row, an item in the recipient's inbox. The decision becomes two cutoffs (escalationCutoffs), so
 * each level is a few set-based statements whatever the number of rows.
 *
 * Several API processes: exactly-once rests on the unique key, which holds on any engine and
 * cluster. The sweep also runs under a lease row (job_lease), so one process sweeps while the
 * others skip instead of repeating the work to be refused by the key (docs/decisions/0010).
 */
export async function runEscalationSweep(dataSource: DataSource, now: Date, timeZone: string): Promise<SweepResult> {
  const sweep = await withLease(dataSource, ESCALATION_LEASE.name, ESCALATION_LEASE, () =>
    dataSource.transaction((manager) => escalateOverdueComplaints(manager, now, timeZone)),
  );
  return sweep.ran ? { ran: true, escalated: sweep.value } : { ran: false, escalated: { 1: 0, 2: 0 } };
}

/** The sweep's work, in the caller's transaction (the demo seed calls it too). */
export async function escalateOverdueComplaints(manager: EntityManager, now: Date, timeZone: string): Promise<SweepResult['escalated']> {
  const { policy, calendar } = await readSlaRules(manager, timeZone, now);
  const cutoffs = escalationCutoffs(now, calendar, policy);
  const sql = sqlFor(manager);
  // Level 1 first: a complaint it raises now was escalated at `now`, after cutoff 2, so a catch-up
  // sweep after an outage never gives the manager a complaint the leader has not had for a full period.
  return {
    1: await escalateLevel(manager, sql, 1, cutoffs[1], now),
    2: await escalateLevel(manager, sql, 2, cutoffs[2], now),
  };
}

/** Due for `level`: open, one level below it, and its clock (level 1) or its last escalation (level 2) at or before the cutoff. */
const DUE: Record<1 | 2, string> = {
  1: 'c.closed_at IS NULL AND c.escalation_level = 0 AND c.sla_start_at <= ?',
  2: 'c.closed_at IS NULL AND c.escalation_level = 1 AND c.escalated_at <= ?',
};

/** What differs between the dialects in raw SQL: how a row gets an id, and how a date is bound. */
interface Dialect {
  newRowId: string;
  date(value: Date): Date | string;
}

function sqlFor(manager: EntityManager): Dialect {
  return { newRowId: isSqlite(manager) ? 'lower(hex(randomblob(16)))' : 'UUID()', date: (value) => sqlDate(manager, value) };
}

async function escalateLevel(manager: EntityManager, sql: Dialect, level: 1 | 2, cutoffDate: Date, atDate: Date): Promise<number> {
  const sweepId = newId(atDate.getTime());
  const [cutoff, at] = [sql.date(cutoffDate), sql.date(atDate)];
  const recipient = await recipientExpression(manager, level, cutoff, atDate);
  const { newRowId } = sql;
  await manager.query(
    `INSERT INTO complaint_escalation (id, complaint_id, cycle, level, escalated_to_id, escalated_at, sweep_id)
     SELECT ${newRowId}, c.id, c.sla_cycle, ?, ${recipient.sql}, ?, ? FROM complaint c WHERE ${DUE[level]}`,
    [level, ...recipient.params, at, sweepId, cutoff],
  );
  const [{ count }] = await manager.query('SELECT COUNT(*) AS count FROM complaint_escalation WHERE sweep_id = ?', [sweepId]);
  if (Number(count) === 0) return 0;
  await manager.query(
    `INSERT INTO complaint_timeline_entry (id, complaint_id, at, actor_id, step, note, recipient_id)
     SELECT ${newRowId}, e.complaint_id, e.escalated_at, NULL, 'escalate', ?, e.escalated_to_id FROM complaint_escalation e WHERE e.sweep_id = ?`,
    [level === 1 ? '超时未办结，升级到班长' : '超时未办结，升级到部门主任', sweepId],
  );
  const reached = await manager.query('SELECT complaint_id AS complaintId, escalated_to_id AS escalatedToId FROM complaint_escalation WHERE sweep_id = ?', [sweepId]);
  await pushEscalations(manager, atDate, reached);
  // Not a user edit: version and updated_at stay, so nobody's open form meets a CONFLICT because of the job.
  await manager.query(`UPDATE complaint AS c SET escalation_level = ?, escalated_at = ? WHERE ${DUE[level]}`, [level, at, cutoff]);
  return Number(count);
}

/**
 * Level 1: the owner's shift leader, asked once per owner of the complaints due (a CASE over the
 * owners), the manager when the team has none. Level 2: the department manager.
 */
async function recipientExpression(manager: EntityManager, level: 1 | 2, cutoff: Date | string, at: Date): Promise<{ sql: string; params: unknown[] }> {
  const departmentManager = await findEscalationManager(manager, at);
  if (level === 2) return { sql: '?', params: [departmentManager] };
  const owners: Array<{ owner_id: string }> = await manager.query(`SELECT DISTINCT c.owner_id FROM complaint c WHERE ${DUE[level]}`, [cutoff]);
  if (owners.length === 0) return { sql: '?', params: [departmentManager] };
  const params: unknown[] = [];
  const branches: string[] = [];
  for (const { owner_id: ownerId } of owners) {
    branches.push('WHEN ? THEN ?');
    params.push(ownerId, (await findEscalationLeader(manager, { ownerId }, at)) ?? departmentManager);
  }
  return { sql: `CASE c.owner_id ${branches.join(' ')} ELSE ? END`, params: [...params, departmentManager] };
}

/**
 * Runs the sweep every ESCALATION_INTERVAL_SECONDS (or `intervalMs`) in this process; a failed
 * sweep is logged and retried at the next one.
 */
export function startEscalationJob(scope: JobScope & { intervalMs?: number }): RunningJob {
  const sweep = () =>
    runEscalationSweep(scope.dataSource, scope.clock.now(), scope.timeZone).then(
      ({ escalated }) => {
        if (escalated[1] + escalated[2] > 0) console.log(`[escalation] escalated ${escalated[1]} complaints to shift leaders, ${escalated[2]} to the manager`);
      },
      (error) =>
        isDatabaseUnavailable(error)
          ? console.warn(`[escalation] sweep skipped, the database is unavailable: ${error instanceof Error ? error.message : error}`)
          : console.error('[escalation] sweep failed:', error),
    );
  return startPeriodicJob(sweep, scope.intervalMs ?? scope.config.escalationIntervalSeconds * 1000);
}
