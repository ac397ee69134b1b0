import { acceptsReadReceipts, canAccess, isNoticeEditable, type NoticeAction, noticeMachine, validateNotice } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { assertValid, checkTransition, notFound, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { stepNote } from '../../shared/step-note';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Notice } from './notice.entity';
import type { CreateNoticeInput, NoticeFilter, NoticeSort, NoticeSortField, UpdateNoticeInput } from './notice.inputs';
import { NoticeReceipt } from './notice-receipt.entity';
import { searchPattern, searchTextOf } from './search-text';

const SORT_COLUMNS: Record<NoticeSortField, SortColumn<Notice>> = {
  PINNED: { sql: 'notice.pinned', read: (n) => (n.pinned ? 1 : 0) },
  PUBLISHED_AT: { sql: 'notice.boardAt', read: (n) => n.boardAt, isDate: true },
  UPDATED_AT: { sql: 'notice.updatedAt', read: (n) => n.updatedAt, isDate: true },
  TITLE: { sql: 'notice.title', read: (n) => n.title },
};

/** Drafts are the publishers' own business: everyone else sees published and archived notices only. */
const seesDrafts = (ctx: ServiceContext) => canAccess(ctx.viewer.role, 'notice', 'create');

export async function listNotices(
  ctx: ServiceContext,
  filter: NoticeFilter | null | undefined,
  sort: NoticeSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<Notice>> {
  assertCan(ctx.viewer, 'notice', 'list');
  const query = ctx.dataSource.getRepository(Notice).createQueryBuilder('notice');
  const statuses = (filter?.status?.length ? filter.status : ['DRAFT', 'PUBLISHED', 'ARCHIVED']).filter((status) => status !== 'DRAFT' || seesDrafts(ctx));
  query.where('notice.status IN (:...statuses)', { statuses: statuses.length ? statuses : ['NONE'] });
  const pattern = searchPattern(filter?.q);
  if (pattern) query.andWhere("notice.searchText LIKE :q ESCAPE '!'", { q: pattern });
  whereIds(query, 'notice', filter?.ids);
  if (filter?.kind?.length) query.andWhere('notice.kind IN (:...kinds)', { kinds: filter.kind });
  if (filter?.publishedAtFrom) query.andWhere('notice.publishedAt >= :publishedFrom', { publishedFrom: filter.publishedAtFrom });
  if (filter?.publishedAtTo) query.andWhere('notice.publishedAt < :publishedTo', { publishedTo: filter.publishedAtTo });
  if (filter?.awaitingMe != null) {
    // 未读: published and without the viewer's receipt (the receipt's key answers it from the index).
    const receipt = 'SELECT 1 FROM notice_receipt receipt WHERE receipt.notice_id = notice.id AND receipt.staff_id = :me';
    query.andWhere(filter.awaitingMe ? `notice.status = 'PUBLISHED' AND NOT EXISTS (${receipt})` : `EXISTS (${receipt})`, { me: ctx.viewer.id });
  }
  const defaultSort = [
    { field: 'PINNED' as const, direction: SortDirection.DESC },
    { field: 'PUBLISHED_AT' as const, direction: SortDirection.DESC },
  ];
  return paginate({ query, alias: 'notice', columns: SORT_COLUMNS, sort, defaultSort, page });
}

export async function getNotice(ctx: ServiceContext, id: string): Promise<Notice | null> {
  assertCan(ctx.viewer, 'notice', 'show');
  const notice = await ctx.dataSource.getRepository(Notice).findOneBy({ id });
  return notice && (notice.status !== 'DRAFT' || seesDrafts(ctx)) ? notice : null;
}

export async function createNotice(ctx: ServiceContext, input: CreateNoticeInput): Promise<Notice> {
  assertCan(ctx.viewer, 'notice', 'create');
  const draft = { kind: input.kind, title: input.title?.trim() ?? '', body: input.body?.trim() ?? '', pinned: input.pinned ?? false };
  assertValid(validateNotice(draft, 'create'));
  const now = ctx.clock.now();
  const notice = Object.assign(new Notice(), {
    ...newRecord(now),
    ...draft,
    status: 'DRAFT' as const,
    publishedAt: null,
    publishedById: null,
    authorId: ctx.viewer.id,
    boardAt: now,
    searchText: searchTextOf(draft.title, draft.body),
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(Notice, notice);
    await recordAction(manager, auditTarget(ctx, 'notice', notice.id, now), 'CREATE', { newValue: notice.title });
  });
  return notice;
}

/** A draft changes freely; a published notice only moves up or down the board (置顶): its readers read that text. */
export async function updateNotice(ctx: ServiceContext, id: string, version: number, input: UpdateNoticeInput): Promise<Notice> {
  assertCan(ctx.viewer, 'notice', 'edit');
  const draft = {
    kind: input.kind,
    title: input.title === undefined ? undefined : (input.title?.trim() ?? null),
    body: input.body === undefined ? undefined : (input.body?.trim() ?? null),
  };
  assertValid(validateNotice(draft, 'update'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findNotice(manager, id);
    // A form sends the text back unchanged with 置顶: only a different text counts as a change.
    const textChanges = Object.fromEntries(
      Object.entries(draft).filter(([key, value]) => value != null && value !== current[key as keyof Notice]),
    ) as Partial<Notice>;
    if (Object.keys(textChanges).length && !isNoticeEditable(current.status))
      throw ruleViolation('A published notice cannot be changed', [{ rule: 'noticeNotEditable', field: Object.keys(textChanges)[0] }]);
    const next = { ...current, ...textChanges, ...(input.pinned != null ? { pinned: input.pinned } : {}) };
    const changes: Partial<Notice> = { ...textChanges, pinned: next.pinned, searchText: searchTextOf(next.title, next.body) };
    await updateVersioned(manager, Notice, 'Notice', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'notice', id, now), current, next, ['kind', 'title', 'body', 'pinned']);
    return manager.findOneByOrFail(Notice, { id });
  });
}

