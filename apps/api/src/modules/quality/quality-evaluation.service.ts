import {
  checkEvaluationReason,
  checkEvaluator,
  checkQuotaExcess,
  type EvaluationAction,
  evaluationMachine,
  mayTakeEvaluationAction,
  qualityPolicy,
  type ScorecardTemplate as DomainTemplate,
  scoreEvaluation,
  validateEvaluationInput,
  type Violation,
} from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertNoRuleViolations, assertValid, badUserInput, checkTransition, forbidden, invalidTransition, notFound } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan, scopeFor } from '../../shared/viewer';
import { auditTarget, type FieldChange, recordAction, recordFieldChanges } from '../audit';
import { readSettings } from '../setting';
import { Staff } from '../staff';
import type {
  CreateQualityEvaluationInput,
  DimensionScoreInput,
  QualityEvaluationFilter,
  QualityEvaluationSort,
  QualityEvaluationSortField,
  ReviseQualityEvaluationInput,
  UpdateQualityEvaluationInput,
} from './quality.inputs';
import { QualityEvaluation } from './quality-evaluation.entity';
import { QualityEvaluationScore } from './quality-evaluation-score.entity';
import { evaluatedRecord } from './quality-subject';
import { ScorecardTemplate } from './scorecard-template.entity';
import { templateOf } from './scorecard-template.service';
import { ScorecardTemplateVersion } from './scorecard-template-version.entity';

/** A use case of quality inspection: months are business-time months. */
export interface QualityContext extends ServiceContext {
  timeZone: string;
}

const SORT_COLUMNS: Record<QualityEvaluationSortField, SortColumn<QualityEvaluation>> = {
  CREATED_AT: { sql: 'evaluation.createdAt', read: (e) => e.createdAt, isDate: true },
  UPDATED_AT: { sql: 'evaluation.updatedAt', read: (e) => e.updatedAt, isDate: true },
};

/** Whether the viewer sees every evaluation ('all') or only those of themselves as the agent. */
export function seesAllEvaluations(ctx: ServiceContext): boolean {
  return scopeFor(ctx.viewer, 'qualityEvaluation', 'list') === 'all';
}

export async function listQualityEvaluations(
  ctx: ServiceContext,
  filter?: QualityEvaluationFilter | null,
  sort?: QualityEvaluationSort[] | null,
  page?: PageInput | null,
): Promise<PageResult<QualityEvaluation>> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'list');
  const query = ctx.dataSource.getRepository(QualityEvaluation).createQueryBuilder('evaluation');
  // An agent's own evaluations only, whatever the filter says (server-side, not a console choice); drafts are the inspector's.
  if (!seesAllEvaluations(ctx)) query.andWhere("evaluation.agentId = :viewerId AND evaluation.status <> 'DRAFT'", { viewerId: ctx.viewer.id });
  if (filter?.mine) query.andWhere('evaluation.agentId = :mine', { mine: ctx.viewer.id });
  if (filter?.q?.trim())
    query.andWhere("(evaluation.comment LIKE :q ESCAPE '!' OR evaluation.disputeReason LIKE :q ESCAPE '!')", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'evaluation', filter?.ids);
  if (filter?.status?.length) query.andWhere('evaluation.status IN (:...statuses)', { statuses: filter.status });
  if (filter?.subjectKind?.length) query.andWhere('evaluation.subjectKind IN (:...kinds)', { kinds: filter.subjectKind });
  if (filter?.agentId) query.andWhere('evaluation.agentId = :agentId', { agentId: filter.agentId });
  if (filter?.inspectorId) query.andWhere('evaluation.inspectorId = :inspectorId', { inspectorId: filter.inspectorId });
  if (filter?.month) query.andWhere('evaluation.month = :month', { month: filter.month });
  return paginate({ query, alias: 'evaluation', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

/** One evaluation; null when it does not exist or is not the viewer's to see (an agent sees only their own, submitted ones). */
export async function getQualityEvaluation(ctx: ServiceContext, id: string): Promise<QualityEvaluation | null> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'show');
  const evaluation = await ctx.dataSource.getRepository(QualityEvaluation).findOneBy({ id });
  if (!evaluation || seesAllEvaluations(ctx)) return evaluation;
  return evaluation.agentId === ctx.viewer.id && evaluation.status !== 'DRAFT' ? evaluation : null;
}

