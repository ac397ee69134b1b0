import {
  buildMonthlyReport,
  checkReportSubmission,
  isReportLate,
  localDate,
  type MonthlyReportSection,
  type MonthlyReportTable,
  maxLength,
  mayCorrectReport,
  mayTakeReportAction,
  type ReportAction,
  reportDueDate,
  reportMachine,
} from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertValid, badUserInput, checkTransition, conflict, forbidden, invalidTransition, notFound, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { stepNote } from '../../shared/step-note';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { readSettings } from '../setting';
import { assertMayWrite, mayRead, ownTeamOf, readableScopes } from './monthly-report.access';
import { DEPARTMENT_SCOPE, MonthlyReport, MonthlyReportSectionRecord } from './monthly-report.entity';
import { gatherMonth } from './monthly-report.gather';
import {
  COMMENTARY_MAX,
  type MonthlyReportCommentaryInput,
  type MonthlyReportFilter,
  type MonthlyReportSort,
  type MonthlyReportSortField,
} from './monthly-report.inputs';

export interface MonthlyReportContext extends ServiceContext {
  timeZone: string;
}

const SORT_COLUMNS: Record<MonthlyReportSortField, SortColumn<MonthlyReport>> = {
  MONTH: { sql: 'report.month', read: (r) => r.month },
  UPDATED_AT: { sql: 'report.updatedAt', read: (r) => r.updatedAt, isDate: true },
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const NEWER = 'SELECT 1 FROM monthly_report newer WHERE newer.corrects_id = report.id';

export const todayIn = (ctx: MonthlyReportContext) => localDate(ctx.clock.now(), ctx.timeZone);

export async function listMonthlyReports(
  ctx: MonthlyReportContext,
  filter: MonthlyReportFilter | null | undefined,
  sort: MonthlyReportSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<MonthlyReport>> {
  const scopes = await readableScopes(ctx);
  const query = ctx.dataSource.getRepository(MonthlyReport).createQueryBuilder('report');
  query.where('1 = 1');
  if (scopes !== 'all') {
    const teams = scopes.filter((team): team is string => team !== null);
    query.andWhere(teams.length ? '(report.teamId IS NULL OR report.teamId IN (:...teams))' : 'report.teamId IS NULL', { teams });
  }
  whereIds(query, 'report', filter?.ids);
  if (filter?.month) query.andWhere('report.month = :month', { month: filter.month });
  if (filter?.teamId) query.andWhere('report.teamId = :teamId', { teamId: filter.teamId });
  if (filter?.department != null) query.andWhere(filter.department ? 'report.teamId IS NULL' : 'report.teamId IS NOT NULL');
  if (filter?.status?.length) query.andWhere('report.status IN (:...statuses)', { statuses: filter.status });
  if (filter?.newest ?? true) query.andWhere(`NOT EXISTS (${NEWER})`);
  const defaultSort = [{ field: 'MONTH' as const, direction: SortDirection.DESC }];
  return paginate({ query, alias: 'report', columns: SORT_COLUMNS, sort, defaultSort, page });
}

export async function getMonthlyReport(ctx: MonthlyReportContext, id: string): Promise<MonthlyReport | null> {
  const report = await ctx.dataSource.getRepository(MonthlyReport).findOneBy({ id });
  return report && (await mayRead(ctx, report)) ? report : null;
}

/** The frozen tables with the commentary, in the sections' order. */
export async function sectionsOf(manager: EntityManager, reportId: string): Promise<Array<MonthlyReportTable & { commentary: string | null }>> {
  const rows = await manager.find(MonthlyReportSectionRecord, { where: { reportId }, order: { position: 'ASC' } });
  return rows.map((row) => ({ ...(JSON.parse(row.snapshot) as MonthlyReportTable), commentary: row.commentary }));
}

async function snapshotOf(ctx: MonthlyReportContext, month: string, teamId: string | null): Promise<MonthlyReportTable[]> {
  return buildMonthlyReport(await gatherMonth(ctx.dataSource.manager, month, { teamId }, ctx.timeZone));
}

function sectionRows(
  reportId: string,
  tables: MonthlyReportTable[],
  commentary: Partial<Record<MonthlyReportSection, string | null>>,
): MonthlyReportSectionRecord[] {
  return tables.map((table, position) =>
    Object.assign(new MonthlyReportSectionRecord(), {
      reportId,
      section: table.section,
      position,
      snapshot: JSON.stringify({ section: table.section, columns: table.columns, rows: table.rows }),
      commentary: commentary[table.section] ?? null,
    }),
  );
}

/**
 * 生成: the month's snapshot as a draft. A shift leader's is their team's (teamId defaults to it);
 * a manager's the team asked for or the department. Only a month that has ended, once per scope:
 * an existing report is regenerated instead (RULE_VIOLATION monthlyReportExists).
 */
export async function generateMonthlyReport(ctx: MonthlyReportContext, month: string, teamId: string | null | undefined): Promise<MonthlyReport> {
  if (!MONTH.test(month)) throw badUserInput([{ rule: 'invalidMonth', field: 'month' }]);
  const isLeader = ctx.viewer.role === 'SHIFT_LEADER';
  const team = teamId ?? (isLeader ? await ownTeamOf(ctx) : null);
  await assertMayWrite(ctx, 'create', team);
  if (month >= todayIn(ctx).slice(0, 7))
    throw ruleViolation('Only a month that has ended can be reported', [{ rule: 'monthlyReportMonthInFuture', field: 'month', params: { month } }]);
  const scopeKey = team ?? DEPARTMENT_SCOPE;
  if (await ctx.dataSource.getRepository(MonthlyReport).existsBy({ scopeKey, month })) throw exists(month);
  const settings = await readSettings(ctx.dataSource.manager);
  const tables = await snapshotOf(ctx, month, team);
  const now = ctx.clock.now();
  const report = Object.assign(new MonthlyReport(), {
    ...newRecord(now),
    month,
    teamId: team,
    scopeKey,
    revision: 1,
    status: 'DRAFT' as const,
    dueDate: reportDueDate(month, settings['report.monthlyDueDay']),
    generatedAt: now,
    generatedById: ctx.viewer.id,
    submittedAt: null,
    submittedById: null,
    submittedOn: null,
    signedAt: null,
    signedById: null,
    correctsId: null,
  });
  try {
    await ctx.dataSource.transaction(async (manager) => {
      await manager.insert(MonthlyReport, report);
      await manager.insert(MonthlyReportSectionRecord, sectionRows(report.id, tables, {}));
      await recordAction(manager, auditTarget(ctx, 'monthlyReport', report.id, now), 'CREATE', { newValue: `${month} ${team ?? DEPARTMENT_SCOPE}` });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw exists(month);
    throw error;
  }
  return report;
}

const exists = (month: string) =>
  ruleViolation('A report of this month exists: regenerate it', [{ rule: 'monthlyReportExists', field: 'month', params: { month } }]);

async function findForWrite(ctx: MonthlyReportContext, manager: EntityManager, id: string): Promise<MonthlyReport> {
  const report = await manager.findOneBy(MonthlyReport, { id });
  if (!report || !(await mayRead(ctx, report))) throw notFound('MonthlyReport', id);
  return report;
}

function assertMayTake(ctx: MonthlyReportContext, report: MonthlyReport, action: ReportAction): void {
  if (!mayTakeReportAction(action, ctx.viewer.role, report.submittedById === ctx.viewer.id))
    throw forbidden(
      'monthlyReport',
      action === 'sign' || action === 'returnToDraft' ? 'approve' : 'edit',
      action === 'sign' ? 'a manager other than the submitter signs' : undefined,
    );
}

/** 重新生成: a draft's snapshot taken again (the figures may have changed since); the commentary stays. */
export async function regenerateMonthlyReport(ctx: MonthlyReportContext, id: string, version: number): Promise<MonthlyReport> {
  const before = await findForWrite(ctx, ctx.dataSource.manager, id);
  await assertMayWrite(ctx, 'edit', before.teamId);
  assertMayTake(ctx, before, 'regenerate');
  checkTransition(() => reportMachine.assertTransition(before.status, 'regenerate'));
  const tables = await snapshotOf(ctx, before.month, before.teamId);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findForWrite(ctx, manager, id);
    checkTransition(() => reportMachine.assertTransition(current.status, 'regenerate'));
    await updateVersioned(manager, MonthlyReport, 'MonthlyReport', id, version, { generatedAt: now, generatedById: ctx.viewer.id }, now);
    const commentary = Object.fromEntries((await manager.findBy(MonthlyReportSectionRecord, { reportId: id })).map((row) => [row.section, row.commentary]));
    await manager.delete(MonthlyReportSectionRecord, { reportId: id });
    await manager.insert(MonthlyReportSectionRecord, sectionRows(id, tables, commentary));
    await recordAction(manager, auditTarget(ctx, 'monthlyReport', id, now), 'UPDATE', { field: 'snapshot', newValue: now.toISOString() });
    return manager.findOneByOrFail(MonthlyReport, { id });
  });
}

/** 说明: the leader's words on one section of a draft (a submitted or signed report's text is final). */
export async function updateMonthlyReportCommentary(
  ctx: MonthlyReportContext,
  id: string,
  version: number,
  input: MonthlyReportCommentaryInput,
): Promise<MonthlyReport> {
  const text = input.commentary?.trim() || null;
  assertValid(maxLength('commentary', text, COMMENTARY_MAX));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findForWrite(ctx, manager, id);
    await assertMayWrite(ctx, 'edit', current.teamId);
    if (current.status !== 'DRAFT')
      throw ruleViolation('Only a draft’s commentary can be changed', [
        { rule: 'monthlyReportNotEditable', field: 'commentary', params: { status: current.status } },
      ]);
    const section = await manager.findOneByOrFail(MonthlyReportSectionRecord, { reportId: id, section: input.section });
    await updateVersioned(manager, MonthlyReport, 'MonthlyReport', id, version, {}, now);
    await manager.update(MonthlyReportSectionRecord, { reportId: id, section: input.section }, { commentary: text });
    await recordChanges(
      manager,
      auditTarget(ctx, 'monthlyReport', id, now),
      { [`commentary.${input.section}`]: section.commentary },
      { [`commentary.${input.section}`]: text },
      [`commentary.${input.section}`],
    );
    return manager.findOneByOrFail(MonthlyReport, { id });
  });
}

