import {
  addDays,
  figuresOf,
  INTERACTION_KINDS,
  LONG_OPEN_HOURS,
  localDate,
  type RolledUpFigures,
  type RollupCount,
  type Satisfaction,
  weekStartOf,
} from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { parseDbDate } from '../../shared/db-date';
import { forbidden } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { sqlDate } from '../../shared/sql-date';
import { scopeFor } from '../../shared/viewer';
import { staffNamesByIds } from '../staff';
import { dayBounds } from './report-rollup.compute';
import type { DailyReport, LongOpenComplaint, ReportFigures, Staffing, WeeklyReport } from './report.types';

export interface ReportContext extends ServiceContext {
  timeZone: string;
}

/** Whose figures a report shows: a person (an agent's own), a team, or the department (both null). */
export interface ReportScope {
  teamId: string | null;
  staffId: string | null;
}

/**
 * An agent sees their own figures whatever they ask; a shift leader their team (FORBIDDEN for another);
 * QA and the managers the team asked for, or the department.
 */
export async function reportScope(ctx: ReportContext, teamId: string | null | undefined): Promise<ReportScope> {
  const scope = scopeFor(ctx.viewer, 'report', 'list');
  if (scope === false) throw forbidden('report', 'list');
  if (scope === 'all') return { teamId: teamId ?? null, staffId: null };
  if (ctx.viewer.role === 'AGENT') {
    if (teamId) throw forbidden('report', 'list');
    return { teamId: null, staffId: ctx.viewer.id };
  }
  const [me]: Array<{ teamId: string | null }> = await ctx.dataSource.query('SELECT team_id AS teamId FROM staff WHERE id = ?', [ctx.viewer.id]);
  const own = me?.teamId ?? null;
  if (teamId && teamId !== own) throw forbidden('report', 'list');
  return own ? { teamId: own, staffId: null } : { teamId: null, staffId: ctx.viewer.id };
}

interface Grouped extends RollupCount {
  key: string | null;
}

/** Roll-up counts of the days [from, to] in scope, grouped by metric and optionally by day, team or person. */
async function rolledUp(manager: EntityManager, scope: ReportScope, from: string, to: string, by: 'day' | 'team_id' | 'staff_id' | null): Promise<Grouped[]> {
  const where = ['day >= ?', 'day <= ?'];
  const params: unknown[] = [from, to];
  if (scope.teamId) {
    where.push('team_id = ?');
    params.push(scope.teamId);
  }
  if (scope.staffId) {
    where.push('staff_id = ?');
    params.push(scope.staffId);
  }
  // `grp`, not `key`: KEY is a reserved word in MySQL.
  const rows: Array<{ grp: string | null; metric: string; count: number | string }> = await manager.query(
    `SELECT ${by ?? 'NULL'} AS grp, metric, SUM(count) AS count FROM report_daily_rollup WHERE ${where.join(' AND ')} GROUP BY ${by ? `${by}, ` : ''}metric`,
    params,
  );
  return rows.map((row) => ({ key: row.grp, metric: row.metric, count: Number(row.count) }));
}

/** The domain's figures in the schema's shape: every kind listed, levels and answers as lists. */
export function figuresView(figures: RolledUpFigures): ReportFigures {
  return {
    ...figures,
    interactions: INTERACTION_KINDS.map((kind) => ({ kind, ...figures.interactions[kind] })),
    escalations: Object.entries(figures.escalations)
      .map(([level, count]) => ({ level: Number(level), count }))
      .sort((a, b) => a.level - b.level),
    feedback: Object.entries(figures.feedback).map(([satisfaction, count]) => ({ satisfaction: satisfaction as Satisfaction, count })),
  };
}

function groupFigures(rows: Grouped[]): Map<string, ReportFigures> {
  const byKey = new Map<string, Grouped[]>();
  for (const row of rows) byKey.set(row.key ?? '', [...(byKey.get(row.key ?? '') ?? []), row]);
  return new Map([...byKey].map(([key, counts]) => [key, figuresView(figuresOf(counts))]));
}

async function staffFigures(ctx: ReportContext, rows: Grouped[]) {
  const grouped = groupFigures(rows);
  const names = await staffNamesByIds(ctx.dataSource, [...grouped.keys()]);
  return [...grouped]
    .map(([staffId, figures]) => ({ staffId, staffName: names.get(staffId) ?? null, figures }))
    .sort((a, b) => b.figures.interactionTotal - a.figures.interactionTotal || (a.staffName ?? '').localeCompare(b.staffName ?? '', 'zh-CN'));
}

