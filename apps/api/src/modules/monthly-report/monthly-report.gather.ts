import { type CategoryCount, domainMessages, figuresOf, type MonthlyReportInput, type NotableCase, rollupMetric, type ThreePeriods } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { parseDbDate } from '../../shared/db-date';
import { isSqlite, sqlDate } from '../../shared/sql-date';
import { staffNamesByIds } from '../staff';
import { dayBounds } from '../report';

const NOTABLE_LIMIT = 10;

/** MariaDB's index hint (SQLite plans these ranges well by itself). */
const useIndex = (manager: EntityManager, index: string) => (isSqlite(manager.connection) ? '' : ` FORCE INDEX (${index})`);

/** YYYY-MM shifted by whole months. */
export function shiftMonth(month: string, months: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface MonthPeriod {
  month: string;
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
}

/** The business days and the UTC instants [from, to) of a month. */
export function monthPeriod(month: string, timeZone: string): MonthPeriod {
  const next = shiftMonth(month, 1);
  const lastDay = new Date(Date.parse(`${next}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { month, firstDay: `${month}-01`, lastDay, from: dayBounds(`${month}-01`, timeZone).start, to: dayBounds(`${next}-01`, timeZone).start };
}

interface Scope {
  teamId: string | null;
}

/**
 * Gathers a month's figures (decision 0046: every part reads the roll-ups or an index alone). From the
 * daily roll-ups: received and closed by category (their metrics keep the category), escalations,
 * urges, follow-ups and the workload, for the month, the month before and the same month a year
 * before. From the raw rows, each the range of one covering index: the complaints resolved in the
 * month (for the median and 90th percentile, which no sum can give; `idx_complaint_closed_report`),
 * the open overdue ones at the month's end (the same index: closed_at NULL or after the month), the
 * month's QA evaluations and a handful of notable cases (`idx_complaint_received_notable`, then ten rows).
 */
export async function gatherMonth(manager: EntityManager, month: string, scope: Scope, timeZone: string): Promise<MonthlyReportInput> {
  const current = monthPeriod(month, timeZone);
  const periods = [current, monthPeriod(shiftMonth(month, -1), timeZone), monthPeriod(shiftMonth(month, -12), timeZone)] as const;
  const teamOwner = scope.teamId ? ' AND c.owner_id IN (SELECT id FROM staff WHERE team_id = ?)' : '';
  const teamParams = scope.teamId ? [scope.teamId] : [];
  const range = (p: MonthPeriod) => [sqlDate(manager, p.from), sqlDate(manager, p.to)];
  // A team's filter (owner in the team) tempts MariaDB into a semi-join walking each owner's complaints
  // (a minute at 1,000,000 complaints); the month's range of the covering index is the plan (decision 0046).
  const closedIndex = useIndex(manager, 'idx_complaint_closed_report');

  const [resolutions, openOverdue, rolled, quality, notable, categories] = await Promise.all([
    manager.query(
      `SELECT c.category_id AS categoryId, c.severity AS severity, c.received_at AS receivedAt, c.closed_at AS closedAt, c.due_at AS dueAt
         FROM complaint c${closedIndex} WHERE c.closed_at >= ? AND c.closed_at < ?${teamOwner}`,
      [...range(current), ...teamParams],
    ) as Promise<Array<{ categoryId: string; severity: string; receivedAt: Date | string; closedAt: Date | string; dueAt: Date | string }>>,
    manager.query(
      `SELECT c.category_id AS category, COUNT(*) AS count FROM complaint c${closedIndex}
        WHERE (c.closed_at IS NULL OR c.closed_at >= ?) AND c.due_at < ? AND c.received_at < ?${teamOwner} GROUP BY c.category_id`,
      [sqlDate(manager, current.to), sqlDate(manager, current.to), sqlDate(manager, current.to), ...teamParams],
    ) as Promise<Array<{ category: string; count: number | string }>>,
    rolledUp(manager, scope, periods),
    qualityOf(manager, scope, month),
    notableOf(manager, current, teamOwner, teamParams),
    manager.query('SELECT id, name_zh AS name FROM complaint_category') as Promise<Array<{ id: string; name: string }>>,
  ]);

  const byCategory = (metric: string): ThreePeriods<CategoryCount[]> => {
    const of = (rows: StaffCount[]) => {
      const counts = new Map<string, number>();
      for (const row of rows) {
        const [name, category] = row.metric.split(':');
        if (name === metric && category) counts.set(category, (counts.get(category) ?? 0) + row.count);
      }
      return [...counts].map(([category, count]) => ({ category, count }));
    };
    return { current: of(rolled[0]), previousMonth: of(rolled[1]), lastYear: of(rolled[2]) };
  };
  const received = byCategory(rollupMetric.complaintReceived);
  const resolved = byCategory(rollupMetric.complaintClosed);
  const figures = { current: figuresOf(rolled[0]), previousMonth: figuresOf(rolled[1]), lastYear: figuresOf(rolled[2]) };
  const perStaff = new Map<string, StaffCount[]>();
  for (const row of rolled[0]) perStaff.set(row.staffId, [...(perStaff.get(row.staffId) ?? []), row]);
  const names = await staffNamesByIds(manager.connection, [...perStaff.keys(), ...quality.map((q) => q.agentId)]);
  const zh = domainMessages['zh-CN'].enums;
  return {
    period: { from: current.from.toISOString(), to: current.to.toISOString(), month, teamId: scope.teamId ?? null },
    categories,
    received,
    resolved,
    resolutions: resolutions.map((row) => {
      const closedAt = parseDbDate(row.closedAt);
      return {
        categoryId: row.categoryId,
        severity: row.severity,
        hours: (closedAt.getTime() - parseDbDate(row.receivedAt).getTime()) / 3_600_000,
        onTime: closedAt <= parseDbDate(row.dueAt),
      };
    }),
    openOverdue: openOverdue.map((row) => ({ category: row.category, count: Number(row.count) })),
    escalations: { current: figures.current.escalations, previousMonth: figures.previousMonth.escalations, lastYear: figures.lastYear.escalations },
    urges: { current: figures.current.urges, previousMonth: figures.previousMonth.urges, lastYear: figures.lastYear.urges },
    followUps: {
      due: figures.current.followUpsDue,
      done: figures.current.followUpsDone,
      overdue: figures.current.followUpsOverdue,
      feedback: figures.current.feedback,
    },
    quality: {
      evaluated: quality.length,
      averageScore: quality.length ? quality.reduce((sum, q) => sum + Number(q.total ?? 0), 0) / quality.length : null,
      violations: quality
        .filter((q) => Number(q.criticalFailed) === 1 || q.criticalFailed === true)
        .map((q) => ({
          evaluationId: q.id,
          agentName: names.get(q.agentId) ?? q.agentId,
          failures: q.criticalFailures ?? '',
          score: q.total === null ? null : Number(q.total),
          handling: (zh.evaluationStatus as Record<string, string>)[q.status] ?? q.status,
        })),
    },
    workload: [...perStaff].map(([staffId, rows]) => {
      const f = figuresOf(rows);
      return {
        staffId,
        name: names.get(staffId) ?? staffId,
        interactions: f.interactionTotal,
        received: f.complaintsReceived,
        resolved: f.complaintsClosed,
        followUpsDone: f.followUpsDone,
      };
    }),
    notable,
    labels: {
      total: '合计',
      severity: zh.complaintSeverity as Record<string, string>,
      level: { 1: zh.escalationLevel.SHIFT_LEADER, 2: zh.escalationLevel.DEPT_MANAGER },
      satisfaction: zh.satisfaction as Record<string, string>,
      followUp: { due: '应回访', done: '已回访', overdue: '超时回访' },
    },
  };
}

interface StaffCount {
  staffId: string;
  metric: string;
  count: number;
}

/**
 * The three months' roll-up counts in scope, per person and metric, in one statement: a range of
 * days each (the primary key leads with the day), the period told apart by the day.
 */
async function rolledUp(manager: EntityManager, scope: Scope, periods: readonly MonthPeriod[]): Promise<StaffCount[][]> {
  const where = scope.teamId ? ' AND team_id = ?' : '';
  const params = periods.flatMap((p) => [p.firstDay, p.lastDay]);
  const rows: Array<{ period: number | string; staffId: string; metric: string; count: number | string }> = await manager.query(
    `SELECT CASE ${periods.map((_, i) => `WHEN day >= ? AND day <= ? THEN ${i}`).join(' ')} END AS period, staff_id AS staffId, metric, SUM(count) AS count
       FROM report_daily_rollup WHERE (${periods.map(() => '(day >= ? AND day <= ?)').join(' OR ')})${where} GROUP BY period, staff_id, metric`,
    [...params, ...params, ...(scope.teamId ? [scope.teamId] : [])],
  );
  const out: StaffCount[][] = periods.map(() => []);
  for (const row of rows) out[Number(row.period)].push({ staffId: row.staffId, metric: row.metric, count: Number(row.count) });
  return out;
}

interface EvaluationRow {
  id: string;
  agentId: string;
  total: number | string | null;
  criticalFailed: number | boolean;
  criticalFailures: string | null;
  status: string;
}

/** The month's submitted QA evaluations (drafts are the inspector's work in progress). */
function qualityOf(manager: EntityManager, scope: Scope, month: string): Promise<EvaluationRow[]> {
  return manager.query(
    `SELECT e.id AS id, e.agent_id AS agentId, e.total AS total, e.critical_failed AS criticalFailed, e.critical_failures AS criticalFailures, e.status AS status
       FROM quality_evaluation e WHERE e.month = ? AND e.status <> 'DRAFT'${scope.teamId ? ' AND e.team_id = ?' : ''} ORDER BY e.submitted_at, e.id`,
    [month, ...(scope.teamId ? [scope.teamId] : [])],
  );
}

/**
 * 典型案例: received in the month and escalated to the manager, serious, or urged twice or more; the worst
 * first. The ten are chosen from an index alone (`idx_complaint_received_notable`), then read whole.
 */
async function notableOf(manager: EntityManager, p: MonthPeriod, teamOwner: string, teamParams: string[]): Promise<NotableCase[]> {
  const rows: Array<{
    id: string;
    number: string;
    category: string;
    severity: string;
    urges: number | string;
    level: number | string;
    receivedAt: Date | string;
    closedAt: Date | string | null;
  }> = await manager.query(
    `SELECT c.id AS id, c.number AS number, k.name_zh AS category, c.severity AS severity, c.urge_count AS urges, c.escalation_level AS level, c.received_at AS receivedAt, c.closed_at AS closedAt
         FROM (SELECT c.id FROM complaint c${useIndex(manager, 'idx_complaint_received_notable')}
                WHERE c.received_at >= ? AND c.received_at < ?${teamOwner} AND (c.escalation_level >= 2 OR c.severity IN ('HIGH', 'CRITICAL') OR c.urge_count >= 2)
                ORDER BY c.escalation_level DESC, c.urge_count DESC, c.received_at, c.id LIMIT ${NOTABLE_LIMIT}) top
         JOIN complaint c ON c.id = top.id JOIN complaint_category k ON k.id = c.category_id
        ORDER BY c.escalation_level DESC, c.urge_count DESC, c.received_at, c.id`,
    [sqlDate(manager, p.from), sqlDate(manager, p.to), ...teamParams],
  );
  const severity = domainMessages['zh-CN'].enums.complaintSeverity as Record<string, string>;
  return rows.map((row) => {
    const end = row.closedAt ? parseDbDate(row.closedAt) : p.to;
    return {
      complaintId: row.id,
      number: row.number,
      summary: `${row.category}·${severity[row.severity] ?? row.severity}${row.closedAt ? '' : '·月末未办结'}`,
      urges: Number(row.urges),
      escalationLevel: Number(row.level),
      hoursOpen: (end.getTime() - parseDbDate(row.receivedAt).getTime()) / 3_600_000,
    };
  });
}
