import { PII_FIELDS, type Resource, RESOURCES } from '@sanxin/domain';
import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { zhEnumLabels } from '../../graphql/enums';
import { badUserInput } from '../../shared/errors';
import { CSV_LABELS } from '../../shared/csv';

/** A list query that can be exported: `xs(filter, sort, page): XPage!` with `items` and `pageInfo`. */
export interface ExportableList {
  name: string;
  field: GraphQLField<unknown, unknown>;
  itemType: GraphQLObjectType;
}

/** How a cell is written: CSV text either way; in Excel, numbers and dates are typed cells. */
export type CellKind = 'text' | 'number' | 'decimal' | 'dateTime' | 'localDate' | 'boolean' | 'enum';

export interface ExportColumn {
  title: string;
  path: readonly string[];
  kind: CellKind;
  /** A list of values (tags): joined with `|`, as the customer export always wrote them. */
  many: boolean;
  /** zh-CN labels of an enum's values. */
  labels?: Readonly<Record<string, string>>;
}

export interface ColumnRequest {
  field: string;
  title: string;
}

const PAGE_ARGS = new Set(['filter', 'sort', 'page']);
const MAX_DEPTH = 3;
export const MAX_COLUMNS = 60;
const MAX_TITLE = 100;

const allowlists = new WeakMap<GraphQLSchema, ReadonlyMap<string, ExportableList>>();

/**
 * The allowlist is read from the schema, never written by hand: every root query that answers an
 * `XPage` of items with pageInfo and takes no argument but filter, sort and page. A list query
 * with another argument (`overdueFirstContacts(agentId)`) is a view of a list, not a list, and is left out.
 */
export function exportableLists(schema: GraphQLSchema): ReadonlyMap<string, ExportableList> {
  const known = allowlists.get(schema);
  if (known) return known;
  const lists = new Map<string, ExportableList>();
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const page = getNamedType(field.type);
    if (!isObjectType(page) || !page.name.endsWith('Page') || !field.args.some((arg) => arg.name === 'page')) continue;
    if (field.args.some((arg) => !PAGE_ARGS.has(arg.name))) continue;
    const items = page.getFields().items;
    const itemType = items && getNamedType(items.type);
    if (!itemType || !isObjectType(itemType) || !page.getFields().pageInfo) continue;
    lists.set(field.name, { name: field.name, field, itemType });
  }
  allowlists.set(schema, lists);
  return lists;
}

export function exportableList(schema: GraphQLSchema, name: string): ExportableList {
  const list = exportableLists(schema).get(name);
  if (!list) throw badUserInput([{ rule: 'unknownList', field: 'list', params: { list: name.slice(0, 100) } }]);
  return list;
}

