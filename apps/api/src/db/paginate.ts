import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../shared/errors';
import { countPage, type PageTotal } from './page-total';
import { getEntities } from './hydrate';

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
  /** The items after this cursor (an `endCursor`): the next page. */
  after?: string | null;
  /** The items before this cursor (a `startCursor`): the previous page. */
  before?: string | null;
  /** Count `total` exactly, however large the table (otherwise it may be an estimate: db/page-total.ts). */
  exactTotal?: boolean | null;
}

export interface SortKey<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

export interface PageResult<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Runs once, when `total` or `totalIsEstimate` is selected. */
  countTotal: () => Promise<PageTotal>;
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
  /** Read only these columns (entity properties; graphql/projection.ts) and the sort's; absent or null: every column. */
  projection?: readonly string[] | null;
  /** To-one rows read in the page's own statement (LEFT JOIN), instead of a loader's statement after it. */
  joins?: readonly PageJoin[];
}

/** A to-one row joined into a page: `columns` of `entity` by `on`, set on each item as `into` (null when none matched). */
export interface PageJoin {
  entity: EntityTarget<ObjectLiteral>;
  alias: string;
  on: string;
  into: string;
  columns: readonly string[];
}

export async function paginate<E extends ObjectLiteral & { id: string }, F extends string>(
  options: ListOptions<E, F>,
): Promise<PageResult<E>> {
  const { query, alias, columns, page } = options;
  const sort = options.sort?.length ? options.sort : options.defaultSort;
  const limit = pageLimit(page);
  const countQuery = query.clone();
  const keys = sort.map((s) => ({ ...columns[s.field], direction: s.direction }));
  if (options.projection) project(query, alias, options.projection, keys);
  const idDirection = sort[sort.length - 1].direction;
  const ordered = [...keys, { sql: `${alias}.id`, read: (e: E) => e.id, direction: idDirection, isDate: false }];
  const sortKey = sort.map((s) => `${s.field}:${s.direction}`).join(',');
  const cursor = pageCursor(page);
  // Backwards: walk the order reversed from the cursor, then turn the rows back round.
  const backwards = cursor?.field === 'page.before';
  const walked = backwards ? ordered.map((key) => ({ ...key, direction: reverse(key.direction) })) : ordered;

  for (const [index, key] of walked.entries()) {
    query[index === 0 ? 'orderBy' : 'addOrderBy'](key.sql, key.direction);
  }
  if (cursor) {
    applyKeyset(query, walked, decodeCursor(cursor, sortKey, ordered.length));
  } else if (page?.offset) {
    if (page.offset < 0) throw badUserInput([{ rule: 'outOfRange', field: 'page.offset', params: { min: 0, max: Number.MAX_SAFE_INTEGER } }]);
    deferRows(query, alias, page.offset, limit + 1);
  }
  for (const join of options.joins ?? []) joinToOne(query, alias, join);
  // A deferred page is limited inside: an outer LIMIT too makes MariaDB walk the sort's index from the
  // top, probing the page's ids for each of the `offset` rows it skips (seconds at offset 100,000).
  const rows = await getEntities(cursor || !page?.offset ? query.limit(limit + 1) : query);
  const more = rows.length > limit;
  const items = backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const cursorOf = (item: E | undefined) => (item ? encodeCursor(sortKey, ordered.map((k) => k.read(item))) : null);
  return {
    items,
    pageInfo: {
      // Past a cursor, the item it was taken from lies on the other side.
      hasNextPage: backwards ? true : more,
      hasPreviousPage: backwards ? more : Boolean(cursor) || Boolean(page?.offset),
      startCursor: cursorOf(items[0]),
      endCursor: cursorOf(items[items.length - 1]),
    },
    countTotal: once(() => countPage(countQuery, Boolean(page?.exactTotal))),
  };
}

/**
 * Selects the projection's columns and the sort's (the cursors read them). A sort key that is not one
 * of the alias's columns (an expression) keeps every column selected.
 */
function project<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, alias: string, projection: readonly string[], keys: Array<{ sql: string }>): void {
  const columns = new Set(query.expressionMap.mainAlias?.metadata.columns.map((c) => c.propertyName) ?? []);
  const sortColumns = keys.map((key) => (key.sql.startsWith(`${alias}.`) ? key.sql.slice(alias.length + 1) : key.sql));
  const selected = [...new Set([...projection, ...sortColumns])];
  if (selected.every((column) => columns.has(column))) query.select(selected.map((column) => `${alias}.${column}`));
}

/**
 * A to-one row in the query's own statement, its projected columns only (a page's, after the deferred
 * page's id subquery is built, so the ids are read from the sort's index alone; a detail's).
 */
export function joinToOne<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, alias: string, join: PageJoin): void {
  query.leftJoinAndMapOne(`${alias}.${join.into}`, join.entity as never, join.alias, join.on);
  // leftJoinAndMapOne selects every column of the joined row: keep the projection's instead.
  query.expressionMap.selects = query.expressionMap.selects.filter((select) => select.selection !== join.alias);
  query.addSelect(join.columns.map((column) => `${join.alias}.${column}`));
}

/**
 * A deferred join for an offset page: the page's ids come from the sort's index alone, skipping
 * `offset` index entries rather than `offset` whole rows (sorted by a filesort when the planner gives
 * up on the index), and only the page's rows are read, in the same statement:
 * `… JOIN (SELECT id … ORDER BY … LIMIT n OFFSET m) page_ids ON page_ids.id = alias.id ORDER BY …`.
 */
function deferRows<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, alias: string, offset: number, limit: number): void {
  const ids = query.clone().select(`${alias}.id`, 'id').offset(offset).limit(limit);
  query.innerJoin(`(${ids.getQuery()})`, 'page_ids', `page_ids.id = ${alias}.id`).setParameters(ids.getParameters());
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

const reverse = (direction: 'ASC' | 'DESC'): 'ASC' | 'DESC' => (direction === 'ASC' ? 'DESC' : 'ASC');

/** `after` or `before`, never both and never with `offset` (a cursor already says where the page starts). */
function pageCursor(page: PageRequest | null | undefined): { field: 'page.after' | 'page.before'; value: string } | null {
  const given = (['after', 'before'] as const).filter((name) => page?.[name] != null);
  if (!given.length) return null;
  const field = `page.${given[given.length - 1]}` as const;
  if (given.length > 1 || page?.offset != null) throw badUserInput([{ rule: 'invalidCursor', field }]);
  return { field, value: page?.[given[0]] as string };
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

/** A cursor carries the sort it was taken under, so it cannot be replayed against another order. */
function encodeCursor(sortKey: string, values: KeyValue[]): string {
  return Buffer.from(JSON.stringify({ s: sortKey, v: values.map((v) => (v instanceof Date ? v.toISOString() : v)) })).toString('base64url');
}

function decodeCursor(cursor: { field: string; value: string }, sortKey: string, length: number): KeyValue[] {
  try {
    const { s, v } = JSON.parse(Buffer.from(cursor.value, 'base64url').toString('utf8'));
    if (s === sortKey && Array.isArray(v) && v.length === length && v.every((x) => ['string', 'number'].includes(typeof x))) return v;
  } catch {
    // fall through to the error below
  }
  throw badUserInput([{ rule: 'invalidCursor', field: cursor.field }]);
}