/** The scorecard an evaluation uses: the one named, else the active one, at its current version. */
async function scorecardFor(
  manager: EntityManager,
  templateId: string | null | undefined,
): Promise<{ template: ScorecardTemplate; scorecard: DomainTemplate }> {
  const template = templateId
    ? await manager.findOneBy(ScorecardTemplate, { id: templateId })
    : await manager.findOne(ScorecardTemplate, { where: { active: true }, order: { updatedAt: 'DESC' } });
  if (!template) throw templateId ? notFound('ScorecardTemplate', templateId) : badUserInput([{ rule: 'required', field: 'templateId' }]);
  const version = await manager.findOneByOrFail(ScorecardTemplateVersion, { templateId: template.id, templateVersion: template.currentVersion });
  return { template, scorecard: templateOf(version) };
}

async function scorecardOf(manager: EntityManager, evaluation: QualityEvaluation): Promise<DomainTemplate> {
  return templateOf(
    await manager.findOneByOrFail(ScorecardTemplateVersion, { templateId: evaluation.templateId, templateVersion: evaluation.templateVersion }),
  );
}

/** Scores as sent: one per dimension, no repeats; the domain checks scale and dimension codes. */
function scoresOf(input: readonly DimensionScoreInput[] | null | undefined): Map<string, DimensionScoreInput> {
  const byDimension = new Map<string, DimensionScoreInput>();
  for (const score of input ?? []) {
    if (byDimension.has(score.dimension)) throw badUserInput([{ rule: 'scoreRepeated', field: 'scores', params: { dimension: score.dimension } }]);
    byDimension.set(score.dimension, { ...score, comment: score.comment?.trim() || null });
  }
  return byDimension;
}

/** The domain's checks of a scorecard; a draft may leave dimensions unscored. */
function scoreViolations(
  scorecard: DomainTemplate,
  scores: Map<string, { score: number }>,
  criticalFailures: readonly string[],
  complete: boolean,
): Violation[] {
  const input = { scores: Object.fromEntries([...scores].map(([code, s]) => [code, s.score])), criticalFailures };
  return validateEvaluationInput(scorecard, input).filter((v) => complete || v.rule !== 'scoreMissing');
}

/** Writes the rows of the dimensions sent: new ones inserted, existing ones updated in place (the summaries read the current rows). */
async function writeScores(
  manager: EntityManager,
  evaluationId: string,
  scorecard: DomainTemplate,
  existing: QualityEvaluationScore[],
  scores: Map<string, DimensionScoreInput>,
  now: Date,
): Promise<void> {
  for (const dimension of scorecard.dimensions) {
    const sent = scores.get(dimension.code);
    if (!sent) continue;
    const row = existing.find((r) => r.dimension === dimension.code);
    if (row) await manager.update(QualityEvaluationScore, { id: row.id }, { score: sent.score, comment: sent.comment ?? row.comment });
    else
      await manager.insert(QualityEvaluationScore, {
        id: newId(now.getTime()),
        evaluationId,
        dimension: dimension.code,
        score: sent.score,
        maxScore: dimension.maxScore,
        weight: dimension.weight,
        comment: sent.comment ?? null,
      });
  }
}

function criticalCodes(value: string | null): string[] {
  return value ? value.split(',') : [];
}

export async function createQualityEvaluation(ctx: QualityContext, input: CreateQualityEvaluationInput): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'create');
  const scores = scoresOf(input.scores);
  const criticalFailures = [...new Set(input.criticalFailures ?? [])];
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const subject = await evaluatedRecord(manager, input.subjectKind, input.subjectId, ctx.timeZone);
    // The agent comes from the record, so the violation points at the record the inspector chose.
    assertNoRuleViolations(
      'An inspector never evaluates themselves',
      checkEvaluator(ctx.viewer, subject.agentId).map((v) => ({ ...v, field: 'subjectId' })),
    );
    const { template, scorecard } = await scorecardFor(manager, input.templateId);
    assertValid(scoreViolations(scorecard, scores, criticalFailures, false));
    const policy = qualityPolicy(await readSettings(manager));
    const before = await manager.countBy(QualityEvaluation, { agentId: subject.agentId, month: subject.month });
    const overQuotaReason = input.overQuotaReason?.trim() || null;
    assertValid(checkQuotaExcess(before, policy, overQuotaReason));
    const agent = await manager.findOne(Staff, { where: { id: subject.agentId }, select: { id: true, teamId: true } });
    const evaluation = Object.assign(new QualityEvaluation(), {
      ...newRecord(now),
      templateId: template.id,
      templateVersion: template.currentVersion,
      agentId: subject.agentId,
      teamId: agent?.teamId ?? null,
      inspectorId: ctx.viewer.id,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      channel: subject.channel,
      month: subject.month,
      status: 'DRAFT' as const,
      total: null,
      weightedTotal: null,
      criticalFailed: criticalFailures.length > 0,
      criticalFailures: criticalFailures.join(',') || null,
      comment: input.comment?.trim() || null,
      submittedAt: null,
      acknowledgedAt: null,
      disputeReason: null,
      disputedAt: null,
      decidedById: null,
      decidedAt: null,
      decisionReason: null,
      overQuotaReason: before >= policy.maxPerAgent ? overQuotaReason : null,
    });
    await manager.insert(QualityEvaluation, evaluation);
    await writeScores(manager, evaluation.id, scorecard, [], scores, now);
    await recordAction(manager, auditTarget(ctx, 'qualityEvaluation', evaluation.id, now), 'CREATE', { newValue: `${input.subjectKind} ${input.subjectId}` });
    return evaluation;
  });
}

