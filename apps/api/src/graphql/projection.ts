import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';

/**
 * Column projection from the GraphQL selection (issue 15, decision 0036): a list, a detail or a by-id
 * loader reads only the columns the client's selection needs, not every column of the entity.
 *
 * A selected field costs:
 * - a plain column field (an entity column with no field resolver): that column;
 * - a field resolver marked `@Needs(...)`: the columns it names (its root object's properties);
 * - anything else (a field resolver without `@Needs`, a getter, a field of another module): every
 *   column. Unknown means everything, so a new field resolver is never handed a half-read row.
 * The primary key and `version` are always read. Columns marked `select: false` (`password_hash`,
 * `search_text`) are never read, projected or not.
 */
export type Projection = readonly string[];

type EntityClass = abstract new (...args: never[]) => object;

const declaredNeeds = new Map<object, Map<string, readonly string[]>>();

/** On a field resolver: the properties of its root object it reads (without it, selecting the field reads every column). */
export function Needs<E>(...properties: Array<keyof E & string>): MethodDecorator {
  return (prototype, methodName) => {
    const byMethod = declaredNeeds.get(prototype.constructor) ?? new Map<string, readonly string[]>();
    byMethod.set(String(methodName), properties);
    declaredNeeds.set(prototype.constructor, byMethod);
  };
}

/** What each GraphQL field of an entity's type costs: columns, or `null` for every column. */
type FieldCosts = Map<string, readonly string[] | null>;

const costsByEntity = new WeakMap<DataSource, Map<EntityClass, { costs: FieldCosts; always: readonly string[] }>>();

function costsOf(dataSource: DataSource, entity: EntityClass): { costs: FieldCosts; always: readonly string[] } {
  const perSource = costsByEntity.get(dataSource) ?? new Map();
  costsByEntity.set(dataSource, perSource);
  const known = perSource.get(entity);
  if (known) return known;
  const metadata = dataSource.getMetadata(entity);
  const selectable = new Set(metadata.columns.filter((c) => c.isSelect && !c.relationMetadata).map((c) => c.propertyName));
  const lineage = classLineage(entity);
  const storage = getMetadataStorage();
  const costs: FieldCosts = new Map();
  for (const field of storage.fields) {
    if (!lineage.includes(field.target as EntityClass) || costs.has(field.schemaName)) continue;
    costs.set(field.schemaName, selectable.has(field.name) ? [field.name] : null);
  }
  for (const resolver of storage.fieldResolvers) {
    let objectType: unknown;
    try {
      objectType = resolver.getObjectType?.();
    } catch {
      objectType = undefined; // a resolver class outside the built schema: it answers no field
    }
    if (!lineage.includes(objectType as EntityClass)) continue;
    const needs = declaredNeeds.get(resolver.target)?.get(resolver.methodName);
    costs.set(resolver.schemaName, needs ? needs.filter((p) => selectable.has(p)) : null);
  }
  const always = [...new Set([...metadata.primaryColumns.map((c) => c.propertyName), ...(selectable.has('version') ? ['version'] : [])])];
  const result = { costs, always };
  perSource.set(entity, result);
  return result;
}

function classLineage(entity: EntityClass): EntityClass[] {
  const lineage: EntityClass[] = [];
  for (let c: unknown = entity; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) lineage.push(c as EntityClass);
  return lineage;
}

/**
 * The columns of `entity` the resolver's selection needs, `path` fields below it (`['items']` for a
 * page's rows); `null` when it needs every column. Called from the resolver that reads the rows.
 */
export function projectionOf(dataSource: DataSource, entity: EntityClass, info: GraphQLResolveInfo, path: readonly string[] = []): Projection | null {
  // Each of a page's 25 rows asks again with the same field nodes (graphql-js hands every item the same array): answered once per request.
  const byNodes = projectionsByNodes.get(info.fieldNodes) ?? new Map<string, { dataSource: DataSource; entity: EntityClass; projection: Projection | null }>();
  projectionsByNodes.set(info.fieldNodes, byNodes);
  const key = `${entity.name}:${path.join('.')}`;
  const known = byNodes.get(key);
  if (known && known.dataSource === dataSource && known.entity === entity) return known.projection;
  const projection = selectedColumns(dataSource, entity, info, path);
  byNodes.set(key, { dataSource, entity, projection });
  return projection;
}

const projectionsByNodes = new WeakMap<readonly FieldNode[], Map<string, { dataSource: DataSource; entity: EntityClass; projection: Projection | null }>>();

function selectedColumns(dataSource: DataSource, entity: EntityClass, info: GraphQLResolveInfo, path: readonly string[]): Projection | null {
  const { costs, always } = costsOf(dataSource, entity);
  const columns = new Set(always);
  let sets = info.fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set != null);
  for (const step of path) sets = sets.flatMap((set) => fieldsOf(set, info.fragments).filter((f) => f.name.value === step)).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const set of sets) {
    for (const field of fieldsOf(set, info.fragments)) {
      const name = field.name.value;
      if (name === '__typename') continue;
      const cost = costs.get(name);
      if (!cost) return null; // unknown, or a field resolver that did not say what it reads
      for (const column of cost) columns.add(column);
    }
  }
  return [...columns].sort();
}

/** Whether the resolver's selection has the field at `path` (`['items', 'customer']`), under any alias. */
export function isSelected(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const step of path) nodes = nodes.flatMap((node) => (node.selectionSet ? fieldsOf(node.selectionSet, info.fragments) : [])).filter((f) => f.name.value === step);
  return nodes.length > 0;
}

/** The fields of a selection set, through fragments (every branch: a union of what any of them may need). */
function fieldsOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : [];
  });
}

/** TypeORM's `select` find option for a projection (`undefined`: the entity's default columns). */
export function findSelect(projection: Projection | null | undefined): Record<string, true> | undefined {
  return projection ? Object.fromEntries(projection.map((p) => [p, true])) : undefined;
}