/** 发布 or 归档: the machine decides; publishing stamps the board date and signs the publisher's own receipt. */
export async function stepNotice(ctx: ServiceContext, id: string, version: number, action: NoticeAction, note?: string | null): Promise<Notice> {
  assertCan(ctx.viewer, 'notice', 'edit');
  const remark = stepNote(note);
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findNotice(manager, id);
    const status = checkTransition(() => noticeMachine.assertTransition(current.status, action));
    const changes: Partial<Notice> = action === 'publish' ? { status, publishedAt: now, publishedById: ctx.viewer.id, boardAt: now } : { status };
    await updateVersioned(manager, Notice, 'Notice', id, version, changes, now);
    if (action === 'publish') await manager.insert(NoticeReceipt, { noticeId: id, staffId: ctx.viewer.id, readAt: now });
    const target = auditTarget(ctx, 'notice', id, now);
    await recordChanges(manager, target, current, { ...current, ...changes }, ['status']);
    if (remark) await recordAction(manager, target, 'UPDATE', { field: 'note', newValue: remark });
    return manager.findOneByOrFail(Notice, { id });
  });
}

/**
 * 签收: the viewer's read receipt, written once. A second call, or two at the same moment, keep the
 * first time and write nothing else; the receipt row (who, when) is the notice's reading history.
 */
export async function markNoticeRead(ctx: ServiceContext, id: string): Promise<Notice> {
  const notice = await getNotice(ctx, id);
  if (!notice) throw notFound('Notice', id);
  const receipts = ctx.dataSource.getRepository(NoticeReceipt);
  if (await receipts.existsBy({ noticeId: id, staffId: ctx.viewer.id })) return notice;
  if (!acceptsReadReceipts(notice.status))
    throw ruleViolation('Only a published notice is signed for', [{ rule: 'noticeNotPublished', field: 'id', params: { status: notice.status } }]);
  try {
    await receipts.insert({ noticeId: id, staffId: ctx.viewer.id, readAt: ctx.clock.now() });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return notice;
}

async function findNotice(manager: EntityManager, id: string): Promise<Notice> {
  const notice = await manager.findOneBy(Notice, { id });
  if (!notice) throw notFound('Notice', id);
  return notice;
}
