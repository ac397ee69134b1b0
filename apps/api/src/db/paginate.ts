import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../shared/errors';

/**
 * Paging and sorting of any list in SQL: offset paging, keyset paging for deep pages, and a COUNT
 * that runs only when asked. GraphQL's PageInput, XSort and XPage types (graphql/pagination.ts)
 * are shaped to fit these.
 */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  offset?: number | null;
  limit?: number | null;
  after?: string | null;
}

export interface SortKey<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

export interface PageResult<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  countTotal: () => Promise<number>;
}

/** Narrows a list to the given ids; an empty list matches nothing. */
export function whereIds<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, alias: string, ids: string[] | null | undefined): void {
  if (ids) query.andWhere(ids.length ? `${alias}.id IN (:...ids)` : '1 = 0', { ids });
}

export interface SortColumn<E> {
  /** The column as written in SQL, e.g. `customer.updated_at`. */
  sql: string;
  read: (entity: E) => string | number | Date;
  isDate?: boolean;
}

export interface ListOptions<E extends { id: string }, F extends string> {
  query: SelectQueryBuilder<E>;
  alias: string;
  columns: Record<F, SortColumn<E>>;
  sort: SortKey<F>[] | null | undefined;
  defaultSort: SortKey<F>[];
  page: PageRequest | null | undefined;
}

export async function paginate<E extends ObjectLiteral & { id: string }, F extends string>(
  options: ListOptions<E, F>,
): Promise<PageResult<E>> {
  const { query, alias, columns, page } = options;
  const sort = options.sort?.length ? options.sort : options.defaultSort;
  const limit = pageLimit(page);
  const countQuery = query.clone();
  const keys = sort.map((s) => ({ ...columns[s.field], direction: s.direction }));
  const idDirection = sort[sort.length - 1].direction;
  const ordered = [...keys, { sql: `${alias}.id`, read: (e: E) => e.id, direction: idDirection, isDate: false }];

  for (const [index, key] of ordered.entries()) {
    query[index === 0 ? 'orderBy' : 'addOrderBy'](key.sql, key.direction);
  }
  if (page?.after) {
    applyKeyset(query, ordered, decodeCursor(page.after, ordered.length));
  } else if (page?.offset) {
    if (page.offset < 0) throw badUserInput([{ rule: 'outOfRange', field: 'page.offset', params: { min: 0, max: Number.MAX_SAFE_INTEGER } }]);
    query.offset(page.offset);
  }
  const rows = await query.limit(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(ordered.map((k) => k.read(last))) : null },
    countTotal: () => countQuery.getCount(),
  };
}

function pageLimit(page: PageRequest | null | undefined): number {
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput([{ rule: 'outOfRange', field: 'page.limit', params: { min: 1, max: MAX_PAGE_SIZE } }]);
  }
  return limit;
}

type KeyValue = string | number | Date;

/**
 * `(k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...`: spelled out because MariaDB cannot use an index
 * for row-constructor comparisons.
 */
function applyKeyset<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  keys: Array<{ sql: string; direction: 'ASC' | 'DESC'; isDate?: boolean }>,
  values: KeyValue[],
): void {
  const params: Record<string, KeyValue> = {};
  const branches = keys.map((key, index) => {
    const equalities = keys.slice(0, index).map((previous, j) => `${previous.sql} = :cursor${j}`);
    const comparison = `${key.sql} ${key.direction === 'ASC' ? '>' : '<'} :cursor${index}`;
    params[`cursor${index}`] = key.isDate ? new Date(values[index]) : values[index];
    return `(${[...equalities, comparison].join(' AND ')})`;
  });
  query.andWhere(`(${branches.join(' OR ')})`, params);
}

function encodeCursor(values: KeyValue[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString('base64url');
}

function decodeCursor(cursor: string, length: number): KeyValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => ['string', 'number'].includes(typeof v))) return values;
  } catch {
    // fall through to the error below
  }
  throw badUserInput([{ rule: 'invalidCursor', field: 'page.after' }]);
}
