import {
  addLocalDays,
  atLocalTime,
  daysBetween,
  type OperatorReviewStats,
  operatorReviewStats,
  type PendingChangeAction,
  type PendingChangeStatus,
  pendingChangeMachine,
  type ReviewErrorReason,
  type ReviewPeriod,
  reviewStepViolations,
  validateRejection,
  type Violation,
} from '@sanxin/domain';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { parseDbDate } from '../../shared/db-date';
import { assertNoRuleViolations, assertValid, badUserInput, checkTransition, forbidden, notFound } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan, scopeFor } from '../../shared/viewer';
import { auditTarget, recordChanges } from '../audit';
import { readSettings } from '../setting';
import { PendingChange } from './pending-change.entity';
import { applierOf } from './review-appliers';
import type { PendingChangeFilter, PendingChangeSort, PendingChangeSortField } from './review.inputs';

const SORT_COLUMNS: Record<PendingChangeSortField, SortColumn<PendingChange>> = {
  SUBMITTED_AT: { sql: 'pc.submittedAt', read: (c) => c.submittedAt, isDate: true },
  UPDATED_AT: { sql: 'pc.updatedAt', read: (c) => c.updatedAt, isDate: true },
};

/** The longest statistics range: a year and a day (a leap year's 366 days). */
const MAX_STATS_DAYS = 366;

export async function listPendingChanges(
  ctx: ServiceContext,
  filter: PendingChangeFilter | null | undefined,
  sort: PendingChangeSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<PendingChange>> {
  assertCan(ctx.viewer, 'pendingChange', 'list');
  const query = ctx.dataSource.getRepository(PendingChange).createQueryBuilder('pc');
  const f = filter ?? {};
  // An agent sees the changes they submitted ('own'); reviewers and QA see all.
  if (scopeFor(ctx.viewer, 'pendingChange', 'list') === 'own' || f.mine) query.andWhere('pc.submittedById = :viewerId', { viewerId: ctx.viewer.id });
  whereIds(query, 'pc', f.ids);
  if (f.status?.length) query.andWhere('pc.status IN (:...statuses)', { statuses: f.status });
  if (f.entity?.length) query.andWhere('pc.entity IN (:...entities)', { entities: f.entity });
  if (f.recordId) query.andWhere('pc.recordId = :recordId', { recordId: f.recordId });
  if (f.submittedById) query.andWhere('pc.submittedById = :submittedById', { submittedById: f.submittedById });
  if (f.submittedAtFrom) query.andWhere('pc.submittedAt >= :from', { from: f.submittedAtFrom });
  if (f.submittedAtTo) query.andWhere('pc.submittedAt < :to', { to: f.submittedAtTo });
  return paginate({ query, alias: 'pc', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'SUBMITTED_AT', direction: SortDirection.DESC }], page });
}

export async function getPendingChange(ctx: ServiceContext, id: string): Promise<PendingChange | null> {
  assertCan(ctx.viewer, 'pendingChange', 'show');
  const change = await ctx.dataSource.getRepository(PendingChange).findOneBy({ id });
  if (change && scopeFor(ctx.viewer, 'pendingChange', 'show') === 'own' && change.submittedById !== ctx.viewer.id) throw forbidden('pendingChange', 'show');
  return change;
}

/** 复核通过: the held values reach the record (version-checked, audited), all in one transaction. */
export async function approvePendingChange(ctx: ServiceContext, id: string, version: number, note: string | null | undefined): Promise<PendingChange> {
  assertCan(ctx.viewer, 'pendingChange', 'approve');
  return decide(ctx, id, version, 'APPROVE', { decisionNote: note ?? null }, noteViolations(note));
}

/** 复核退回 with a reason from the administrator's list; the record keeps its values. */
export async function rejectPendingChange(ctx: ServiceContext, id: string, version: number, input: { reason: ReviewErrorReason; note?: string | null }): Promise<PendingChange> {
  assertCan(ctx.viewer, 'pendingChange', 'approve');
  const settings = await readSettings(ctx.dataSource.manager);
  return decide(ctx, id, version, 'REJECT', { errorReason: input.reason, decisionNote: input.note ?? null }, validateRejection(settings, input));
}