/** 提交 (every section commented), 签发 (a manager, not the submitter) or 退回修改. */
export async function stepMonthlyReport(
  ctx: MonthlyReportContext,
  id: string,
  version: number,
  action: 'submit' | 'sign' | 'returnToDraft',
  note?: string | null,
): Promise<MonthlyReport> {
  const remark = stepNote(note);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findForWrite(ctx, manager, id);
    if (action === 'submit') await assertMayWrite(ctx, 'edit', current.teamId);
    assertMayTake(ctx, current, action);
    const status = checkTransition(() => reportMachine.assertTransition(current.status, action));
    if (action === 'submit') {
      const commentary = Object.fromEntries((await manager.findBy(MonthlyReportSectionRecord, { reportId: id })).map((row) => [row.section, row.commentary]));
      // The commentary is written beforehand (updateMonthlyReportCommentary): the submission names the report, params.section the gap.
      const missing = checkReportSubmission(commentary).map((violation) => ({ ...violation, field: 'id' }));
      if (missing.length) throw ruleViolation('Every section needs its commentary before the report is submitted', missing);
    }
    const changes: Partial<MonthlyReport> =
      action === 'submit'
        ? { status, submittedAt: now, submittedById: ctx.viewer.id, submittedOn: todayIn(ctx) }
        : action === 'sign'
          ? { status, signedAt: now, signedById: ctx.viewer.id }
          : { status, submittedAt: null, submittedById: null, submittedOn: null };
    await updateVersioned(manager, MonthlyReport, 'MonthlyReport', id, version, changes, now);
    const target = auditTarget(ctx, 'monthlyReport', id, now);
    await recordChanges(manager, target, current, { ...current, ...changes }, ['status']);
    if (remark) await recordAction(manager, target, 'UPDATE', { field: 'note', newValue: remark });
    return manager.findOneByOrFail(MonthlyReport, { id });
  });
}

