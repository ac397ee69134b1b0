import { atLocalTime, addLocalDays, commonPhrases, type DimensionScoreSums, type EvaluationTotalSums, type GroupFigures, previousPeriod, QUALITY_DIMENSIONS, type SummaryPeriod, type SummaryPeriodKind, summarizeQuality, summaryPeriod, validateSummaryDate } from '@sanxin/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { assertValid } from '../../shared/errors';
import { isSqlite } from '../../shared/sql-date';
import type { ServiceContext } from '../../shared/service-context';
import { assertCan } from '../../shared/viewer';
import { Staff } from '../staff';
import type { QualityFigures, QualitySummary } from './quality-summary.types';

/** Evaluations a summary counts: submitted or later (a draft is the inspector's, not yet a finding). */
export const COUNTED_STATUSES = ['SUBMITTED', 'ACKNOWLEDGED', 'DISPUTED', 'UPHELD', 'REVISED'] as const;
export const LOWEST_LIMIT_MAX = 50;

export interface SummaryRequest {
  kind: SummaryPeriodKind;
  date: string;
  teamId?: string | null;
  agentId?: string | null;
  lowestLimit?: number | null;
}

interface Scope {
  current: SummaryPeriod;
  previous: SummaryPeriod;
  params: Record<string, unknown>;
  /** SQL of the period index: 0 the period summarised, 1 the one before. */
  periodSql: string;
  /** SQL restricting to the two periods, the counted statuses and the viewer's scope. */
  whereSql: string;
  currentSql: string;
}

/**
 * The evaluations' rows are read through query builders on their tables (the quality module's contract,
 * CONTRACTS.md): a month by `month` (the month of the evaluated record, as the assessment counts it), a
 * week by `submitted_at` (what the inspectors found that week, which is what a weekly training meeting discusses).
 */
async function scopeOf(ctx: ServiceContext, request: SummaryRequest, timeZone: string): Promise<Scope> {
  const current = summaryPeriod(request.kind, request.date);
  const previous = previousPeriod(current);
  const params: Record<string, unknown> = { statuses: [...COUNTED_STATUSES] };
  let periodSql: string;
  let rangeSql: string;
  let currentSql: string;
  if (request.kind === 'MONTH') {
    Object.assign(params, { month0: current.month, month1: previous.month });
    periodSql = 'CASE WHEN e.month = :month0 THEN 0 ELSE 1 END';
    rangeSql = 'e.month IN (:month0, :month1)';
    currentSql = 'e.month = :month0';
  } else {
    Object.assign(params, { from1: atLocalTime(previous.start, 0, timeZone), from0: atLocalTime(current.start, 0, timeZone), to0: atLocalTime(addLocalDays(current.end, 1), 0, timeZone) });
    periodSql = 'CASE WHEN e.submitted_at >= :from0 THEN 0 ELSE 1 END';
    rangeSql = 'e.submitted_at >= :from1 AND e.submitted_at < :to0';
    currentSql = 'e.submitted_at >= :from0';
  }
  let whereSql = `${rangeSql} AND e.status IN (:...statuses)`;
  const teamId = ctx.viewer.role === 'SHIFT_LEADER' ? await leaderTeam(ctx) : request.teamId;
  if (teamId) {
    whereSql += ' AND e.team_id = :teamId';
    params.teamId = teamId;
  }
  if (request.agentId) {
    whereSql += ' AND e.agent_id = :agentId';
    params.agentId = request.agentId;
  }
  return { current, previous, params, periodSql, whereSql, currentSql };
}

/** A shift leader's summaries cover their own team only (whatever teamId they ask for). */
async function leaderTeam(ctx: ServiceContext): Promise<string> {
  const me = await ctx.dataSource.manager.findOne(Staff, { where: { id: ctx.viewer.id }, select: { id: true, teamId: true } });
  return me?.teamId ?? '-';
}

/** A group key as MariaDB returns it when grouped by its bytes (a Buffer), or as SQLite does (a string). */
type KeyValue = string | Buffer;

