import { containsPattern } from '../../shared/like';
import { type BusinessCalendar, type Settings, validateCalendarDay } from '@sanxin/domain';
import { Between, type EntityManager } from 'typeorm';
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
import { readSettings } from '../setting';
import { Holiday } from './holiday.entity';
import type { CreateHolidayInput, HolidayFilter, HolidaySort, UpdateHolidayInput } from './holiday.inputs';

/**
 * The business calendar between two dates (YYYY-MM-DD, inclusive): working hours and holidays. A
 * caller that reads the settings anyway passes its read, so they are read once.
 */
export async function readBusinessCalendar(manager: EntityManager, timeZone: string, from: string, to: string, settingsRead?: Promise<Settings>): Promise<BusinessCalendar> {
  const [settings, days] = await Promise.all([settingsRead ?? readSettings(manager), manager.find(Holiday, { where: { date: Between(from, to) } })]);
  return {
    timeZone,
    workdayStartMinute: settings['calendar.workdayStartMinute'],
    workdayEndMinute: settings['calendar.workdayEndMinute'],
    days: days.map(({ date, kind, name }) => ({ date, kind, name })),
  };
}

const SORT_COLUMNS: Record<'DATE', SortColumn<Holiday>> = { DATE: { sql: 'holiday.date', read: (h) => h.date } };

export async function listHolidays(ctx: ServiceContext, filter: HolidayFilter | null | undefined, sort: HolidaySort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Holiday>> {
  assertCan(ctx.viewer, 'holiday', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(Holiday).createQueryBuilder('holiday');
  whereIds(query, 'holiday', f.ids);
  if (f.q?.trim()) query.andWhere("holiday.name LIKE :q ESCAPE '!'", { q: containsPattern(f.q.trim()) });
  if (f.kind?.length) query.andWhere('holiday.kind IN (:...kinds)', { kinds: f.kind });
  if (f.dateFrom) query.andWhere('holiday.date >= :dateFrom', { dateFrom: f.dateFrom });
  if (f.dateTo) query.andWhere('holiday.date <= :dateTo', { dateTo: f.dateTo });
  if (f.year) query.andWhere('holiday.date BETWEEN :yearStart AND :yearEnd', { yearStart: `${f.year}-01-01`, yearEnd: `${f.year}-12-31` });
  return paginate({ query, alias: 'holiday', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'DATE', direction: SortDirection.ASC }], page });
}

export async function createHoliday(ctx: ServiceContext, input: CreateHolidayInput): Promise<Holiday> {
  assertCan(ctx.viewer, 'holiday', 'create');
  const draft = { date: input.date.trim(), kind: input.kind, name: input.name.trim() };
  assertValid(validateCalendarDay(draft));
  const now = ctx.clock.now();
  const holiday = Object.assign(new Holiday(), { ...newRecord(now), ...draft });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(Holiday, holiday).catch(rethrowDuplicateDate);
    await recordAction(manager, auditTarget(ctx, 'holiday', holiday.id, now), 'CREATE', { newValue: `${holiday.date} ${holiday.name}` });
  });
  return holiday;
}

export async function updateHoliday(ctx: ServiceContext, id: string, version: number, input: UpdateHolidayInput): Promise<Holiday> {
  assertCan(ctx.viewer, 'holiday', 'edit');
  const current = await findHoliday(ctx.dataSource.manager, id);
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v != null).map(([k, v]) => [k, String(v).trim()])) } as Holiday;
  assertValid(validateCalendarDay(next));
  const fields = (['date', 'kind', 'name'] as const).filter((field) => next[field] !== current[field]);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await updateVersioned(manager, Holiday, 'Holiday', id, version, Object.fromEntries(fields.map((f) => [f, next[f]])), now).catch(rethrowDuplicateDate);
    await recordChanges(manager, auditTarget(ctx, 'holiday', id, now), current, next, fields);
  });
  return findHoliday(ctx.dataSource.manager, id);
}

/** Holidays are configuration, not history: deleting one really removes it (the audit log keeps the trace). */
export async function deleteHoliday(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'holiday', 'delete');
  const holiday = await findHoliday(ctx.dataSource.manager, id);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    const result = await manager.delete(Holiday, { id, version });
    if (result.affected !== 1) await updateVersioned(manager, Holiday, 'Holiday', id, version, {}, now);
    await recordAction(manager, auditTarget(ctx, 'holiday', id, now), 'ARCHIVE', { newValue: `${holiday.date} ${holiday.name}` });
  });
  return true;
}

async function findHoliday(manager: EntityManager, id: string): Promise<Holiday> {
  const holiday = await manager.findOneBy(Holiday, { id });
  if (!holiday) throw notFound('Holiday', id);
  return holiday;
}

function rethrowDuplicateDate(error: unknown): never {
  throw isUniqueViolation(error) ? badUserInput([{ rule: 'duplicate', field: 'date' }]) : error;
}
