import { addLocalDays, isLocalDate, type LocalDate } from '../shared/local-date';
import type { Violation } from '../violation';

/** A QA summary covers a week (Monday to Sunday) or a calendar month. */
export const SUMMARY_PERIOD_KINDS = ['WEEK', 'MONTH'] as const;
export type SummaryPeriodKind = (typeof SUMMARY_PERIOD_KINDS)[number];

export interface SummaryPeriod {
  kind: SummaryPeriodKind;
  /** First day, included. */
  start: LocalDate;
  /** Last day, included. */
  end: LocalDate;
  /** 'YYYY-MM' for a month: the evaluations' `month` (the month of the evaluated record). */
  month: string | null;
}

/** The week (Monday first, as Chinese calendars print it) or the month holding `date`. */
export function summaryPeriod(kind: SummaryPeriodKind, date: LocalDate): SummaryPeriod {
  if (kind === 'MONTH') {
    const month = date.slice(0, 7);
    const next = addLocalDays(`${month}-28`, 4).slice(0, 7);
    return { kind, start: `${month}-01`, end: addLocalDays(`${next}-01`, -1), month };
  }
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = addLocalDays(date, -weekday);
  return { kind, start, end: addLocalDays(start, 6), month: null };
}

/** The period just before: the trend compares with it. */
export function previousPeriod(period: SummaryPeriod): SummaryPeriod {
  return summaryPeriod(period.kind, addLocalDays(period.start, -1));
}

export function validateSummaryDate(date: string): Violation[] {
  return isLocalDate(date) ? [] : [{ rule: 'invalidDate', field: 'date' }];
}

/** Sums of one agent's scores on one dimension in one period (a grouped SQL row). */
export interface DimensionScoreSums {
  agentId: string;
  teamId: string | null;
  /** 0: the period summarised, 1: the one before. */
  period: 0 | 1;
  dimension: string;
  scoreSum: number;
  maxSum: number;
  items: number;
}

/** Sums of one agent's evaluation totals in one period (a grouped SQL row). */
export interface EvaluationTotalSums {
  agentId: string;
  teamId: string | null;
  period: 0 | 1;
  evaluations: number;
  totalSum: number;
}

export interface DimensionFigure {
  dimension: string;
  /** Share of the scale reached, 0–100, one decimal: comparable across templates with other scales. */
  average: number | null;
  items: number;
  previousAverage: number | null;
  /** average − previousAverage; null when either is missing (never a made-up 0). */
  change: number | null;
}

export interface GroupFigures {
  /** The agent's or team's id; null for everyone together (and for evaluations of agents with no team). */
  key: string | null;
  evaluations: number;
  /** Mean evaluation total, 0–100, one decimal (a critical failure counts as its 0). */
  average: number | null;
  previousEvaluations: number;
  previousAverage: number | null;
  change: number | null;
  dimensions: DimensionFigure[];
}

