import { containsPattern } from '../../shared/like';
import { validateComplaintCategory } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertValid, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { ComplaintCategory } from './complaint-category.entity';
import type { ComplaintCategoryFilter, ComplaintCategorySort, CreateComplaintCategoryInput, UpdateComplaintCategoryInput } from './complaint.inputs';

const SORT_COLUMNS: Record<'SORT_ORDER', SortColumn<ComplaintCategory>> = { SORT_ORDER: { sql: 'category.sortOrder', read: (c) => c.sortOrder } };
const EDITABLE = ['nameZh', 'nameEn', 'dueHours', 'sortOrder', 'active'] as const;

export async function listComplaintCategories(ctx: ServiceContext, filter: ComplaintCategoryFilter | null | undefined, sort: ComplaintCategorySort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ComplaintCategory>> {
  assertCan(ctx.viewer, 'complaintCategory', 'list');
  const query = ctx.dataSource.getRepository(ComplaintCategory).createQueryBuilder('category');
  whereIds(query, 'category', filter?.ids);
  if (filter?.active != null) query.andWhere('category.active = :active', { active: filter.active });
  if (filter?.q?.trim()) query.andWhere("(category.code LIKE :q ESCAPE '!' OR category.nameZh LIKE :q ESCAPE '!' OR category.nameEn LIKE :q ESCAPE '!')", { q: containsPattern(filter.q.trim()) });
  return paginate({ query, alias: 'category', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'SORT_ORDER', direction: SortDirection.ASC }], page });
}

export async function getComplaintCategory(ctx: ServiceContext, id: string): Promise<ComplaintCategory | null> {
  assertCan(ctx.viewer, 'complaintCategory', 'show');
  return ctx.dataSource.getRepository(ComplaintCategory).findOneBy({ id });
}

export async function createComplaintCategory(ctx: ServiceContext, input: CreateComplaintCategoryInput): Promise<ComplaintCategory> {
  assertCan(ctx.viewer, 'complaintCategory', 'create');
  const draft = { code: input.code.trim(), nameZh: input.nameZh.trim(), nameEn: input.nameEn.trim(), dueHours: input.dueHours ?? null };
  assertValid(validateComplaintCategory(draft, 'create'));
  const now = ctx.clock.now();
  const category = Object.assign(new ComplaintCategory(), { ...newRecord(now), ...draft, sortOrder: input.sortOrder ?? 100, active: true });
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(ComplaintCategory, category).catch(rethrowDuplicateCode);
    await recordAction(tx, auditTarget(ctx, 'complaintCategory', category.id, now), 'CREATE', { newValue: `${category.code} ${category.nameZh}` });
  });
  return category;
}

export async function updateComplaintCategory(ctx: ServiceContext, id: string, version: number, input: UpdateComplaintCategoryInput): Promise<ComplaintCategory> {
  assertCan(ctx.viewer, 'complaintCategory', 'edit');
  const current = await findCategory(ctx.dataSource.manager, id);
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
  const next = { ...current, ...given } as ComplaintCategory;
  assertValid(validateComplaintCategory(given, 'update'));
  const fields = EDITABLE.filter((field) => next[field] !== current[field]);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, ComplaintCategory, 'ComplaintCategory', id, version, Object.fromEntries(fields.map((f) => [f, next[f]])), now);
    await recordChanges(tx, auditTarget(ctx, 'complaintCategory', id, now), current, next, fields);
  });
  return findCategory(ctx.dataSource.manager, id);
}

/** Complaints keep their category: deleting retires it (no new complaints) instead of removing it. */
export async function retireComplaintCategory(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'complaintCategory', 'delete');
  await updateComplaintCategory(ctx, id, version, { active: false });
  return true;
}

async function findCategory(manager: EntityManager, id: string): Promise<ComplaintCategory> {
  const category = await manager.findOneBy(ComplaintCategory, { id });
  if (!category) throw notFound('ComplaintCategory', id);
  return category;
}

function rethrowDuplicateCode(error: unknown): never {
  throw isUniqueViolation(error) ? badUserInput([{ rule: 'duplicate', field: 'code' }]) : error;
}