/** The parts of the daily report a request selected: a home screen that counts the long-open complaints reads nothing else. */
export interface DailyReportParts {
  figures: boolean;
  byTeam: boolean;
  byStaff: boolean;
  longOpenTotal: boolean;
  longOpenComplaints: boolean;
  staffing: boolean;
}

const EVERY_PART: DailyReportParts = { figures: true, byTeam: true, byStaff: true, longOpenTotal: true, longOpenComplaints: true, staffing: true };
const NOTHING = Promise.resolve([]);

export async function dailyReport(ctx: ReportContext, date: string, teamId: string | null | undefined, parts = EVERY_PART): Promise<DailyReport> {
  const scope = await reportScope(ctx, teamId);
  const manager = ctx.dataSource.manager;
  const department = !scope.teamId && !scope.staffId;
  const [all, perTeam, perStaff, longOpen, staffing] = await Promise.all([
    parts.figures ? rolledUp(manager, scope, date, date, null) : NOTHING,
    department && parts.byTeam ? rolledUp(manager, scope, date, date, 'team_id') : NOTHING,
    scope.teamId && parts.byStaff ? rolledUp(manager, scope, date, date, 'staff_id') : NOTHING,
    longOpenComplaints(ctx, scope, date, parts),
    parts.staffing
      ? staffingOf(manager, scope, date, ctx.timeZone)
      : Promise.resolve<Staffing>({ headcount: 0, rostered: 0, onLeave: 0, available: 0, shifts: 0 }),
  ]);
  const teams = groupFigures(perTeam);
  const teamNames = teams.size ? await namesOfTeams(manager, [...teams.keys()]) : new Map<string, string>();
  return {
    date,
    ...scope,
    figures: figuresView(figuresOf(all)),
    byTeam: [...teams]
      .map(([id, figures]) => ({ teamId: id || null, teamName: teamNames.get(id) ?? null, figures }))
      .sort((a, b) => (a.teamName ?? '').localeCompare(b.teamName ?? '', 'zh-CN')),
    byStaff: perStaff.length ? await staffFigures(ctx, perStaff) : [],
    longOpenTotal: longOpen.total,
    longOpenComplaints: longOpen.rows,
    staffing,
  };
}

export async function weeklyReport(ctx: ReportContext, anyDay: string, teamId: string | null | undefined): Promise<WeeklyReport> {
  const scope = await reportScope(ctx, teamId);
  const weekStart = weekStartOf(anyDay);
  const weekEnd = addDays(weekStart, 6);
  const manager = ctx.dataSource.manager;
  const [perDay, perStaff] = await Promise.all([
    rolledUp(manager, scope, weekStart, weekEnd, 'day'),
    scope.teamId ? rolledUp(manager, scope, weekStart, weekEnd, 'staff_id') : Promise.resolve([]),
  ]);
  const days = groupFigures(perDay);
  const empty = figuresView(figuresOf([]));
  return {
    weekStart,
    weekEnd,
    ...scope,
    figures: figuresView(figuresOf(perDay)),
    days: [0, 1, 2, 3, 4, 5, 6].map((offset) => {
      const date = addDays(weekStart, offset);
      return { date, figures: days.get(date) ?? empty };
    }),
    byStaff: await staffFigures(ctx, perStaff),
  };
}

const LONG_OPEN_LIMIT = 100;

/**
 * Complaints open more than 24 hours at the end of `date` (now, for today): live rows, not roll-ups,
 * since the list names each one. Today reads only open complaints (closed_at IS NULL leads an index).
 */
