import { addDays, atLocalTime, type InteractionChannel, type InteractionDirection, type InteractionOutcome, rollupMetric } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { sqlDate } from '../../shared/sql-date';
import { ReportDailyRollup } from './report-rollup.entity';

export interface RollupRow {
  day: string;
  teamId: string;
  staffId: string;
  metric: string;
  count: number;
}

/** The UTC instants a business day runs between: [start, end). */
export function dayBounds(day: string, timeZone: string): { start: Date; end: Date } {
  return { start: atLocalTime(day, 0, timeZone), end: atLocalTime(addDays(day, 1), 0, timeZone) };
}

interface Grouped {
  staffId: string;
  teamId: string | null;
  count: number | string;
}

/**
 * One day's roll-up computed from the raw rows: each figure a GROUP BY over an index range of the
 * day, attributed to the person (the interaction's agent, the complaint's owner, the follow-up's
 * assignee, the attempt's caller) and to that person's team. `now` decides which follow-ups not done
 * yet are overdue. The raw SQL has no date functions, so it reads alike on MariaDB, MySQL and SQLite.
 */
export async function computeDay(manager: EntityManager, day: string, timeZone: string, now: Date): Promise<RollupRow[]> {
  const { start, end } = dayBounds(day, timeZone);
  const range = [sqlDate(manager, start), sqlDate(manager, end)];
  const rows: RollupRow[] = [];
  const add = (grouped: Grouped[], metric: (row: Grouped & Record<string, unknown>) => string) => {
    for (const row of grouped)
      rows.push({ day, teamId: row.teamId ?? '', staffId: row.staffId, metric: metric(row as Grouped & Record<string, unknown>), count: Number(row.count) });
  };
  const team = 'LEFT JOIN staff s ON s.id =';

  const interactions = await manager.query(
    `SELECT i.staff_id AS staffId, s.team_id AS teamId, i.channel AS channel, i.direction AS direction, i.outcome AS outcome, COUNT(*) AS count
       FROM interaction i ${team} i.staff_id
      WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.archived_at IS NULL
      GROUP BY i.staff_id, s.team_id, i.channel, i.direction, i.outcome`,
    range,
  );
  add(interactions, (r) =>
    rollupMetric.interaction(r.channel as InteractionChannel, r.direction as InteractionDirection, (r.outcome as InteractionOutcome | null) ?? null),
  );

  const attempts = await manager.query(
    `SELECT a.actor_id AS staffId, s.team_id AS teamId, COUNT(*) AS count
       FROM follow_up_attempt a ${team} a.actor_id
      WHERE a.at >= ? AND a.at < ?
      GROUP BY a.actor_id, s.team_id`,
    range,
  );
  add(attempts, () => rollupMetric.followUpAttempt);

  // Complaints keep their category (`complaintReceived:<categoryId>`): the monthly report's counts by
  // category read them, and figuresOf adds every category up as before (decision 0046).
  for (const [column, metric] of [
    ['received_at', rollupMetric.complaintReceived],
    ['closed_at', rollupMetric.complaintClosed],
  ] as const) {
    const complaints = await manager.query(
      `SELECT c.owner_id AS staffId, s.team_id AS teamId, c.category_id AS category, COUNT(*) AS count
         FROM complaint c ${team} c.owner_id
        WHERE c.${column} >= ? AND c.${column} < ?
        GROUP BY c.owner_id, s.team_id, c.category_id`,
      range,
    );
    add(complaints, (r) => `${metric}:${r.category}`);
  }

  const escalations = await manager.query(
    `SELECT c.owner_id AS staffId, s.team_id AS teamId, e.level AS level, COUNT(*) AS count
       FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id ${team} c.owner_id
      WHERE e.escalated_at >= ? AND e.escalated_at < ?
      GROUP BY c.owner_id, s.team_id, e.level`,
    range,
  );
  add(escalations, (r) => rollupMetric.escalation(Number(r.level)));

  const urges = await manager.query(
    `SELECT c.owner_id AS staffId, s.team_id AS teamId, COUNT(*) AS count
       FROM complaint_timeline_entry t JOIN complaint c ON c.id = t.complaint_id ${team} c.owner_id
      WHERE t.step = 'urge' AND t.at >= ? AND t.at < ?
      GROUP BY c.owner_id, s.team_id`,
    range,
  );
  add(urges, () => rollupMetric.urge);

  // Due that day (not cancelled); overdue: done after the time limit, or not done and the limit has passed.
  const due = await manager.query(
    `SELECT f.assignee_id AS staffId, s.team_id AS teamId, COUNT(*) AS count,
            SUM(CASE WHEN (f.completed_at IS NOT NULL AND f.completed_at > f.due_at) OR (f.completed_at IS NULL AND f.due_at < ?) THEN 1 ELSE 0 END) AS overdue
       FROM follow_up f ${team} f.assignee_id
      WHERE f.status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'UNREACHABLE') AND f.due_at >= ? AND f.due_at < ? AND f.archived_at IS NULL
      GROUP BY f.assignee_id, s.team_id`,
    [sqlDate(manager, now), ...range],
  );
  add(due, () => rollupMetric.followUpDue);
  add(
    due.filter((r: { overdue: number | string }) => Number(r.overdue) > 0).map((r: Grouped & { overdue: number | string }) => ({ ...r, count: r.overdue })),
    () => rollupMetric.followUpOverdue,
  );

  const done = await manager.query(
    `SELECT f.assignee_id AS staffId, s.team_id AS teamId, f.satisfaction AS satisfaction, COUNT(*) AS count
       FROM follow_up f ${team} f.assignee_id
      WHERE f.status = 'DONE' AND f.completed_at >= ? AND f.completed_at < ? AND f.archived_at IS NULL
      GROUP BY f.assignee_id, s.team_id, f.satisfaction`,
    range,
  );
  add(done, () => rollupMetric.followUpDone);
  add(
    done.filter((r: { satisfaction: string | null }) => r.satisfaction !== null),
    (r) => rollupMetric.feedback(String(r.satisfaction)),
  );

  return merge(rows);
}

/** Rows of one key summed (the follow-ups done are grouped by satisfaction too). */
function merge(rows: RollupRow[]): RollupRow[] {
  const byKey = new Map<string, RollupRow>();
  for (const row of rows) {
    const key = `${row.teamId}|${row.staffId}|${row.metric}`;
    const seen = byKey.get(key);
    if (seen) seen.count += row.count;
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}

/** Replaces one day's rows in one transaction; the caller runs it inside `dataSource.transaction` (retried on conflicts). */
export async function replaceDay(tx: EntityManager, day: string, rows: readonly RollupRow[]): Promise<void> {
  await tx.delete(ReportDailyRollup, { day });
  for (let offset = 0; offset < rows.length; offset += 500) await tx.insert(ReportDailyRollup, rows.slice(offset, offset + 500));
}
