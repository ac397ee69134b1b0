import { gql } from '@apollo/client';
import type { IntrospectionField } from 'graphql';
import type { BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, HttpError, UPDATE } from 'react-admin';
import { isListType, namedTypeOf, printTypeRef, Schema } from './introspection';
import { resourceSpec } from './resources';

type Variables = Record<string, unknown>;
type Sort = { field: string; order: string } | undefined;

/** createdAt → CREATED_AT: react-admin sorts by field name, the contract by enum value. */
export function sortFieldEnum(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** react-admin's sort as the operation's sort argument, or undefined when it has none or cannot sort by that field. */
export function sortInput(schema: Schema, field: IntrospectionField, sort: Sort) {
  const arg = field.args.find((candidate) => candidate.name === 'sort');
  if (!arg || !sort?.field) return undefined;
  const sortFields = schema.inputFields(namedTypeOf(arg.type).name);
  const enumField = sortFields.find((input) => input.name === 'field');
  const value = sortFieldEnum(sort.field);
  if (!enumField || !schema.enumValues(namedTypeOf(enumField.type).name).includes(value)) return undefined;
  return [{ field: value, direction: sort.order === 'ASC' ? 'ASC' : 'DESC' }];
}

const isBlank = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Form values and server values compare as the server stores them: '' is null, dates are ISO strings. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/** Keeps only what the operation's input type declares, so stale react-admin state cannot break a query. */
function pickInput(schema: Schema, field: IntrospectionField, argName: string, values: Variables, keep: (key: string, value: unknown) => boolean) {
  const arg = field.args.find((candidate) => candidate.name === argName);
  if (!arg) throw new Error(`${field.name} has no "${argName}" argument`);
  const input: Variables = {};
  for (const inputField of schema.inputFields(namedTypeOf(arg.type).name)) {
    const value = values[inputField.name];
    if (!keep(inputField.name, value)) continue;
    const normalized = normalize(value);
    input[inputField.name] = normalized !== null && isListType(inputField.type) && !Array.isArray(normalized) ? [normalized] : normalized;
  }
  return input;
}

/** A list's filter argument from react-admin's filter values, without the empty ones it keeps around. */
export function filterInput(schema: Schema, field: IntrospectionField, filter: Variables = {}) {
  return pickInput(schema, field, 'filter', filter, (_, value) => !isBlank(value));
}

/** What names a referenced record on screen: its name, or a contract's number. */
const LABEL_FIELDS = ['name', 'number'];

/**
 * Scalars and enums, plus `{ id name }` (or `{ id number }`) of to-one records and the scalars of
 * to-one values without an id (a complaint's clock); to-many lists are left to their own queries.
 */
export function selectionFor(schema: Schema, typeName: string, nested = false): string {
  return schema
    .objectType(typeName)
    .fields.filter((field) => !field.isDeprecated && !field.args.some((arg) => arg.type.kind === 'NON_NULL'))
    .flatMap((field) => {
      const named = namedTypeOf(field.type);
      if (named.kind === 'SCALAR' || named.kind === 'ENUM') return [field.name];
      if (named.kind !== 'OBJECT' || isListType(field.type) || nested) return [];
      if (schema.hasField(named.name, 'id')) {
        const label = LABEL_FIELDS.find((candidate) => schema.hasField(named.name, candidate));
        return [`${field.name} { id${label ? ` ${label}` : ''} }`];
      }
      const scalars = selectionFor(schema, named.name, true);
      return scalars ? [`${field.name} { ${scalars} }`] : [];
    })
    .join(' ');
}

/** `kind name($a: T) { name(a: $a) { selection } }`, declaring only the arguments given, typed as the schema says. */
export function buildOperation(kind: 'query' | 'mutation', field: IntrospectionField, variables: Variables, selection: string): BuildQueryResult {
  const used = field.args.filter((arg) => arg.name in variables);
  const declarations = used.map((arg) => `$${arg.name}: ${printTypeRef(arg.type)}`).join(', ');
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const text = `${kind} ${field.name}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection ? ` { ${selection} }` : ''} }`;
  return { query: gql(text), variables, parseResponse: (response) => response.data[field.name] };
}

/**
 * One buildQuery for every resource, following the grammar of DESIGN §2:
 * `xs(filter, sort, page)`, `x(id)`, `createX(input)`, `updateX(id, version, input)`, `deleteX(id, version)`.
 */
export const buildQueryFactory: BuildQueryFactory = (introspection) => {
  const schema = new Schema(introspection);

  const selectionOf = (typeName: string) => selectionFor(schema, typeName);

  const inputFor = (field: IntrospectionField, argName: string, values: Variables, keep: (key: string, value: unknown) => boolean) =>
    pickInput(schema, field, argName, values, keep);
  const filterFor = (field: IntrospectionField, filter: Variables = {}) => filterInput(schema, field, filter);

  const sortFor = (field: IntrospectionField, sort: Sort) => sortInput(schema, field, sort);

  const operation = buildOperation;

  return (raFetchMethod, resource, params) => {
    const spec = resourceSpec(resource);
    const fields = selectionOf(spec.type);
    const list = () => schema.operation(resource);
    const page = (pagination?: { page: number; perPage: number }) =>
      pagination ? { offset: (pagination.page - 1) * pagination.perPage, limit: pagination.perPage } : undefined;
    const pageResult = (built: BuildQueryResult): BuildQueryResult => ({
      ...built,
      parseResponse: (response) => {
        const { items, total } = built.parseResponse(response);
        return { data: items, total };
      },
    });
    const single = (built: BuildQueryResult, toData: (value: unknown) => unknown = (value) => value): BuildQueryResult => ({
      ...built,
      parseResponse: (response) => {
        const value = built.parseResponse(response);
        if (value == null) throw new HttpError('sanxin.errors.NOT_FOUND', 404);
        return { data: toData(value) };
      },
    });

    switch (raFetchMethod) {
      case GET_LIST:
        return pageResult(
          operation('query', list(), {
            filter: filterFor(list(), params.filter),
            sort: sortFor(list(), params.sort),
            page: page(params.pagination),
          }, `items { ${fields} } total`),
        );
      case GET_MANY_REFERENCE:
        return pageResult(
          operation('query', list(), {
            filter: filterFor(list(), { ...params.filter, [params.target]: params.id }),
            sort: sortFor(list(), params.sort),
            page: page(params.pagination),
          }, `items { ${fields} } total`),
        );
      case GET_MANY: {
        const built = operation('query', list(), { filter: { ids: params.ids }, page: { limit: params.ids.length } }, `items { ${fields} }`);
        return { ...built, parseResponse: (response) => ({ data: built.parseResponse(response).items }) };
      }
      case GET_ONE:
        return single(operation('query', schema.operation(spec.one), { id: params.id }, fields));
      case CREATE: {
        const field = schema.operation(`create${spec.type}`);
        return single(operation('mutation', field, { input: inputFor(field, 'input', params.data, (_, value) => !isBlank(value) && value !== null) }, fields));
      }
      case UPDATE: {
        const field = schema.operation(`update${spec.type}`);
        const previous: Variables = params.previousData ?? {};
        const input = inputFor(field, 'input', params.data, (key, value) => key in params.data && !sameValue(value, previous[key]));
        return single(operation('mutation', field, { id: params.id, version: previous.version, input }, fields));
      }
      case DELETE: {
        // deleteX answers the deleted id (the record itself is gone or archived): react-admin gets the last known record under it.
        const built = operation('mutation', schema.operation(`delete${spec.type}`), { id: params.id, version: params.previousData?.version }, '');
        return { ...built, parseResponse: (response) => ({ data: { ...params.previousData, id: built.parseResponse(response) } }) };
      }
      default:
        // Bulk updates and deletes are not in the contract: every change carries its own version.
        throw new Error(`${raFetchMethod} is not supported for ${resource}`);
    }
  };
};