async function longOpenComplaints(
  ctx: ReportContext,
  scope: ReportScope,
  date: string,
  parts: Pick<DailyReportParts, 'longOpenTotal' | 'longOpenComplaints'>,
): Promise<{ total: number; rows: LongOpenComplaint[] }> {
  const now = ctx.clock.now();
  const { end } = dayBounds(date, ctx.timeZone);
  const asOf = end < now ? end : now;
  const manager = ctx.dataSource.manager;
  const cutoff = new Date(asOf.getTime() - LONG_OPEN_HOURS * 3_600_000);
  const where = [asOf === now ? 'c.closed_at IS NULL' : '(c.closed_at IS NULL OR c.closed_at > ?)', 'c.received_at <= ?'];
  const params: unknown[] = asOf === now ? [sqlDate(manager, cutoff)] : [sqlDate(manager, asOf), sqlDate(manager, cutoff)];
  if (scope.staffId) {
    where.push('c.owner_id = ?');
    params.push(scope.staffId);
  }
  if (scope.teamId) {
    where.push('c.owner_id IN (SELECT id FROM staff WHERE team_id = ?)');
    params.push(scope.teamId);
  }
  const filter = where.join(' AND ');
  const [[count], rows] = await Promise.all([
    parts.longOpenTotal
      ? (manager.query(`SELECT COUNT(*) AS total FROM complaint c WHERE ${filter}`, params) as Promise<Array<{ total: number | string }>>)
      : Promise.resolve([{ total: 0 }]),
    !parts.longOpenComplaints
      ? Promise.resolve([])
      : (manager.query(
          `SELECT c.id AS id, c.number AS number, c.owner_id AS ownerId, s.name AS ownerName, c.received_at AS receivedAt, c.due_at AS dueAt
         FROM complaint c LEFT JOIN staff s ON s.id = c.owner_id WHERE ${filter} ORDER BY c.received_at, c.id LIMIT ${LONG_OPEN_LIMIT}`,
          params,
        ) as Promise<Array<{ id: string; number: string; ownerId: string; ownerName: string | null; receivedAt: Date | string; dueAt: Date | string }>>),
  ]);
  return {
    total: Number(count.total),
    rows: rows.map((row) => {
      const receivedAt = parseDbDate(row.receivedAt);
      return { ...row, receivedAt, dueAt: parseDbDate(row.dueAt), ageHours: Math.round((asOf.getTime() - receivedAt.getTime()) / 360_000) / 10 };
    }),
  };
}

/** Who was rostered on `date` (published shifts) in scope, and how many of them had approved leave that day. */
async function staffingOf(manager: EntityManager, scope: ReportScope, date: string, timeZone: string): Promise<Staffing> {
  const { start, end } = dayBounds(date, timeZone);
  const shiftWhere = ['sh.date = ?'];
  const shiftParams: unknown[] = [date];
  if (scope.teamId) {
    shiftWhere.push('sh.team_id = ?');
    shiftParams.push(scope.teamId);
  }
  const personFilter = scope.staffId ? ' AND a.staff_id = ?' : '';
  const personParams = scope.staffId ? [scope.staffId] : [];
  const shifts = `FROM shift sh JOIN roster r ON r.id = sh.roster_id AND r.status = 'PUBLISHED' JOIN shift_assignment a ON a.shift_id = sh.id WHERE ${shiftWhere.join(' AND ')}${personFilter}`;
  const headWhere = scope.staffId ? 'id = ?' : scope.teamId ? 'team_id = ? AND active = ?' : 'active = ?';
  const headParams = scope.staffId ? [scope.staffId] : scope.teamId ? [scope.teamId, true] : [true];
  const [[rostered], [leave], [head]] = await Promise.all([
    manager.query(`SELECT COUNT(DISTINCT a.staff_id) AS people, COUNT(DISTINCT sh.id) AS shifts ${shifts}`, [...shiftParams, ...personParams]),
    manager.query(
      `SELECT COUNT(DISTINCT l.staff_id) AS people FROM leave_request l
        WHERE l.status = 'APPROVED' AND l.starts_at < ? AND l.ends_at > ? AND l.staff_id IN (SELECT a.staff_id ${shifts})`,
      [sqlDate(manager, end), sqlDate(manager, start), ...shiftParams, ...personParams],
    ),
    manager.query(`SELECT COUNT(*) AS people FROM staff WHERE ${headWhere}`, headParams),
  ]);
  const people = Number(rostered.people);
  const onLeave = Number(leave.people);
  return { headcount: Number(head.people), rostered: people, onLeave, available: people - onLeave, shifts: Number(rostered.shifts) };
}

async function namesOfTeams(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const real = ids.filter(Boolean);
  if (!real.length) return new Map();
  const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM team WHERE id IN (${real.map(() => '?').join(', ')})`, real);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Today in the business time zone: the reports' default day. */
export const todayOf = (ctx: ReportContext) => localDate(ctx.clock.now(), ctx.timeZone);