function kindOf(type: GraphQLNamedType): CellKind {
  if (isEnumType(type)) return 'enum';
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 'number';
    case 'Decimal':
      return 'decimal';
    case 'DateTimeISO':
      return 'dateTime';
    case 'LocalDate':
      return 'localDate';
    case 'Boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The schema's enum name → the domain's zh-CN labels (registered with the enum; else the domain key of the same name). */
function labelsOf(enumName: string): Readonly<Record<string, string>> | undefined {
  return zhEnumLabels(enumName) ?? (CSV_LABELS as Record<string, Record<string, string>>)[lowerFirst(enumName)];
}

/**
 * Each requested column as a path of fields below the list's item type: every step a field without
 * required arguments, the steps before the last to-one objects, the last a scalar or an enum (or a
 * list of them). Anything else is BAD_USER_INPUT on `columns.<i>.field`, so no column can ask the
 * server for a page of a nested list per row.
 */
export function resolveColumns(itemType: GraphQLObjectType, requests: readonly ColumnRequest[]): ExportColumn[] {
  if (requests.length === 0 || requests.length > MAX_COLUMNS) {
    throw badUserInput([{ rule: 'columnCount', field: 'columns', params: { min: 1, max: MAX_COLUMNS } }]);
  }
  return requests.map((request, index) => {
    const title = request.title.trim();
    if (!title || title.length > MAX_TITLE) throw badUserInput([{ rule: 'maxLength', field: `columns.${index}.title`, params: { max: MAX_TITLE } }]);
    const path = request.field.split('.');
    const bad = () => badUserInput([{ rule: 'unknownField', field: `columns.${index}.field`, params: { field: request.field.slice(0, 200) } }]);
    if (path.length > MAX_DEPTH) throw bad();
    let parent: GraphQLObjectType = itemType;
    for (const [step, name] of path.entries()) {
      const field = parent.getFields()[name];
      if (!field || field.args.some((arg) => isNonNullType(arg.type))) throw bad();
      const nullable = getNullableType(field.type);
      const named = getNamedType(field.type);
      const last = step === path.length - 1;
      if (!last) {
        if (isListType(nullable) || !isObjectType(named)) throw bad();
        parent = named;
        continue;
      }
      if (!isScalarType(named) && !isEnumType(named)) throw bad();
      const kind = kindOf(named);
      return { title, path, kind, many: isListType(nullable), labels: isEnumType(named) ? labelsOf(named.name) : undefined };
    }
    throw bad();
  });
}

type Selection = Map<string, Selection>;

function selectionText(selection: Selection): string {
  return [...selection].map(([name, below]) => (below.size ? `${name} { ${selectionText(below)} }` : name)).join(' ');
}

/** The list's own query for these columns: `list: xs(filter, sort, page) { items { … } pageInfo { hasNextPage endCursor } }`. */
export function listDocument(list: ExportableList, columns: readonly ExportColumn[]): DocumentNode {
  const root: Selection = new Map();
  for (const { path } of columns) {
    let node = root;
    for (const name of path) node = node.get(name) ?? node.set(name, new Map()).get(name)!;
  }
  const args = list.field.args.filter((arg) => arg.name !== 'page');
  const declared = [...args.map((arg) => `$${arg.name}: ${String(arg.type)}`), '$page: PageInput'].join(', ');
  const passed = [...args.map((arg) => `${arg.name}: $${arg.name}`), 'page: $page'].join(', ');
  return parse(`query Export(${declared}) { list: ${list.name}(${passed}) { items { ${selectionText(root)} } pageInfo { hasNextPage endCursor } } }`);
}

/** Whether the list takes `filter` / `sort`. */
export const takes = (list: ExportableList, arg: 'filter' | 'sort') => list.field.args.some((candidate) => candidate.name === arg);

/** The matrix's resource of a GraphQL type, when it has one of that name (`Contract` → contract). */
export function resourceOfType(typeName: string): Resource | undefined {
  const name = lowerFirst(typeName);
  return (RESOURCES as readonly string[]).includes(name) ? (name as Resource) : undefined;
}

/**
 * Whose `export` grant a PII field needs (保密): a customer's, or a contact's (the customer's people),
 * phone, e-mail and address need customer:export; a contract's amount contract:export. A staff
 * member's phone has no export grant: the list masks it as it does on screen.
 */
const PII_EXPORT_GRANT: Partial<Record<Resource, Resource>> = { customer: 'customer', contact: 'customer', contract: 'contract' };

/** The resources whose `export` grant the columns' PII fields need. */
export function piiGrantsOf(itemType: GraphQLObjectType, columns: readonly ExportColumn[]): Set<Resource> {
  const grants = new Set<Resource>();
  for (const { path } of columns) {
    let parent: GraphQLObjectType = itemType;
    for (const name of path) {
      const resource = resourceOfType(parent.name);
      const grant = resource && PII_EXPORT_GRANT[resource];
      if (resource && grant && PII_FIELDS[resource]?.includes(name)) grants.add(grant);
      const next = getNamedType(parent.getFields()[name].type);
      if (!isObjectType(next)) break;
      parent = next;
    }
  }
  return grants;
}