/** The submitter takes the change back before anyone decided it. */
export async function withdrawPendingChange(ctx: ServiceContext, id: string, version: number, note: string | null | undefined): Promise<PendingChange> {
  assertCan(ctx.viewer, 'pendingChange', 'edit');
  return decide(ctx, id, version, 'WITHDRAW', { decisionNote: note ?? null }, noteViolations(note));
}

function noteViolations(note: string | null | undefined): Violation[] {
  return note != null && Array.from(note).length > 500 ? [{ rule: 'tooLong', field: 'note', params: { max: 500 } }] : [];
}

async function decide(
  ctx: ServiceContext,
  id: string,
  version: number,
  action: PendingChangeAction,
  decision: Pick<Partial<PendingChange>, 'errorReason' | 'decisionNote'>,
  inputViolations: Violation[],
): Promise<PendingChange> {
  assertValid(inputViolations);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    const change = await tx.findOneBy(PendingChange, { id });
    if (!change) throw notFound('PendingChange', id);
    const status = checkTransition(() => pendingChangeMachine.assertTransition(change.status, action)) as PendingChangeStatus;
    assertNoRuleViolations('A change is decided by a second person; only its submitter withdraws it', reviewStepViolations(action, ctx.viewer, change.submittedById));
    const after = { ...change, status, openKey: null, decidedById: ctx.viewer.id, decidedAt: now, errorReason: null, decisionNote: null, ...decision };
    await updateVersioned(tx, PendingChange, 'PendingChange', id, version, pickDecision(after), now);
    if (action === 'APPROVE') await applierOf(change.entity)(ctx, tx, change.recordId, change.fieldChanges, now);
    await recordChanges(tx, auditTarget(ctx, 'pendingChange', id, now), change, after, ['status', 'errorReason', 'decisionNote']);
  });
  return (await ctx.dataSource.getRepository(PendingChange).findOneBy({ id })) as PendingChange;
}

const pickDecision = (c: PendingChange) => ({
  status: c.status,
  openKey: c.openKey,
  decidedById: c.decidedById,
  decidedAt: c.decidedAt,
  errorReason: c.errorReason,
  decisionNote: c.decisionNote,
});

/**
 * Per operator (who submitted) and day or month, between two local dates inclusive: changes,
 * rejections, error rate and cycle time. An agent sees their own figures only.
 */
export async function reviewStatistics(
  ctx: ServiceContext & { timeZone: string },
  args: { period: ReviewPeriod; from: string; to: string; operatorId?: string | null },
): Promise<OperatorReviewStats[]> {
  assertCan(ctx.viewer, 'pendingChange', 'list');
  const span = daysBetween(args.from, args.to);
  if (span < 0) throw badUserInput([{ rule: 'endsBeforeStart', field: 'to' }]);
  if (span >= MAX_STATS_DAYS) throw badUserInput([{ rule: 'rangeTooLong', field: 'to', params: { max: MAX_STATS_DAYS } }]);
  const operatorId = scopeFor(ctx.viewer, 'pendingChange', 'list') === 'own' ? ctx.viewer.id : args.operatorId;
  const query = ctx.dataSource
    .getRepository(PendingChange)
    .createQueryBuilder('pc')
    .select(['pc.submittedById AS submittedById', 'pc.submittedAt AS submittedAt', 'pc.status AS status', 'pc.decidedAt AS decidedAt'])
    .where('pc.submittedAt >= :from AND pc.submittedAt < :to', {
      from: atLocalTime(args.from, 0, ctx.timeZone),
      to: atLocalTime(addLocalDays(args.to, 1), 0, ctx.timeZone),
    });
  if (operatorId) query.andWhere('pc.submittedById = :operatorId', { operatorId });
  const rows = await query.getRawMany<{ submittedById: string; submittedAt: Date | string; status: PendingChangeStatus; decidedAt: Date | string | null }>();
  const facts = rows.map((row) => ({ ...row, submittedAt: parseDbDate(row.submittedAt), decidedAt: row.decidedAt == null ? null : parseDbDate(row.decidedAt) }));
  return operatorReviewStats(facts, args.period, ctx.timeZone);
}