export interface QualitySummaryFigures {
  overall: GroupFigures;
  teams: GroupFigures[];
  agents: GroupFigures[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : oneDecimal(a - b));

interface Accumulator {
  totals: [{ n: number; sum: number }, { n: number; sum: number }];
  dimensions: Map<string, [{ score: number; max: number; items: number }, { score: number; max: number; items: number }]>;
}

function emptyAccumulator(): Accumulator {
  return { totals: [{ n: 0, sum: 0 }, { n: 0, sum: 0 }], dimensions: new Map() };
}

function figuresOf(key: string | null, acc: Accumulator, dimensionOrder: readonly string[]): GroupFigures {
  const mean = (t: { n: number; sum: number }) => (t.n === 0 ? null : oneDecimal(t.sum / t.n));
  const [now, before] = acc.totals;
  const codes = [...acc.dimensions.keys()].sort((a, b) => rank(dimensionOrder, a) - rank(dimensionOrder, b) || a.localeCompare(b));
  return {
    key,
    evaluations: now.n,
    average: mean(now),
    previousEvaluations: before.n,
    previousAverage: mean(before),
    change: difference(mean(now), mean(before)),
    dimensions: codes.map((dimension) => {
      const [cur, prev] = acc.dimensions.get(dimension) ?? [];
      const share = (s?: { score: number; max: number }) => (!s || s.max === 0 ? null : oneDecimal((100 * s.score) / s.max));
      return { dimension, average: share(cur), items: cur?.items ?? 0, previousAverage: share(prev), change: difference(share(cur), share(prev)) };
    }),
  };
}

const rank = (order: readonly string[], code: string) => {
  const index = order.indexOf(code);
  return index === -1 ? order.length : index;
};

/**
 * 质检汇总: everyone's, each team's and each agent's mean total and per-dimension share of the scale,
 * with the previous period beside it. The database sums per agent, team, dimension and period (two
 * grouped statements); this rolls the sums up, so a team's average weighs every item alike instead
 * of averaging its agents' averages. An agent listed is one evaluated in either period.
 */
export function summarizeQuality(scores: readonly DimensionScoreSums[], totals: readonly EvaluationTotalSums[], dimensionOrder: readonly string[] = []): QualitySummaryFigures {
  const overall = emptyAccumulator();
  const teams = new Map<string | null, Accumulator>();
  const agents = new Map<string, Accumulator>();
  const groupsOf = (row: { agentId: string; teamId: string | null }) => {
    if (!teams.has(row.teamId)) teams.set(row.teamId, emptyAccumulator());
    if (!agents.has(row.agentId)) agents.set(row.agentId, emptyAccumulator());
    return [overall, teams.get(row.teamId) as Accumulator, agents.get(row.agentId) as Accumulator];
  };
  for (const row of totals) {
    for (const acc of groupsOf(row)) {
      acc.totals[row.period].n += row.evaluations;
      acc.totals[row.period].sum += row.totalSum;
    }
  }
  for (const row of scores) {
    for (const acc of groupsOf(row)) {
      if (!acc.dimensions.has(row.dimension)) acc.dimensions.set(row.dimension, [{ score: 0, max: 0, items: 0 }, { score: 0, max: 0, items: 0 }]);
      const cell = (acc.dimensions.get(row.dimension) as [{ score: number; max: number; items: number }, { score: number; max: number; items: number }])[row.period];
      cell.score += row.scoreSum;
      cell.max += row.maxSum;
      cell.items += row.items;
    }
  }
  const byKey = (a: GroupFigures, b: GroupFigures) => (a.key ?? '').localeCompare(b.key ?? '');
  return {
    overall: figuresOf(null, overall, dimensionOrder),
    teams: [...teams].map(([key, acc]) => figuresOf(key, acc, dimensionOrder)).sort(byKey),
    agents: [...agents].map(([key, acc]) => figuresOf(key, acc, dimensionOrder)).sort(byKey),
  };
}

export interface CommonPhrase {
  phrase: string;
  /** How many comments say it (a comment saying it twice counts once). */
  count: number;
}

// Chinese and Latin clause breaks: inspectors write short clauses ("未使用标准开场白，语速过快").
const CLAUSE_BREAK = /[，。；;,.!?！？、\n\r]+/;

/**
 * 常见问题: the clauses that recur across the comments on deducted items. Chinese has no spaces to split
 * words on, and bigram counts surface fragments ("使用", "标准") nobody can act on; inspectors, though,
 * write the same short clauses ("未使用标准开场白", "语速过快") again and again. So each comment is cut at
 * its punctuation, clauses are compared without spaces and case, and those said in two or more
 * comments are ranked by how many said them (ties in code-point order, so the list is stable).
 */
export function commonPhrases(comments: readonly (string | null | undefined)[], limit = 10): CommonPhrase[] {
  const counts = new Map<string, { phrase: string; count: number }>();
  for (const comment of comments) {
    if (!comment) continue;
    const seen = new Set<string>();
    for (const clause of comment.split(CLAUSE_BREAK)) {
      const phrase = clause.trim();
      const key = phrase.replace(/\s+/g, '').toLowerCase();
      if ([...key].length < 2 || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { phrase, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= 2)
    .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
    .slice(0, limit);
}
