import type { Driver, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

type ColumnsByKey = ReadonlyArray<readonly [string, ColumnMetadata]>;

/**
 * `getMany()` for the hot reads (a page, a detail's timeline): a query whose selected joins are to-one
 * rows mapped onto a property (`joinToOne`) is hydrated here, row by row and column by column through
 * the driver's own value conversion, instead of by TypeORM's general transformer, which groups the rows
 * for to-many joins and works out every join's aliases again for each row (a tenth of a detail's CPU,
 * issue 15). Any other shape (relation ids, to-many or unmapped selected joins, inheritance, an entity
 * whose primary key is not selected) goes through `getMany()` unchanged.
 */
export async function getEntities<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<E[]> {
  const plan = planOf(query);
  if (!plan) return query.getMany();
  const rows: ObjectLiteral[] = await query.getRawMany();
  const seen = new Set<unknown>();
  const entities: E[] = [];
  for (const raw of rows) {
    // TypeORM's grouping: a filter's join may repeat a row; the first stands for it.
    const id = raw[plan.idKey];
    if (seen.has(id)) continue;
    seen.add(id);
    const entity = hydrate(plan.main, raw, plan.driver) as E | undefined;
    if (!entity) continue;
    for (const join of plan.joins) (entity as ObjectLiteral)[join.into] = hydrate(join, raw, plan.driver) ?? null;
    entities.push(entity);
  }
  return entities;
}

interface AliasPlan {
  metadata: EntityMetadata;
  columns: ColumnsByKey;
}

interface Plan {
  driver: Driver;
  idKey: string;
  main: AliasPlan;
  joins: Array<AliasPlan & { into: string }>;
}

function planOf<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Plan | null {
  const map = query.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata || map.relationIdAttributes.length || map.options.length) return null;
  if (hasInheritance(main.metadata) || main.metadata.primaryColumns.length !== 1) return null;
  const driver = query.connection.driver;
  const selections = new Set(map.selects.map((select) => select.selection));
  const joins: Plan['joins'] = [];
  for (const join of map.joinAttributes) {
    if (!join.isSelected) continue;
    const into = join.mapToPropertyPropertyName;
    if (!into || join.isMappingMany || !join.metadata || join.mapToPropertyParentAlias !== main.name || hasInheritance(join.metadata)) return null;
    joins.push({ metadata: join.metadata, columns: selectedColumns(driver, selections, join.alias.name, join.metadata), into });
  }
  const columns = selectedColumns(driver, selections, main.name, main.metadata);
  const id = main.metadata.primaryColumns[0];
  if (!columns.some(([, column]) => column === id)) return null;
  return { driver, idKey: DriverUtils.buildAlias(driver, undefined, main.name, id.databaseName), main: { metadata: main.metadata, columns }, joins };
}

const hasInheritance = (metadata: EntityMetadata) => Boolean(metadata.discriminatorColumn) || metadata.childEntityMetadatas.length > 0 || metadata.tableType === 'view';

/** The alias's columns the query selects (the whole alias, or `alias.property`), each with its key in a raw row. */
function selectedColumns(driver: Driver, selections: ReadonlySet<string>, alias: string, metadata: EntityMetadata): ColumnsByKey {
  return metadata.columns
    .filter((column) => !column.isVirtual && (selections.has(alias) || selections.has(`${alias}.${column.propertyPath}`)))
    .map((column) => [DriverUtils.buildAlias(driver, undefined, alias, column.databaseName), column] as const);
}

/** An entity from a raw row's columns, or undefined when they are all null (a LEFT JOIN that matched nothing), as TypeORM does. */
function hydrate(plan: AliasPlan, raw: ObjectLiteral, driver: Driver): ObjectLiteral | undefined {
  const entity = plan.metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
  let hasData = false;
  for (const [key, column] of plan.columns) {
    const value = raw[key];
    if (value === undefined) continue;
    if (value !== null && !column.isVirtualProperty) hasData = true;
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return hasData ? entity : undefined;
}
