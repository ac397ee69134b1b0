import { assessmentMachine, assessMonth, checkAssessmentAdjustment, checkAssessmentNote, maxLength, mayTakeAssessmentAction, monthBoundaries, monthsBetween, qualityPolicy, type AssessmentAction } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, badUserInput, checkTransition, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, type FieldChange, recordAction, recordChanges, recordFieldChanges } from '../audit';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import { monthFigures } from './assessment-figures';
import type { AdjustMonthlyAssessmentInput, ComputeMonthlyAssessmentsInput, ConfirmMonthlyAssessmentInput, MonthlyAssessmentComputation, MonthlyAssessmentFilter, MonthlyAssessmentSort } from './assessment.inputs';
import { MonthlyAssessment } from './monthly-assessment.entity';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SORT_COLUMNS: Record<'MONTH' | 'COMPUTED_SCORE', SortColumn<MonthlyAssessment>> = {
  MONTH: { sql: 'a.month', read: (a) => a.month },
  COMPUTED_SCORE: { sql: 'a.computedScore', read: (a) => a.computedScore },
};

/** A shift leader's team (they see their team's assessments); '-' matches none when they have no team. */
async function teamOf(ctx: ServiceContext): Promise<string> {
  const me = await ctx.dataSource.manager.findOne(Staff, { where: { id: ctx.viewer.id }, select: { id: true, teamId: true } });
  return me?.teamId ?? '-';
}

/** 月考核 list: an agent sees only their own, a shift leader their team's (and own), QA and managers all. */
export async function listMonthlyAssessments(ctx: ServiceContext, filter: MonthlyAssessmentFilter | null | undefined, sort: MonthlyAssessmentSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<MonthlyAssessment>> {
  assertCan(ctx.viewer, 'monthlyAssessment', 'list');
  if (filter?.month != null && !MONTH.test(filter.month)) throw badUserInput([{ rule: 'invalidMonth', field: 'filter.month' }]);
  const query = ctx.dataSource.getRepository(MonthlyAssessment).createQueryBuilder('a');
  whereIds(query, 'a', filter?.ids);
  if (filter?.month) query.andWhere('a.month = :month', { month: filter.month });
  if (filter?.staffId) query.andWhere('a.staffId = :staffId', { staffId: filter.staffId });
  if (filter?.teamId) query.andWhere('a.teamId = :teamId', { teamId: filter.teamId });
  if (filter?.status?.length) query.andWhere('a.status IN (:...status)', { status: filter.status });
  if (filter?.mine || ctx.viewer.role === 'AGENT') query.andWhere('a.staffId = :viewerId', { viewerId: ctx.viewer.id });
  if (ctx.viewer.role === 'SHIFT_LEADER') query.andWhere('(a.staffId = :viewerId OR a.teamId = :viewerTeam)', { viewerId: ctx.viewer.id, viewerTeam: await teamOf(ctx) });
  return paginate({ query, alias: 'a', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'MONTH', direction: SortDirection.DESC }], page });
}

const FIGURE_FIELDS = ['qaAverage', 'qaEvaluations', 'followUpsDue', 'followUpsOnTime', 'complaintsClosed', 'complaintsWithinDeadline', 'satisfactionAnswers', 'satisfied', 'violations', 'computedScore'] as const;

/**
 * Computes the month for every active agent (or those named): figures from the source tables in five
 * grouped statements, the score by the domain's assessMonth with today's weights. New assessments in one
 * INSERT; an unconfirmed one is updated only when its figures changed (its adjustment stays); a confirmed
 * one is final and never touched, so recomputing by QA cannot change what a manager confirmed.
 */
export async function computeMonthlyAssessments(ctx: ServiceContext, input: ComputeMonthlyAssessmentsInput, timeZone: string): Promise<MonthlyAssessmentComputation> {
  assertCan(ctx.viewer, 'monthlyAssessment', 'create');
  const now = ctx.clock.now();
  const currentMonth = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
  if (!MONTH.test(input.month)) throw badUserInput([{ rule: 'invalidMonth', field: 'month' }]);
  if (input.month > currentMonth) throw badUserInput([{ rule: 'inFuture', field: 'month' }]);
  if (input.staffIds && input.staffIds.length > 1000) throw badUserInput([{ rule: 'tooMany', field: 'staffIds', params: { max: 1000 } }]);
  return ctx.dataSource.transaction((manager) => computeAssessmentsIn(manager, ctx, input, timeZone, now));
}

