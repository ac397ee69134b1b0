import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import { findSelect, type Projection } from './projection';

/** What a module's loaders may read: the request's database, clock and configuration. */
export interface LoaderScope {
  dataSource: DataSource;
  clock: Clock;
  config: Config;
}

/**
 * A module's per-request DataLoaders. Called with the GraphQL context it answers this request's
 * set, created on first use: `staffLoaders(ctx).staffById.load(id)`.
 */
export interface LoaderDefinition<T> {
  (ctx: { loaders: RequestLoaders }): T;
  readonly create: (scope: LoaderScope) => T;
}

export function defineLoaders<T>(create: (scope: LoaderScope) => T): LoaderDefinition<T> {
  const definition: LoaderDefinition<T> = Object.assign((ctx: { loaders: RequestLoaders }): T => ctx.loaders.of(definition), { create });
  return definition;
}

/** The loaders of one request: one batch per relation and page, whatever the page size. */
export class RequestLoaders {
  private readonly created = new Map<LoaderDefinition<unknown>, unknown>();

  constructor(
    private readonly scope: LoaderScope,
    private readonly registered: ReadonlySet<LoaderDefinition<unknown>>,
  ) {}

  of<T>(definition: LoaderDefinition<T>): T {
    const key = definition as LoaderDefinition<unknown>;
    if (!this.registered.has(key)) throw new Error('These loaders are listed by no module: add them to its <name>.module.ts');
    if (!this.created.has(key)) this.created.set(key, definition.create(this.scope));
    return this.created.get(key) as T;
  }
}

/** The per-request loader factory for the modules the composition root hands it. */
export function loaderFactory(modules: ReadonlyArray<{ loaders: readonly LoaderDefinition<unknown>[] }>): (scope: LoaderScope) => RequestLoaders {
  const registered = new Set(modules.flatMap((module) => module.loaders));
  return (scope) => new RequestLoaders(scope, registered);
}

/** A projection's part of a loader key; a projection is one array per selection and request (projection.ts), so it is joined once. */
const projectionKeys = new WeakMap<Projection, string>();
function keyOf(projection: Projection): string {
  let key = projectionKeys.get(projection);
  if (key === undefined) {
    key = projection.join(',');
    projectionKeys.set(projection, key);
  }
  return key;
}

/** A row from a loader: the row itself when it is already known (primed), else its read. */
export type Loaded<E> = E | null | Promise<E | null>;

/** Between an id and a projection's key in a loader key: ids are UUIDs and never hold it. */
const PROJECTED = '\u0000';

/**
 * Rows by id in one query; a missing id answers null. `load(id)` reads the entity's columns,
 * `loadSelected(id, projection)` those a GraphQL selection needs (graphql/projection.ts). One batch
 * serves both: it reads the union of its callers' columns (every column if one of them wants all).
 */
export class ByIdLoader<E extends ObjectLiteral & { id: string }> extends DataLoader<string, E | null> {
  private readonly projections: Map<string, Projection>;
  private readonly cache: Map<string, Promise<E | null>>;
  /** Rows primed from a joined read, by loader key: answered as values, not promises (below). */
  private readonly primed = new Map<string, E | null>();

  constructor(dataSource: DataSource, target: EntityTarget<E>) {
    const projections = new Map<string, Projection>();
    const cache = new Map<string, Promise<E | null>>();
    super(
      async (keys) => {
        const ids = new Set<string>();
        let columns: Set<string> | null = new Set();
        for (const key of keys) {
          const [id, projectionKey] = key.split(PROJECTED);
          ids.add(id);
          const projection = projectionKey === undefined ? undefined : projections.get(projectionKey);
          if (!projection) columns = null;
          else if (columns) for (const column of projection) columns.add(column);
        }
        const rows = await dataSource.getRepository(target).find({ where: { id: In([...ids]) } as never, select: findSelect(columns && [...columns]) as never });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return keys.map((key) => byId.get(key.split(PROJECTED)[0]) ?? null);
      },
      { cacheMap: cache },
    );
    this.projections = projections;
    this.cache = cache;
  }

  /**
   * The row with at least the projection's columns (`null`: every column, as `load`). A read of the
   * same id already made or under way with every column, or with a wider projection, serves it.
   * A row primed from a joined read comes back as the row itself, not a promise: graphql-js then
   * completes the object without a promise per row (a detail's 200 timeline actors, a page's customers
   * and owners), a visible share of their CPU (issue 15).
   */
  loadSelected(id: string, projection: Projection | null): Loaded<E> {
    if (!projection) return this.load(id);
    const whole = this.cache.get(id);
    if (whole) return whole;
    for (const [key, columns] of this.projections) {
      if (!projection.every((column) => columns.includes(column))) continue;
      const wider = `${id}${PROJECTED}${key}`;
      const row = this.primed.get(wider);
      if (row !== undefined) return row;
      const loading = this.cache.get(wider);
      if (loading) return loading;
    }
    const projectionKey = keyOf(projection);
    this.projections.set(projectionKey, projection);
    return this.load(`${id}${PROJECTED}${projectionKey}`);
  }

  /** A row read elsewhere (joined into a page) with the projection's columns: `loadSelected` with the same or a narrower projection answers it. */
  primeSelected(id: string, projection: Projection, row: E | null): void {
    const projectionKey = keyOf(projection);
    this.projections.set(projectionKey, projection);
    const key = `${id}${PROJECTED}${projectionKey}`;
    if (!this.cache.has(key)) this.primed.set(key, row);
    this.prime(key, row);
  }

  clear(key: string): this {
    this.primed.delete(key);
    return super.clear(key);
  }

  clearAll(): this {
    this.primed.clear();
    return super.clearAll();
  }
}

export function byIdLoader<E extends ObjectLiteral & { id: string }>(dataSource: DataSource, target: EntityTarget<E>): ByIdLoader<E> {
  return new ByIdLoader(dataSource, target);
}
