import type { Role } from '../staff/staff.types';
import type { StepTable } from '../shared/workflow-steps';
import { categoryBreakdown, type CategoryCount, changePercent, percentile, sharePercent } from './report.figures';
import { mayTakeReportAction } from './report.machine';
import type { MonthlyReportSection, ReportAction, ReportStatus } from './report.types';

/**
 * 月服务报告 steps as the API names them. CORRECT moves no machine: the signed report stays signed and
 * a new draft version is written beside it (a signed report never changes).
 */
export const MONTHLY_REPORT_STEPS = {
  REGENERATE: ['regenerate'],
  SUBMIT: ['submit'],
  SIGN: ['sign'],
  RETURN_TO_DRAFT: ['returnToDraft'],
  CORRECT: [],
} as const satisfies StepTable<string, ReportAction>;
export type MonthlyReportStep = keyof typeof MONTHLY_REPORT_STEPS;

/** A correction is started by whoever writes reports, from the newest signed version only. */
export function mayCorrectReport(status: ReportStatus, role: Role, superseded: boolean): boolean {
  return status === 'SIGNED' && !superseded && mayTakeReportAction('regenerate', role, false);
}

/** The columns of the report's tables; each has a unit so exports format it and charts pick counts. */
export const MONTHLY_REPORT_MEASURES = {
  COUNT: 'COUNT',
  SHARE: 'PERCENT',
  VS_PREVIOUS_MONTH: 'PERCENT',
  VS_LAST_YEAR: 'PERCENT',
  RECEIVED: 'COUNT',
  RECEIVED_SHARE: 'PERCENT',
  RECEIVED_VS_PREVIOUS_MONTH: 'PERCENT',
  RECEIVED_VS_LAST_YEAR: 'PERCENT',
  RESOLVED: 'COUNT',
  RESOLVED_SHARE: 'PERCENT',
  RESOLVED_VS_PREVIOUS_MONTH: 'PERCENT',
  RESOLVED_VS_LAST_YEAR: 'PERCENT',
  MEDIAN_HOURS: 'HOURS',
  P90_HOURS: 'HOURS',
  ON_TIME: 'COUNT',
  LATE: 'COUNT',
  COMPLIANCE_RATE: 'PERCENT',
  OPEN_OVERDUE: 'COUNT',
  AVERAGE_SCORE: 'SCORE',
  SCORE: 'SCORE',
  INTERACTIONS: 'COUNT',
  FOLLOW_UPS_DONE: 'COUNT',
  URGES: 'COUNT',
  ESCALATION_LEVEL: 'COUNT',
  HOURS_OPEN: 'HOURS',
} as const;
export type MonthlyReportMeasure = keyof typeof MONTHLY_REPORT_MEASURES;
export const MONTHLY_REPORT_MEASURE_NAMES = Object.keys(MONTHLY_REPORT_MEASURES) as MonthlyReportMeasure[];

/** What a row of a section stands for. */
export const MONTHLY_REPORT_DIMENSIONS = ['TOTAL', 'CATEGORY', 'SEVERITY', 'LEVEL', 'SATISFACTION', 'FOLLOW_UP', 'STAFF', 'COMPLAINT', 'EVALUATION'] as const;
export type MonthlyReportDimension = (typeof MONTHLY_REPORT_DIMENSIONS)[number];

/** The filtered console list behind a figure (route + react-admin filter), as the home screen's targets. */
export interface RecordLink {
  route: string;
  filter: Record<string, unknown> | null;
}

export interface MonthlyReportRow {
  dimension: MonthlyReportDimension;
  /** The category, severity, level, person … id or code; null for a total. */
  key: string | null;
  /** Frozen display text (a name, a number, a label in Chinese): the snapshot does not change with later renames. */
  label: string;
  /** A remark, e.g. how a violation was handled. */
  note: string | null;
  /** One value per column; null where there is no basis (a change from zero, a median of nothing). */
  values: Array<number | null>;
  link: RecordLink | null;
}

export interface MonthlyReportTable {
  section: MonthlyReportSection;
  columns: MonthlyReportMeasure[];
  rows: MonthlyReportRow[];
}

export interface Named {
  id: string;
  name: string;
}

export interface ThreePeriods<T> {
  current: T;
  previousMonth: T;
  lastYear: T;
}

export interface ResolvedComplaint {
  categoryId: string;
  severity: string;
  hours: number;
  onTime: boolean;
}

export interface QaViolation {
  evaluationId: string;
  agentName: string;
  failures: string;
  score: number | null;
  /** How it was handled, in words (已确认, 申诉中, 维持原评分 …). */
  handling: string;
}

