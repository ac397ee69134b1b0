import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';

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

/** Rows by id in one query; a missing id answers null. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(dataSource: DataSource, target: EntityTarget<E>): DataLoader<string, E | null> {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
