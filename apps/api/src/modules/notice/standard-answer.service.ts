import { validateStandardAnswer } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import type { CreateStandardAnswerInput, StandardAnswerFilter, StandardAnswerSort, StandardAnswerSortField, UpdateStandardAnswerInput } from './notice.inputs';
import { searchPattern, searchTextOf } from './search-text';
import { StandardAnswer } from './standard-answer.entity';

const SORT_COLUMNS: Record<StandardAnswerSortField, SortColumn<StandardAnswer>> = {
  TOPIC: { sql: 'answer.topic', read: (a) => a.topic },
  UPDATED_AT: { sql: 'answer.updatedAt', read: (a) => a.updatedAt, isDate: true },
};

export async function listStandardAnswers(
  ctx: ServiceContext,
  filter: StandardAnswerFilter | null | undefined,
  sort: StandardAnswerSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<StandardAnswer>> {
  assertCan(ctx.viewer, 'standardAnswer', 'list');
  const query = ctx.dataSource.getRepository(StandardAnswer).createQueryBuilder('answer').where('answer.archivedAt IS NULL');
  const pattern = searchPattern(filter?.q);
  if (pattern) query.andWhere("answer.searchText LIKE :q ESCAPE '!'", { q: pattern });
  whereIds(query, 'answer', filter?.ids);
  if (filter?.topic?.length) query.andWhere('answer.topic IN (:...topics)', { topics: filter.topic.map((topic) => topic.trim()) });
  return paginate({ query, alias: 'answer', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'TOPIC', direction: SortDirection.ASC }], page });
}

export async function getStandardAnswer(ctx: ServiceContext, id: string): Promise<StandardAnswer | null> {
  assertCan(ctx.viewer, 'standardAnswer', 'show');
  return ctx.dataSource.getRepository(StandardAnswer).findOneBy({ id, archivedAt: IsNull() });
}

export async function createStandardAnswer(ctx: ServiceContext, input: CreateStandardAnswerInput): Promise<StandardAnswer> {
  assertCan(ctx.viewer, 'standardAnswer', 'create');
  const draft = { topic: input.topic?.trim() ?? '', question: input.question?.trim() ?? '', answer: input.answer?.trim() ?? '' };
  assertValid(validateStandardAnswer(draft, 'create'));
  const now = ctx.clock.now();
  const record = Object.assign(new StandardAnswer(), {
    ...newRecord(now),
    ...draft,
    revision: 1,
    authorId: ctx.viewer.id,
    archivedAt: null,
    searchText: searchTextOf(draft.topic, draft.question, draft.answer),
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(StandardAnswer, record);
    await recordAction(manager, auditTarget(ctx, 'standardAnswer', record.id, now), 'CREATE', { newValue: record.question });
  });
  return record;
}

/** A new question or answer is a new revision of the agreed wording; the audit keeps the old text. */
export async function updateStandardAnswer(ctx: ServiceContext, id: string, version: number, input: UpdateStandardAnswerInput): Promise<StandardAnswer> {
  assertCan(ctx.viewer, 'standardAnswer', 'edit');
  const trim = (value: string | null | undefined) => (value === undefined ? undefined : (value?.trim() ?? null));
  const draft = { topic: trim(input.topic), question: trim(input.question), answer: trim(input.answer) };
  assertValid(validateStandardAnswer(draft, 'update'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findAnswer(manager, id);
    const given = Object.fromEntries(Object.entries(draft).filter(([, value]) => value != null)) as Partial<StandardAnswer>;
    const next = { ...current, ...given };
    const reworded = next.question !== current.question || next.answer !== current.answer;
    const changes: Partial<StandardAnswer> = {
      ...given,
      revision: current.revision + (reworded ? 1 : 0),
      authorId: ctx.viewer.id,
      searchText: searchTextOf(next.topic, next.question, next.answer),
    };
    await updateVersioned(manager, StandardAnswer, 'StandardAnswer', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'standardAnswer', id, now), current, { ...next, ...changes }, ['topic', 'question', 'answer', 'revision']);
    return manager.findOneByOrFail(StandardAnswer, { id });
  });
}

export async function archiveStandardAnswer(ctx: ServiceContext, id: string, version: number): Promise<void> {
  assertCan(ctx.viewer, 'standardAnswer', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findAnswer(manager, id);
    await updateVersioned(manager, StandardAnswer, 'StandardAnswer', id, version, { archivedAt: now }, now);
    await recordAction(manager, auditTarget(ctx, 'standardAnswer', id, now), 'ARCHIVE');
  });
}

async function findAnswer(manager: EntityManager, id: string): Promise<StandardAnswer> {
  const answer = await manager.findOneBy(StandardAnswer, { id, archivedAt: IsNull() });
  if (!answer) throw notFound('StandardAnswer', id);
  return answer;
}