export interface WorkloadRow {
  staffId: string;
  name: string;
  interactions: number;
  received: number;
  resolved: number;
  followUpsDone: number;
}

export interface NotableCase {
  complaintId: string;
  number: string;
  summary: string;
  urges: number;
  escalationLevel: number;
  hoursOpen: number;
}

/** Everything the sections are built from, gathered by the API from the roll-ups and a few raw queries. */
export interface MonthlyReportInput {
  /** [from, to) of the month as instants (ISO), and the team a team report covers: for the links. */
  period: { from: string; to: string; month: string; teamId?: string | null };
  categories: readonly Named[];
  received: ThreePeriods<CategoryCount[]>;
  resolved: ThreePeriods<CategoryCount[]>;
  resolutions: readonly ResolvedComplaint[];
  openOverdue: readonly CategoryCount[];
  escalations: ThreePeriods<Record<number, number>>;
  urges: ThreePeriods<number>;
  followUps: { due: number; done: number; overdue: number; feedback: Record<string, number> };
  quality: { evaluated: number; averageScore: number | null; violations: readonly QaViolation[] };
  workload: readonly WorkloadRow[];
  notable: readonly NotableCase[];
  /** Labels in the report's language (Chinese), frozen into the snapshot. */
  labels: {
    total: string;
    severity: Record<string, string>;
    level: Record<number, string>;
    satisfaction: Record<string, string>;
    followUp: Record<'due' | 'done' | 'overdue', string>;
  };
}

const hours1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const sum = (rows: readonly CategoryCount[]) => rows.reduce((total, row) => total + row.count, 0);
const row = (
  dimension: MonthlyReportDimension,
  key: string | null,
  label: string,
  values: Array<number | null>,
  link: RecordLink | null,
  note: string | null = null,
): MonthlyReportRow => ({
  dimension,
  key,
  label,
  note,
  values,
  link,
});