/**
 * 更正: a signed report is never changed; its correction is a new draft revision of the same month and
 * scope, with a fresh snapshot and the old commentary to start from. Only the newest revision is corrected.
 */
export async function correctMonthlyReport(ctx: MonthlyReportContext, id: string, version: number): Promise<MonthlyReport> {
  const signed = await findForWrite(ctx, ctx.dataSource.manager, id);
  await assertMayWrite(ctx, 'create', signed.teamId);
  // The signed report itself is not written (it is final): its version is only compared.
  if (signed.version !== version) throw conflict('MonthlyReport', id, signed.version);
  if (signed.status !== 'SIGNED') throw invalidTransition(signed.status, 'CORRECT');
  const superseded = await ctx.dataSource.getRepository(MonthlyReport).existsBy({ correctsId: id });
  if (superseded) throw ruleViolation('This report has already been corrected', [{ rule: 'monthlyReportSuperseded', field: 'id' }]);
  if (!mayCorrectReport(signed.status, ctx.viewer.role, superseded)) throw forbidden('monthlyReport', 'create');
  const tables = await snapshotOf(ctx, signed.month, signed.teamId);
  const now = ctx.clock.now();
  const correction = Object.assign(new MonthlyReport(), {
    ...newRecord(now),
    month: signed.month,
    teamId: signed.teamId,
    scopeKey: signed.scopeKey,
    revision: signed.revision + 1,
    status: 'DRAFT' as const,
    dueDate: signed.dueDate,
    generatedAt: now,
    generatedById: ctx.viewer.id,
    submittedAt: null,
    submittedById: null,
    submittedOn: null,
    signedAt: null,
    signedById: null,
    correctsId: signed.id,
  });
  const commentary = Object.fromEntries((await sectionsOf(ctx.dataSource.manager, id)).map((s) => [s.section, s.commentary]));
  try {
    await ctx.dataSource.transaction(async (manager) => {
      await manager.insert(MonthlyReport, correction);
      await manager.insert(MonthlyReportSectionRecord, sectionRows(correction.id, tables, commentary));
      await recordAction(manager, auditTarget(ctx, 'monthlyReport', correction.id, now), 'CREATE', { field: 'correctsId', newValue: signed.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ruleViolation('This report has already been corrected', [{ rule: 'monthlyReportSuperseded', field: 'id' }]);
    throw error;
  }
  return correction;
}

export const lateOf = (ctx: MonthlyReportContext, report: MonthlyReport) => isReportLate(report.dueDate, report.submittedOn, todayIn(ctx));