/** The evaluation, locked to the viewer's step: the machine says whether the step is legal now, the domain whether it is theirs. */
async function forStep(ctx: ServiceContext, manager: EntityManager, id: string, action: EvaluationAction | 'update'): Promise<QualityEvaluation> {
  const evaluation = await manager.findOneBy(QualityEvaluation, { id });
  const isEvaluatedAgent = evaluation?.agentId === ctx.viewer.id;
  // Not visible to the viewer: answered as if it did not exist.
  if (!evaluation || (!seesAllEvaluations(ctx) && (!isEvaluatedAgent || evaluation.status === 'DRAFT'))) throw notFound('QualityEvaluation', id);
  const viewer = { role: ctx.viewer.role, isInspector: evaluation.inspectorId === ctx.viewer.id, isEvaluatedAgent };
  if (action === 'update') {
    if (evaluation.status !== 'DRAFT') throw invalidTransition(evaluation.status, 'update');
    if (!viewer.isInspector) throw forbidden('qualityEvaluation', 'edit', 'only its inspector changes a draft');
    return evaluation;
  }
  checkTransition(() => evaluationMachine.assertTransition(evaluation.status, action));
  if (!mayTakeEvaluationAction(action, viewer)) throw forbidden('qualityEvaluation', action, 'not this viewer’s step');
  return evaluation;
}

/** Merges sent scores and critical items into a draft. */
export async function updateQualityEvaluation(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: UpdateQualityEvaluationInput,
): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'edit');
  return saveDraft(ctx, id, version, input, false);
}

/** submit: DRAFT → SUBMITTED, every dimension scored; the total is the domain's. */
export async function submitQualityEvaluation(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: UpdateQualityEvaluationInput,
): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'edit');
  return saveDraft(ctx, id, version, input, true);
}

async function saveDraft(ctx: ServiceContext, id: string, version: number, input: UpdateQualityEvaluationInput, submit: boolean): Promise<QualityEvaluation> {
  const sent = scoresOf(input.scores);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const evaluation = await forStep(ctx, manager, id, submit ? 'submit' : 'update');
    const scorecard = await scorecardOf(manager, evaluation);
    const existing = await manager.findBy(QualityEvaluationScore, { evaluationId: id });
    const merged = new Map<string, { score: number }>(existing.map((row) => [row.dimension, { score: row.score }]));
    for (const [code, score] of sent) merged.set(code, score);
    const criticalFailures = input.criticalFailures ? [...new Set(input.criticalFailures)] : criticalCodes(evaluation.criticalFailures);
    assertValid(scoreViolations(scorecard, merged, criticalFailures, submit));
    await writeScores(manager, id, scorecard, existing, sent, now);
    const totals = submit ? scoreEvaluation(scorecard, { scores: Object.fromEntries([...merged].map(([c, s]) => [c, s.score])), criticalFailures }) : null;
    const changes: Partial<QualityEvaluation> = {
      criticalFailed: criticalFailures.length > 0,
      criticalFailures: criticalFailures.join(',') || null,
      ...(input.comment !== undefined ? { comment: input.comment?.trim() || null } : {}),
      ...(totals ? { status: 'SUBMITTED' as const, total: totals.total, weightedTotal: totals.weightedTotal, submittedAt: now } : {}),
    };
    await updateVersioned(manager, QualityEvaluation, 'QualityEvaluation', id, version, changes, now);
    if (submit) await recordAction(manager, auditTarget(ctx, 'qualityEvaluation', id, now), 'UPDATE', { field: 'status', newValue: 'SUBMITTED' });
    return manager.findOneByOrFail(QualityEvaluation, { id });
  });
}

/** acknowledge: SUBMITTED → ACKNOWLEDGED, by the evaluated agent. */
export async function acknowledgeQualityEvaluation(ctx: ServiceContext, id: string, version: number): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'edit');
  return step(ctx, id, version, 'acknowledge', (now) => ({ status: 'ACKNOWLEDGED', acknowledgedAt: now }));
}

