import { figuresOf, satisfactionCounts, type ComplaintSeverity } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { assertValid } from '../../shared/errors';
import { sqlDate } from '../../shared/sql-date';
import { type ReportContext, type ReportScope, reportScope } from '../report';
import { staffNamesByIds } from '../staff';
import { type AnalyticsPeriod, analyticsPeriod, validatePeriod } from './analytics.period';
import type { Analytics, AnalyticsCategoryShare, AnalyticsMonthCompliance, AnalyticsMonthSatisfaction, AnalyticsMonthTrend, AnalyticsWorkload } from './analytics.types';

export interface AnalyticsQuery {
  from: string;
  to: string;
  teamId?: string | null;
  categoryIds?: readonly string[] | null;
  severities?: readonly ComplaintSeverity[] | null;
}

/** The parts of the analysis a request selected: each costs one statement (the workload two), and only when asked for. */
export interface AnalyticsParts {
  categoryMix: boolean;
  monthlyTrend: boolean;
  deadlineCompliance: boolean;
  satisfaction: boolean;
  workload: boolean;
}

export const ANALYTICS_PARTS: ReadonlyArray<keyof AnalyticsParts> = ['categoryMix', 'monthlyTrend', 'deadlineCompliance', 'satisfaction', 'workload'];

/** A WHERE clause built piece by piece with its parameters. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.parts.join(' AND ');
  }
}
const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

interface Filters {
  scope: ReportScope;
  categoryIds: readonly string[];
  severities: readonly ComplaintSeverity[];
}

/** The complaints of the scope (their owner, or their owner's team now) and of the categories and severities asked. */
function complaintFilter(where: Where, { scope, categoryIds, severities }: Filters): Where {
  if (scope.staffId) where.add('c.owner_id = ?', scope.staffId);
  if (scope.teamId) where.add('c.owner_id IN (SELECT id FROM staff WHERE team_id = ?)', scope.teamId);
  if (categoryIds.length) where.add(`c.category_id IN (${marks(categoryIds)})`, ...categoryIds);
  if (severities.length) where.add(`c.severity IN (${marks(severities)})`, ...severities);
  return where;
}