/**
 * Group keys are ids and dimension codes (ASCII): MariaDB groups them by their bytes, skipping the
 * unicode collation's weights that made the per-dimension grouping its slowest step (decision 0041);
 * SQLite compares bytes already.
 */
const groupKey = (ctx: ServiceContext) => (column: string) => (isSqlite(ctx.dataSource) ? column : `CAST(${column} AS BINARY)`);

const evaluations = (ctx: ServiceContext): SelectQueryBuilder<Record<string, unknown>> => ctx.dataSource.createQueryBuilder().from('quality_evaluation', 'e');
const scores = (ctx: ServiceContext) => evaluations(ctx).innerJoin('quality_evaluation_score', 's', 's.evaluation_id = e.id');

/** Lowest share of the scale first, then by id (stable); in tenths, so equal shares compare equal exactly. */
function lowestFirst<T extends { id: string; score: number; maxScore: number }>(items: T[]): T[] {
  const tenths = (value: number) => Math.round(value * 10);
  return [...items].sort((a, b) => tenths(a.score) * tenths(b.maxScore) - tenths(b.score) * tenths(a.maxScore) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * 质检汇总 in three statements whatever the number of agents: totals and per-dimension sums grouped by
 * agent, team and period (the domain rolls them up to teams and everyone), and the period's deducted
 * items (the lowest ones and the common phrases of their comments). Each reads a covering index
 * (decision 0041).
 */
export async function qualitySummary(ctx: ServiceContext, request: SummaryRequest, timeZone: string): Promise<QualitySummary> {
  assertCan(ctx.viewer, 'qualitySummary', 'list');
  return qualitySummaryOf(ctx, request, timeZone);
}

/**
 * The summary for a caller that has scoped the viewer already (the weekly report: an agent their own
 * evaluations, a leader their team's): no permission of its own is asked.
 */
export async function qualitySummaryOf(ctx: ServiceContext, request: SummaryRequest, timeZone: string): Promise<QualitySummary> {
  const limit = request.lowestLimit ?? 10;
  assertValid([...validateSummaryDate(request.date), ...(Number.isInteger(limit) && limit >= 0 && limit <= LOWEST_LIMIT_MAX ? [] : [{ rule: 'outOfRange', field: 'lowestLimit', params: { min: 0, max: LOWEST_LIMIT_MAX } }])]);
  const scope = await scopeOf(ctx, request, timeZone);
  const { params, periodSql, whereSql, currentSql } = scope;

  const key = groupKey(ctx);
  const totalRows: Array<{ agentId: KeyValue; teamId: KeyValue | null; period: number | string; evaluations: number | string; totalSum: number | string | null }> = await evaluations(ctx)
    .select(key('e.agent_id'), 'agentId')
    .addSelect(key('e.team_id'), 'teamId')
    .addSelect(periodSql, 'period')
    .addSelect('COUNT(*)', 'evaluations')
    .addSelect('SUM(COALESCE(e.total, 0))', 'totalSum')
    .where(whereSql, params)
    .groupBy('agentId')
    .addGroupBy('teamId')
    .addGroupBy('period')
    .getRawMany();
  const scoreRows: Array<{ agentId: KeyValue; teamId: KeyValue | null; period: number | string; dimension: KeyValue; scoreSum: number | string; maxSum: number | string; items: number | string }> = await scores(ctx)
    .select(key('e.agent_id'), 'agentId')
    .addSelect(key('e.team_id'), 'teamId')
    .addSelect(periodSql, 'period')
    .addSelect(key('s.dimension'), 'dimension')
    .addSelect('SUM(s.score)', 'scoreSum')
    .addSelect('SUM(s.max_score)', 'maxSum')
    .addSelect('COUNT(*)', 'items')
    .where(whereSql, params)
    .groupBy('agentId')
    .addGroupBy('teamId')
    .addGroupBy('period')
    .addGroupBy('dimension')
    .getRawMany();
  // The period's deducted items once: the lowest N and the common phrases both come from them (sorting a
  // few thousand rows here is cheaper than a second scan sorted by an expression in the database).
  const deductedRows: Array<{ id: string; evaluationId: string; agentId: string; dimension: string; score: number | string; maxScore: number | string; comment: string | null }> = await scores(ctx)
    .select('s.id', 'id')
    .addSelect('e.id', 'evaluationId')
    .addSelect('e.agent_id', 'agentId')
    .addSelect('s.dimension', 'dimension')
    .addSelect('s.score', 'score')
    .addSelect('s.max_score', 'maxScore')
    .addSelect('s.comment', 'comment')
    .where(`${whereSql} AND ${currentSql} AND s.score < s.max_score`, params)
    .getRawMany();
  const deducted = deductedRows.map((r) => ({ id: r.id, evaluationId: r.evaluationId, agentId: r.agentId, dimension: r.dimension, score: Number(r.score), maxScore: Number(r.maxScore), comment: r.comment ?? null }));

  const totals: EvaluationTotalSums[] = totalRows.map((r) => ({ agentId: String(r.agentId), teamId: r.teamId == null ? null : String(r.teamId), period: Number(r.period) === 0 ? 0 : 1, evaluations: Number(r.evaluations), totalSum: Number(r.totalSum ?? 0) }));
  const sums: DimensionScoreSums[] = scoreRows.map((r) => ({ agentId: String(r.agentId), teamId: r.teamId == null ? null : String(r.teamId), period: Number(r.period) === 0 ? 0 : 1, dimension: String(r.dimension), scoreSum: Number(r.scoreSum), maxSum: Number(r.maxSum), items: Number(r.items) }));
  const figures = summarizeQuality(sums, totals, QUALITY_DIMENSIONS);
  // The agent's team: the one of their latest evaluation in view (current period first).
  const teamOfAgent = new Map<string, string | null>();
  for (const row of [...totals].sort((a, b) => b.period - a.period)) teamOfAgent.set(row.agentId, row.teamId);
  const row = (group: GroupFigures, agentId: string | null, teamId: string | null): QualityFigures => ({ ...group, agentId, teamId });
  return {
    periodKind: request.kind,
    periodStart: scope.current.start,
    periodEnd: scope.current.end,
    previousStart: scope.previous.start,
    overall: row(figures.overall, null, null),
    teams: figures.teams.map((team) => row(team, null, team.key)),
    agents: figures.agents.map((agent) => row(agent, agent.key, teamOfAgent.get(agent.key ?? '') ?? null)),
    lowestItems: lowestFirst(deducted)
      .slice(0, limit)
      .map(({ id, ...item }) => item),
    commonComments: commonPhrases(deducted.flatMap((item) => (item.comment == null ? [] : [item.comment]))),
  };
}

export interface DisputeCounts {
  /** Evaluations of the period under dispute now (申诉中). */
  open: number;
  /** Evaluations of the period whose dispute was decided: the score upheld or revised. */
  decided: number;
}

/** Disputes among the period's evaluations, in the summary's scope (one statement; scoped by the caller, as qualitySummaryOf). */
export async function disputeCountsOf(ctx: ServiceContext, request: SummaryRequest, timeZone: string): Promise<DisputeCounts> {
  const { params, whereSql, currentSql } = await scopeOf(ctx, request, timeZone);
  const row: { open: number | string | null; decided: number | string | null } | undefined = await evaluations(ctx)
    .select("SUM(CASE WHEN e.status = 'DISPUTED' THEN 1 ELSE 0 END)", 'open')
    .addSelect("SUM(CASE WHEN e.status IN ('UPHELD', 'REVISED') THEN 1 ELSE 0 END)", 'decided')
    .where(`${whereSql} AND ${currentSql}`, params)
    .getRawOne();
  return { open: Number(row?.open ?? 0), decided: Number(row?.decided ?? 0) };
}