/** The computation inside the caller's transaction (the demo seed runs it in its own). */
export async function computeAssessmentsIn(manager: EntityManager, ctx: Pick<ServiceContext, 'viewer'>, input: ComputeMonthlyAssessmentsInput, timeZone: string, now: Date): Promise<MonthlyAssessmentComputation> {
  const [start, end] = monthBoundaries(monthsBetween(input.month, input.month), timeZone);
  const policy = qualityPolicy(await readSettings(manager));
  const agents = await manager.find(Staff, {
    where: input.staffIds ? { id: In(input.staffIds) } : { role: 'AGENT', active: true },
    select: { id: true, teamId: true },
    order: { id: 'ASC' },
  });
  if (input.staffIds && agents.length !== new Set(input.staffIds).size) {
    const known = new Set(agents.map((a) => a.id));
    throw badUserInput([{ rule: 'notFound', field: `staffIds.${input.staffIds.findIndex((id) => !known.has(id))}` }]);
  }
  const figures = await monthFigures(manager, input.month, agents.map((a) => a.id), start, end, now);
  const existing = new Map((await manager.find(MonthlyAssessment, { where: { month: input.month, staffId: In(agents.map((a) => a.id)) } })).map((a) => [a.staffId, a]));
  const created: MonthlyAssessment[] = [];
  const audit: FieldChange[] = [];
  let updated = 0;
  let unchanged = 0;
  for (const agent of agents) {
    const agentFigures = figures.get(agent.id);
    if (!agentFigures) continue;
    const result = assessMonth(agentFigures, policy);
    const values = { ...agentFigures, computedScore: result.score, parts: result.parts, weights: policy.weights, pointsPerViolation: policy.pointsPerViolation, teamId: agent.teamId ?? null };
    const before = existing.get(agent.id);
    if (!before) {
      const row = Object.assign(new MonthlyAssessment(), { ...newRecord(now), staffId: agent.id, month: input.month, status: 'COMPUTED', adjustedScore: null, adjustmentReason: null, adjustedById: null, confirmedById: null, confirmedAt: null, computedAt: now, ...values });
      created.push(row);
      audit.push({ ...auditTarget(ctx, 'monthlyAssessment', row.id, now), field: 'computedScore', oldValue: null, newValue: String(result.score) });
      continue;
    }
    const same = FIGURE_FIELDS.every((field) => before[field] === values[field]) && JSON.stringify(before.weights) === JSON.stringify(values.weights) && before.pointsPerViolation === values.pointsPerViolation;
    if (before.status === 'CONFIRMED' || same) {
      unchanged += 1;
      continue;
    }
    await updateVersioned(manager, MonthlyAssessment, 'MonthlyAssessment', before.id, before.version, { ...values, computedAt: now }, now);
    const target = auditTarget(ctx, 'monthlyAssessment', before.id, now);
    for (const field of FIGURE_FIELDS) {
      if (before[field] !== values[field]) audit.push({ ...target, field, oldValue: before[field] == null ? null : String(before[field]), newValue: values[field] == null ? null : String(values[field]) });
    }
    updated += 1;
  }
  for (let i = 0; i < created.length; i += 200) await manager.insert(MonthlyAssessment, created.slice(i, i + 200));
  await recordFieldChanges(manager, audit);
  return { month: input.month, created: created.length, updated, unchanged };
}

async function findForStep(ctx: ServiceContext, manager: EntityManager, id: string, action: AssessmentAction): Promise<MonthlyAssessment> {
  const assessment = await manager.findOneBy(MonthlyAssessment, { id });
  if (!assessment) throw notFound('MonthlyAssessment', id);
  // A manager never decides their own assessment (the domain's rule; the role is checked by the resolver).
  if (!mayTakeAssessmentAction(action, ctx.viewer, assessment.staffId)) throw forbidden('monthlyAssessment', 'approve', 'deciding your own assessment');
  checkTransition(() => assessmentMachine.assertTransition(assessment.status, action));
  return assessment;
}

/** 调整: the manager sets the score that counts, with a reason; the computed score and figures stay beside it. */
export async function adjustMonthlyAssessment(ctx: ServiceContext, id: string, version: number, input: AdjustMonthlyAssessmentInput): Promise<MonthlyAssessment> {
  assertCan(ctx.viewer, 'monthlyAssessment', 'approve');
  const reason = input.reason.trim();
  const score = Math.round(input.score * 10) / 10;
  assertValid([...checkAssessmentAdjustment(input.score, reason).map((v) => (v.field === 'adjustedScore' ? { ...v, field: 'score' } : v)), ...maxLength('reason', reason, 500)]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const before = await findForStep(ctx, manager, id, 'adjust');
    const changes = { adjustedScore: score, adjustmentReason: reason, adjustedById: ctx.viewer.id };
    await updateVersioned(manager, MonthlyAssessment, 'MonthlyAssessment', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'monthlyAssessment', id, now), before, { ...before, ...changes }, ['adjustedScore', 'adjustmentReason']);
    return manager.findOneByOrFail(MonthlyAssessment, { id });
  });
}

/** 认定: the manager confirms; the assessment is final from then on (recomputing leaves it alone). */
export async function confirmMonthlyAssessment(ctx: ServiceContext, id: string, version: number, input: ConfirmMonthlyAssessmentInput | null | undefined): Promise<MonthlyAssessment> {
  assertCan(ctx.viewer, 'monthlyAssessment', 'approve');
  const note = input?.note?.trim() || null;
  assertValid(checkAssessmentNote(note));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const before = await findForStep(ctx, manager, id, 'confirm');
    const changes = { status: 'CONFIRMED' as const, confirmedById: ctx.viewer.id, confirmedAt: now };
    await updateVersioned(manager, MonthlyAssessment, 'MonthlyAssessment', id, version, changes, now);
    const target = auditTarget(ctx, 'monthlyAssessment', id, now);
    await recordChanges(manager, target, before, { ...before, ...changes }, ['status']);
    if (note) await recordAction(manager, target, 'UPDATE', { field: 'confirmationNote', newValue: note });
    return manager.findOneByOrFail(MonthlyAssessment, { id });
  });
}