/** Builds the nine sections, in order; every one is present even when it has nothing to say (不能只报喜不报忧). */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReportTable[] {
  const { period, labels } = input;
  const names = new Map(input.categories.map((category) => [category.id, category.name]));
  const categoryName = (id: string) => names.get(id) ?? id;
  // A link lists exactly the complaints a figure counts: the report's team, received (or closed) within the month.
  const team = period.teamId ? { teamId: period.teamId } : {};
  const complaints = (filter: Record<string, unknown> = {}): RecordLink => ({
    route: '/complaints',
    filter: { ...team, receivedAtFrom: period.from, receivedAtTo: period.to, ...filter },
  });
  const resolved = (filter: Record<string, unknown> = {}): RecordLink => ({
    route: '/complaints',
    filter: { ...team, closedAtFrom: period.from, closedAtTo: period.to, ...filter },
  });
  const followUps = (filter: Record<string, unknown> = {}): RecordLink => ({
    route: '/follow-ups',
    filter: { dueAtFrom: period.from, dueAtTo: period.to, ...filter },
  });

  const receivedRows = categoryBreakdown(input.received.current, input.received.previousMonth, input.received.lastYear);
  const resolvedRows = new Map(categoryBreakdown(input.resolved.current, input.resolved.previousMonth, input.resolved.lastYear).map((r) => [r.category, r]));
  const byCategoryKeys = [...new Set([...receivedRows.map((r) => r.category), ...resolvedRows.keys()])];
  const receivedByKey = new Map(receivedRows.map((r) => [r.category, r]));
  const totalOf = (periods: ThreePeriods<CategoryCount[]>) => [
    sum(periods.current),
    changePercent(sum(periods.current), sum(periods.previousMonth)),
    changePercent(sum(periods.current), sum(periods.lastYear)),
  ];
  const [rTotal, rPrev, rYear] = totalOf(input.received);
  const [sTotal, sPrev, sYear] = totalOf(input.resolved);
  const complaintsByCategory: MonthlyReportTable = {
    section: 'COMPLAINTS_BY_CATEGORY',
    columns: [
      'RECEIVED',
      'RECEIVED_SHARE',
      'RECEIVED_VS_PREVIOUS_MONTH',
      'RECEIVED_VS_LAST_YEAR',
      'RESOLVED',
      'RESOLVED_SHARE',
      'RESOLVED_VS_PREVIOUS_MONTH',
      'RESOLVED_VS_LAST_YEAR',
    ],
    rows: [
      ...byCategoryKeys
        .map((id) => {
          const r = receivedByKey.get(id);
          const s = resolvedRows.get(id);
          return row(
            'CATEGORY',
            id,
            categoryName(id),
            [
              r?.count ?? 0,
              r?.share ?? null,
              r?.changeVsPreviousMonth ?? null,
              r?.changeVsLastYear ?? null,
              s?.count ?? 0,
              s?.share ?? null,
              s?.changeVsPreviousMonth ?? null,
              s?.changeVsLastYear ?? null,
            ],
            complaints({ categoryId: id }),
          );
        })
        .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || a.label.localeCompare(b.label, 'zh-CN')),
      row('TOTAL', null, labels.total, [rTotal, rTotal ? 100 : null, rPrev, rYear, sTotal, sTotal ? 100 : null, sPrev, sYear], complaints()),
    ],
  };

  const resolutionRow = (dimension: MonthlyReportDimension, key: string | null, label: string, rows: readonly ResolvedComplaint[], link: RecordLink) => {
    const hours = rows.map((r) => r.hours);
    return row(dimension, key, label, [rows.length, hours1(percentile(hours, 50)), hours1(percentile(hours, 90))], link);
  };
  const resolvedCategories = [...new Set(input.resolutions.map((r) => r.categoryId))].sort((a, b) => categoryName(a).localeCompare(categoryName(b), 'zh-CN'));
  const severities = Object.keys(labels.severity).filter((severity) => input.resolutions.some((r) => r.severity === severity));
  const timeToResolution: MonthlyReportTable = {
    section: 'TIME_TO_RESOLUTION',
    columns: ['RESOLVED', 'MEDIAN_HOURS', 'P90_HOURS'],
    rows: [
      ...resolvedCategories.map((id) =>
        resolutionRow(
          'CATEGORY',
          id,
          categoryName(id),
          input.resolutions.filter((r) => r.categoryId === id),
          resolved({ categoryId: id }),
        ),
      ),
      ...severities.map((severity) =>
        resolutionRow(
          'SEVERITY',
          severity,
          labels.severity[severity],
          input.resolutions.filter((r) => r.severity === severity),
          resolved({ severity: [severity] }),
        ),
      ),
      resolutionRow('TOTAL', null, labels.total, input.resolutions, resolved()),
    ],
  };

  const complianceRow = (
    dimension: MonthlyReportDimension,
    key: string | null,
    label: string,
    rows: readonly ResolvedComplaint[],
    openOverdue: number,
    link: RecordLink,
  ) => {
    const onTime = rows.filter((r) => r.onTime).length;
    return row(dimension, key, label, [rows.length, onTime, rows.length - onTime, sharePercent(onTime, rows.length), openOverdue], link);
  };
  const overdueBy = new Map(input.openOverdue.map((r) => [r.category, r.count]));
  const complianceCategories = [...new Set([...resolvedCategories, ...overdueBy.keys()])].sort((a, b) =>
    categoryName(a).localeCompare(categoryName(b), 'zh-CN'),
  );
  const deadlineCompliance: MonthlyReportTable = {
    section: 'DEADLINE_COMPLIANCE',
    columns: ['RESOLVED', 'ON_TIME', 'LATE', 'COMPLIANCE_RATE', 'OPEN_OVERDUE'],
    rows: [
      ...complianceCategories.map((id) =>
        complianceRow(
          'CATEGORY',
          id,
          categoryName(id),
          input.resolutions.filter((r) => r.categoryId === id),
          overdueBy.get(id) ?? 0,
          resolved({ categoryId: id }),
        ),
      ),
      complianceRow('TOTAL', null, labels.total, input.resolutions, sum(input.openOverdue), resolved()),
    ],
  };

  const levels = [
    ...new Set(
      [...Object.keys(input.escalations.current), ...Object.keys(input.escalations.previousMonth), ...Object.keys(input.escalations.lastYear)].map(Number),
    ),
  ].sort();
  const allLevels = levels.length ? levels : Object.keys(labels.level).map(Number);
  const countRow = (
    dimension: MonthlyReportDimension,
    key: string | null,
    label: string,
    current: number,
    previous: number,
    yearAgo: number,
    link: RecordLink,
  ) => row(dimension, key, label, [current, changePercent(current, previous), changePercent(current, yearAgo)], link);
  const total = (record: Record<number, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  const escalations: MonthlyReportTable = {
    section: 'ESCALATIONS',
    columns: ['COUNT', 'VS_PREVIOUS_MONTH', 'VS_LAST_YEAR'],
    rows: [
      ...allLevels.map((level) =>
        countRow(
          'LEVEL',
          String(level),
          labels.level[level] ?? String(level),
          input.escalations.current[level] ?? 0,
          input.escalations.previousMonth[level] ?? 0,
          input.escalations.lastYear[level] ?? 0,
          complaints({ escalated: level }),
        ),
      ),
      countRow(
        'TOTAL',
        null,
        labels.total,
        total(input.escalations.current),
        total(input.escalations.previousMonth),
        total(input.escalations.lastYear),
        complaints({ escalated: 1 }),
      ),
    ],
  };

  const urges: MonthlyReportTable = {
    section: 'URGES',
    columns: ['COUNT', 'VS_PREVIOUS_MONTH', 'VS_LAST_YEAR'],
    rows: [countRow('TOTAL', null, labels.total, input.urges.current, input.urges.previousMonth, input.urges.lastYear, complaints())],
  };

  const answered = Object.values(input.followUps.feedback).reduce((a, b) => a + b, 0);
  const satisfaction: MonthlyReportTable = {
    section: 'SATISFACTION',
    columns: ['COUNT', 'SHARE'],
    rows: [
      ...Object.keys(labels.satisfaction).map((answer) =>
        row(
          'SATISFACTION',
          answer,
          labels.satisfaction[answer],
          [input.followUps.feedback[answer] ?? 0, sharePercent(input.followUps.feedback[answer] ?? 0, answered)],
          followUps({ satisfaction: [answer] }),
        ),
      ),
      row('FOLLOW_UP', 'due', labels.followUp.due, [input.followUps.due, null], followUps()),
      row(
        'FOLLOW_UP',
        'done',
        labels.followUp.done,
        [input.followUps.done, sharePercent(input.followUps.done, input.followUps.due)],
        followUps({ status: ['DONE'] }),
      ),
      row('FOLLOW_UP', 'overdue', labels.followUp.overdue, [input.followUps.overdue, sharePercent(input.followUps.overdue, input.followUps.due)], followUps()),
    ],
  };

  const quality: MonthlyReportTable = {
    section: 'QUALITY_AND_VIOLATIONS',
    columns: ['COUNT', 'SCORE'],
    rows: [
      ...input.quality.violations.map((v) =>
        row(
          'EVALUATION',
          v.evaluationId,
          `${v.agentName}：${v.failures}`,
          [1, v.score],
          { route: '/quality-evaluations', filter: { ids: [v.evaluationId] } },
          v.handling,
        ),
      ),
      row(
        'TOTAL',
        null,
        labels.total,
        [input.quality.evaluated, input.quality.averageScore === null ? null : Math.round(input.quality.averageScore * 10) / 10],
        {
          route: '/quality-evaluations',
          filter: { month: period.month },
        },
      ),
    ],
  };

  const workTotals = input.workload.reduce((t, w) => [t[0] + w.interactions, t[1] + w.received, t[2] + w.resolved, t[3] + w.followUpsDone], [0, 0, 0, 0]);
  const workload: MonthlyReportTable = {
    section: 'WORKLOAD',
    columns: ['INTERACTIONS', 'RECEIVED', 'RESOLVED', 'FOLLOW_UPS_DONE'],
    rows: [
      ...[...input.workload]
        .sort((a, b) => b.interactions - a.interactions || a.name.localeCompare(b.name, 'zh-CN'))
        .map((w) => row('STAFF', w.staffId, w.name, [w.interactions, w.received, w.resolved, w.followUpsDone], complaints({ ownerId: w.staffId }))),
      row('TOTAL', null, labels.total, workTotals, null),
    ],
  };

  const notableCases: MonthlyReportTable = {
    section: 'NOTABLE_CASES',
    columns: ['URGES', 'ESCALATION_LEVEL', 'HOURS_OPEN'],
    rows: input.notable.map((c) =>
      row(
        'COMPLAINT',
        c.complaintId,
        c.number,
        [c.urges, c.escalationLevel, hours1(c.hoursOpen)],
        { route: '/complaints', filter: { ids: [c.complaintId] } },
        c.summary,
      ),
    ),
  };

  return [complaintsByCategory, timeToResolution, deadlineCompliance, escalations, urges, satisfaction, quality, workload, notableCases];
}

/** An agent's copy of a report: the workload section keeps only their own row (a colleague's workload is not theirs to see). */
export function reportForAgent(tables: readonly MonthlyReportTable[], staffId: string): MonthlyReportTable[] {
  return tables.map((table) =>
    table.section === 'WORKLOAD' ? { ...table, rows: table.rows.filter((r) => r.dimension === 'STAFF' && r.key === staffId) } : table,
  );
}