/** The month of an instant column, as the index of the period's month (a CASE over the bounds: the same in any time zone, on both dialects). */
function monthIndex(manager: EntityManager, column: string, period: AnalyticsPeriod): { sql: string; params: unknown[] } {
  const later = period.bounds.slice(1);
  return { sql: `CASE ${later.map((_, i) => `WHEN ${column} < ? THEN ${i}`).join(' ')} END`, params: later.map((bound) => sqlDate(manager, bound)) };
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/**
 * 统计分析 (decision 0045). Scoped as the daily report (an agent their own figures, a shift leader their
 * team, QA and the managers any team or the department). The workload and the unfiltered trend read
 * the daily roll-ups; the category mix, deadline compliance, satisfaction scores and the trend by
 * category or severity read raw rows, because the roll-up has no category, severity, time limit or
 * score: each is one grouped statement over an indexed range (received_at, closed_at, or status + completed_at).
 */
export async function analytics(ctx: ReportContext, query: AnalyticsQuery, parts: AnalyticsParts): Promise<Analytics> {
  const categoryIds = [...new Set(query.categoryIds ?? [])];
  const severities = [...new Set(query.severities ?? [])];
  assertValid(validatePeriod(query.from, query.to, categoryIds));
  const scope = await reportScope(ctx, query.teamId);
  const period = analyticsPeriod(query.from, query.to, ctx.timeZone);
  const filters: Filters = { scope, categoryIds, severities };
  const manager = ctx.dataSource.manager;
  const none = Promise.resolve([]);
  const [categoryMix, monthlyTrend, deadlineCompliance, satisfaction, workload] = await Promise.all([
    parts.categoryMix ? categoryMixOf(manager, period, filters) : none,
    parts.monthlyTrend ? trendOf(manager, period, filters) : none,
    parts.deadlineCompliance ? complianceOf(manager, period, filters) : none,
    parts.satisfaction ? satisfactionOf(manager, period, filters) : none,
    parts.workload ? workloadOf(manager, period, scope) : none,
  ]);
  return { from: period.from, to: period.to, previousFrom: period.previousFrom, previousTo: period.previousTo, ...scope, categoryMix, monthlyTrend, deadlineCompliance, satisfaction, workload };
}

/** Received in the period and in the previous one, per category: one statement over [previous start, period end). */
async function categoryMixOf(manager: EntityManager, period: AnalyticsPeriod, filters: Filters): Promise<AnalyticsCategoryShare[]> {
  const start = sqlDate(manager, period.bounds[0]);
  const where = complaintFilter(new Where().add('c.received_at >= ? AND c.received_at < ?', sqlDate(manager, period.previousStart), sqlDate(manager, period.bounds.at(-1)!)), filters);
  const rows: Array<{ categoryId: string; name: string; current: number | string; previous: number | string }> = await manager.query(
    `SELECT c.category_id AS categoryId, k.name_zh AS name,
            SUM(CASE WHEN c.received_at >= ? THEN 1 ELSE 0 END) AS current, SUM(CASE WHEN c.received_at < ? THEN 1 ELSE 0 END) AS previous
       FROM complaint c JOIN complaint_category k ON k.id = c.category_id
      WHERE ${where.sql} GROUP BY c.category_id, k.name_zh`,
    [start, start, ...where.params],
  );
  const total = rows.reduce((sum, row) => sum + Number(row.current), 0);
  return rows
    .map((row) => {
      const count = Number(row.current);
      const previousCount = Number(row.previous);
      return { categoryId: row.categoryId, categoryName: row.name, count, share: percent(count, total) ?? 0, previousCount, change: previousCount === 0 ? null : ((count - previousCount) / previousCount) * 100 };
    })
    .sort((a, b) => b.count - a.count || b.previousCount - a.previousCount || a.categoryName.localeCompare(b.categoryName, 'zh-CN'));
}

const monthRows = <T>(period: AnalyticsPeriod, make: (month: string) => T) => period.months.map(make);

/** Received and closed per month: the roll-up's complaintReceived / complaintClosed, or raw rows when a category or severity is asked (the roll-up has neither). */
async function trendOf(manager: EntityManager, period: AnalyticsPeriod, filters: Filters): Promise<AnalyticsMonthTrend[]> {
  const trend = monthRows(period, (month) => ({ month, received: 0, closed: 0 }));
  if (!filters.categoryIds.length && !filters.severities.length) {
    // The roll-up counts complaints per category (`complaintReceived:<categoryId>`, decision 0046): add them up.
    const where = rollupFilter(period, filters.scope).add("(metric LIKE 'complaintReceived:%' OR metric LIKE 'complaintClosed:%')");
    const rows: Array<{ month: string; metric: string; count: number | string }> = await manager.query(
      `SELECT SUBSTR(day, 1, 7) AS month, metric, SUM(count) AS count FROM report_daily_rollup WHERE ${where.sql} GROUP BY SUBSTR(day, 1, 7), metric`,
      where.params,
    );
    for (const row of rows) {
      const slot = trend[period.months.indexOf(row.month)];
      if (!slot) continue;
      if (row.metric.startsWith('complaintReceived:')) slot.received += Number(row.count);
      else slot.closed += Number(row.count);
    }
    return trend;
  }
  const counted = async (column: 'received_at' | 'closed_at') => {
    const index = monthIndex(manager, `c.${column}`, period);
    const where = complaintFilter(new Where().add(`c.${column} >= ? AND c.${column} < ?`, sqlDate(manager, period.bounds[0]), sqlDate(manager, period.bounds.at(-1)!)), filters);
    const rows: Array<{ m: number | string; count: number | string }> = await manager.query(
      `SELECT ${index.sql} AS m, COUNT(*) AS count FROM complaint c WHERE ${where.sql} GROUP BY m`,
      [...index.params, ...where.params],
    );
    return rows;
  };
  const [received, closed] = await Promise.all([counted('received_at'), counted('closed_at')]);
  for (const row of received) trend[Number(row.m)].received = Number(row.count);
  for (const row of closed) trend[Number(row.m)].closed = Number(row.count);
  return trend;
}

/** Closed per month, and how many by their time limit (closed_at <= due_at). */
async function complianceOf(manager: EntityManager, period: AnalyticsPeriod, filters: Filters): Promise<AnalyticsMonthCompliance[]> {
  const index = monthIndex(manager, 'c.closed_at', period);
  const where = complaintFilter(new Where().add('c.closed_at >= ? AND c.closed_at < ?', sqlDate(manager, period.bounds[0]), sqlDate(manager, period.bounds.at(-1)!)), filters);
  const rows: Array<{ m: number | string; closed: number | string; onTime: number | string }> = await manager.query(
    `SELECT ${index.sql} AS m, COUNT(*) AS closed, SUM(CASE WHEN c.closed_at <= c.due_at THEN 1 ELSE 0 END) AS onTime FROM complaint c WHERE ${where.sql} GROUP BY m`,
    [...index.params, ...where.params],
  );
  const months = monthRows(period, (month) => ({ month, closed: 0, onTime: 0, rate: null as number | null }));
  for (const row of rows) Object.assign(months[Number(row.m)], { closed: Number(row.closed), onTime: Number(row.onTime) });
  return months.map((row) => ({ ...row, rate: percent(row.onTime, row.closed) }));
}

/**
 * The answers of the follow-ups completed per month. The roll-up counts answers but has no scores, so this
 * reads follow_up by (status, completed_at). A category filter keeps the follow-ups of complaints of those
 * categories (source_category_id); a severity filter those of complaints of those severities.
 */
async function satisfactionOf(manager: EntityManager, period: AnalyticsPeriod, { scope, categoryIds, severities }: Filters): Promise<AnalyticsMonthSatisfaction[]> {
  const index = monthIndex(manager, 'f.completed_at', period);
  const where = new Where()
    .add("f.status = 'DONE' AND f.completed_at >= ? AND f.completed_at < ?", sqlDate(manager, period.bounds[0]), sqlDate(manager, period.bounds.at(-1)!))
    .add('f.archived_at IS NULL AND f.satisfaction IS NOT NULL');
  if (scope.staffId) where.add('f.assignee_id = ?', scope.staffId);
  if (scope.teamId) where.add('f.assignee_id IN (SELECT id FROM staff WHERE team_id = ?)', scope.teamId);
  if (categoryIds.length) where.add(`f.source_category_id IN (${marks(categoryIds)})`, ...categoryIds);
  if (severities.length) where.add(`f.trigger = 'COMPLAINT' AND f.source_id IN (SELECT id FROM complaint WHERE severity IN (${marks(severities)}))`, ...severities);
  const rows: Array<{ m: number | string } & Parameters<typeof satisfactionCounts>[0]> = await manager.query(
    `SELECT ${index.sql} AS m,
            SUM(CASE WHEN f.satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS satisfied, SUM(CASE WHEN f.satisfaction = 'AVERAGE' THEN 1 ELSE 0 END) AS average,
            SUM(CASE WHEN f.satisfaction = 'UNSATISFIED' THEN 1 ELSE 0 END) AS unsatisfied, SUM(f.score) AS scoreSum, COUNT(f.score) AS scored
       FROM follow_up f WHERE ${where.sql} GROUP BY m`,
    [...index.params, ...where.params],
  );
  const byMonth = new Map(rows.map((row) => [Number(row.m), satisfactionCounts(row)]));
  return period.months.map((month, i) => {
    const counts = byMonth.get(i) ?? { satisfied: 0, average: 0, unsatisfied: 0, meanScore: null };
    return { month, ...counts, satisfiedRate: percent(counts.satisfied, counts.satisfied + counts.average + counts.unsatisfied) };
  });
}

function rollupFilter(period: AnalyticsPeriod, scope: ReportScope): Where {
  const where = new Where().add('day >= ? AND day <= ?', period.from, period.to);
  if (scope.teamId) where.add('team_id = ?', scope.teamId);
  if (scope.staffId) where.add('staff_id = ?', scope.staffId);
  return where;
}

/** Per person from the roll-up: complaints closed, follow-ups done, interactions (records and follow-up calls), the busiest first. */
async function workloadOf(manager: EntityManager, period: AnalyticsPeriod, scope: ReportScope): Promise<AnalyticsWorkload[]> {
  const where = rollupFilter(period, scope);
  const rows: Array<{ staffId: string; metric: string; count: number | string }> = await manager.query(
    `SELECT staff_id AS staffId, metric, SUM(count) AS count FROM report_daily_rollup WHERE ${where.sql} GROUP BY staff_id, metric`,
    where.params,
  );
  const perStaff = new Map<string, Array<{ metric: string; count: number }>>();
  for (const row of rows) perStaff.set(row.staffId, [...(perStaff.get(row.staffId) ?? []), { metric: row.metric, count: Number(row.count) }]);
  if (!perStaff.size) return [];
  const names = await staffNamesByIds(manager.connection, [...perStaff.keys()]);
  return [...perStaff]
    .map(([staffId, counts]) => {
      const figures = figuresOf(counts);
      return { staffId, staffName: names.get(staffId) ?? null, complaintsHandled: figures.complaintsClosed, followUpsDone: figures.followUpsDone, interactions: figures.interactionTotal };
    })
    .filter((row) => row.complaintsHandled + row.followUpsDone + row.interactions > 0)
    .sort((a, b) => b.interactions - a.interactions || b.complaintsHandled - a.complaintsHandled || (a.staffName ?? '').localeCompare(b.staffName ?? '', 'zh-CN'));
}