/** dispute (申诉): SUBMITTED → DISPUTED with the agent's reason. */
export async function disputeQualityEvaluation(ctx: ServiceContext, id: string, version: number, reason: string): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'edit');
  assertValid(checkEvaluationReason(reason));
  return step(ctx, id, version, 'dispute', (now) => ({ status: 'DISPUTED', disputeReason: reason.trim(), disputedAt: now }));
}

/** uphold: DISPUTED → UPHELD, the scores stand; a manager who is neither the agent nor the inspector. */
export async function upholdQualityEvaluation(ctx: ServiceContext, id: string, version: number, reason: string): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'approve');
  assertValid(checkEvaluationReason(reason));
  return step(ctx, id, version, 'uphold', (now) => ({ status: 'UPHELD', decidedById: ctx.viewer.id, decidedAt: now, decisionReason: reason.trim() }));
}

async function step(
  ctx: ServiceContext,
  id: string,
  version: number,
  action: EvaluationAction,
  changes: (now: Date) => Partial<QualityEvaluation>,
): Promise<QualityEvaluation> {
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const evaluation = await forStep(ctx, manager, id, action);
    const next = changes(now);
    await updateVersioned(manager, QualityEvaluation, 'QualityEvaluation', id, version, next, now);
    await recordFieldChanges(manager, [
      {
        entity: 'qualityEvaluation',
        entityId: id,
        actorId: ctx.viewer.id,
        at: now,
        field: 'status',
        oldValue: evaluation.status,
        newValue: next.status ?? null,
      },
    ]);
    return manager.findOneByOrFail(QualityEvaluation, { id });
  });
}

/** revise: DISPUTED → REVISED with changed scores; the rows change in place, each old score kept in the audit, all in one transaction. */
export async function reviseQualityEvaluation(
  ctx: ServiceContext,
  id: string,
  version: number,
  input: ReviseQualityEvaluationInput,
): Promise<QualityEvaluation> {
  assertCan(ctx.viewer, 'qualityEvaluation', 'approve');
  assertValid(checkEvaluationReason(input.reason));
  const sent = scoresOf(input.scores);
  if (sent.size === 0 && !input.criticalFailures) throw badUserInput([{ rule: 'required', field: 'scores' }]);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const evaluation = await forStep(ctx, manager, id, 'revise');
    const scorecard = await scorecardOf(manager, evaluation);
    const existing = await manager.findBy(QualityEvaluationScore, { evaluationId: id });
    const merged = new Map<string, { score: number }>(existing.map((row) => [row.dimension, { score: row.score }]));
    for (const [code, score] of sent) merged.set(code, score);
    const criticalFailures = input.criticalFailures ? [...new Set(input.criticalFailures)] : criticalCodes(evaluation.criticalFailures);
    assertValid(scoreViolations(scorecard, merged, criticalFailures, true));
    await writeScores(manager, id, scorecard, existing, sent, now);
    const totals = scoreEvaluation(scorecard, { scores: Object.fromEntries([...merged].map(([c, s]) => [c, s.score])), criticalFailures });
    const changes: Partial<QualityEvaluation> = {
      status: 'REVISED',
      total: totals.total,
      weightedTotal: totals.weightedTotal,
      criticalFailed: totals.failedCritical,
      criticalFailures: criticalFailures.join(',') || null,
      decidedById: ctx.viewer.id,
      decidedAt: now,
      decisionReason: input.reason.trim(),
    };
    await updateVersioned(manager, QualityEvaluation, 'QualityEvaluation', id, version, changes, now);
    const audit = (field: string, oldValue: unknown, newValue: unknown): FieldChange => ({
      entity: 'qualityEvaluation',
      entityId: id,
      actorId: ctx.viewer.id,
      at: now,
      field,
      oldValue: oldValue == null ? null : String(oldValue),
      newValue: newValue == null ? null : String(newValue),
    });
    await recordFieldChanges(manager, [
      audit('status', evaluation.status, 'REVISED'),
      audit('total', evaluation.total, totals.total),
      ...existing
        .filter((row) => sent.has(row.dimension) && sent.get(row.dimension)?.score !== row.score)
        .map((row) => audit(`score.${row.dimension}`, row.score, sent.get(row.dimension)?.score)),
      ...(evaluation.criticalFailures !== changes.criticalFailures ? [audit('criticalFailures', evaluation.criticalFailures, changes.criticalFailures)] : []),
    ]);
    return manager.findOneByOrFail(QualityEvaluation, { id });
  });
}
