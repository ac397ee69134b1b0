import { containsPattern } from '../../shared/like';
import { validateShiftType } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertValid, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { presentKeys } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { ShiftType } from './shift-type.entity';
import type { CreateShiftTypeInput, ShiftTypeFilter, ShiftTypeSort, UpdateShiftTypeInput } from './shift-type.inputs';

const SORT_COLUMNS: Record<'NAME' | 'START_MINUTE', SortColumn<ShiftType>> = {
  NAME: { sql: 'shiftType.name', read: (t) => t.name },
  START_MINUTE: { sql: 'shiftType.startMinute', read: (t) => t.startMinute },
};

export async function listShiftTypes(ctx: ServiceContext, filter: ShiftTypeFilter | null | undefined, sort: ShiftTypeSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ShiftType>> {
  assertCan(ctx.viewer, 'shiftType', 'list');
  const query = ctx.dataSource.getRepository(ShiftType).createQueryBuilder('shiftType').where('shiftType.archivedAt IS NULL');
  whereIds(query, 'shiftType', filter?.ids);
  if (filter?.q?.trim()) query.andWhere("shiftType.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  if (filter?.kind?.length) query.andWhere('shiftType.kind IN (:...kinds)', { kinds: filter.kind });
  return paginate({ query, alias: 'shiftType', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'START_MINUTE', direction: SortDirection.ASC }], page });
}

export async function createShiftType(ctx: ServiceContext, input: CreateShiftTypeInput): Promise<ShiftType> {
  assertCan(ctx.viewer, 'shiftType', 'create');
  const draft = { ...input, name: input.name.trim(), minHeadcount: input.minHeadcount.map(({ jobType, count }) => ({ jobType, count })) };
  assertValid(validateShiftType(draft, 'create'));
  const now = ctx.clock.now();
  const shiftType = Object.assign(new ShiftType(), { ...newRecord(now), ...draft, archivedAt: null });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(ShiftType, shiftType);
    await recordAction(manager, auditTarget(ctx, 'shiftType', shiftType.id, now), 'CREATE', { newValue: shiftType.name });
  });
  return shiftType;
}

export async function updateShiftType(ctx: ServiceContext, id: string, version: number, input: UpdateShiftTypeInput): Promise<ShiftType> {
  assertCan(ctx.viewer, 'shiftType', 'edit');
  const current = await findShiftType(ctx.dataSource.manager, id);
  const changes = Object.fromEntries(presentKeys(input).map((key) => [key, key === 'name' ? input.name?.trim() : input[key]])) as Partial<ShiftType>;
  const next = { ...current, ...changes };
  assertValid(validateShiftType(next, 'update'));
  const fields = presentKeys(changes) as Array<keyof ShiftType & string>;
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await updateVersioned(manager, ShiftType, 'ShiftType', id, version, changes, now);
    await recordChanges(manager, auditTarget(ctx, 'shiftType', id, now), { ...current, minHeadcount: JSON.stringify(current.minHeadcount) }, { ...next, minHeadcount: JSON.stringify(next.minHeadcount) }, fields as never);
  });
  return findShiftType(ctx.dataSource.manager, id);
}

/** Archived, not deleted: rostered shifts keep their type. */
export async function archiveShiftType(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'shiftType', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findShiftType(manager, id);
    await updateVersioned(manager, ShiftType, 'ShiftType', id, version, { archivedAt: now }, now);
    await recordAction(manager, auditTarget(ctx, 'shiftType', id, now), 'ARCHIVE');
  });
  return true;
}

export async function findShiftType(manager: EntityManager, id: string): Promise<ShiftType> {
  const shiftType = await manager.findOneBy(ShiftType, { id, archivedAt: IsNull() });
  if (!shiftType) throw notFound('ShiftType', id);
  return shiftType;
}

export function activeShiftTypes(manager: EntityManager): Promise<ShiftType[]> {
  return manager.find(ShiftType, { where: { archivedAt: IsNull() }, order: { startMinute: 'ASC', id: 'ASC' } });
}
