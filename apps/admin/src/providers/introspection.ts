import type {
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionInputValue,
  IntrospectionObjectType,
  IntrospectionSchema,
  IntrospectionType,
  IntrospectionTypeRef,
} from 'graphql';
import { ALL_TYPES, type IntrospectionResult } from 'ra-data-graphql';

/** Small readers over ra-data-graphql's introspection result, so buildQuery reads like the grammar. */

export function namedTypeOf(ref: IntrospectionTypeRef): { kind: string; name: string } {
  let current = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') current = current.ofType;
  return current as { kind: string; name: string };
}

export function isListType(ref: IntrospectionTypeRef): boolean {
  const inner = ref.kind === 'NON_NULL' ? ref.ofType : ref;
  return inner.kind === 'LIST';
}

/** Prints a type reference the way a variable declaration needs it: `[CustomerSort!]`, `ID!`. */
export function printTypeRef(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${printTypeRef(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printTypeRef(ref.ofType)}]`;
  return (ref as { name: string }).name;
}

export class Schema {
  constructor(private readonly introspection: IntrospectionResult) {}

  type(name: string): IntrospectionType {
    const found = this.introspection.types.find((type) => type.name === name);
    if (!found) throw new Error(`Type "${name}" is not in the GraphQL schema`);
    return found;
  }

  objectType(name: string): IntrospectionObjectType {
    return this.type(name) as IntrospectionObjectType;
  }

  inputFields(name: string): readonly IntrospectionInputValue[] {
    return (this.type(name) as IntrospectionInputObjectType).inputFields;
  }

  /** A Query or Mutation field: ra-data-graphql lists both together. */
  operation(name: string): IntrospectionField {
    const found = (this.introspection.queries as unknown as IntrospectionField[]).find((field) => field.name === name);
    if (!found) throw new Error(`Operation "${name}" is not in the GraphQL schema`);
    return found;
  }

  enumValues(name: string): string[] {
    const type = this.type(name);
    return type.kind === 'ENUM' ? type.enumValues.map((value) => value.name) : [];
  }

  hasField(typeName: string, field: string): boolean {
    return this.objectType(typeName).fields.some((candidate) => candidate.name === field);
  }
}

type OperationNames = Record<string, (type: IntrospectionType) => string>;

/**
 * What ra-data-graphql's `introspectSchema` returns for a schema already at hand, with the operations
 * looked up by name: its own search compares every type with every operation (seconds on a slow
 * phone, on the first request after sign-in). A test keeps the two results equal.
 */
export function introspectCommitted(schema: IntrospectionSchema, operationNames: OperationNames): IntrospectionResult {
  const isRoot = (type: IntrospectionType) => type.name === schema.queryType?.name || type.name === schema.mutationType?.name;
  const queries = schema.types.flatMap((type) => (isRoot(type) && 'fields' in type ? type.fields : []));
  const byName = new Map(queries.map((query) => [query.name, query]));
  const types = schema.types.filter((type) => !isRoot(type));
  const resources = types.flatMap((type) => {
    const operations = ALL_TYPES.flatMap((method) => {
      const query = operationNames[method] && byName.get(operationNames[method](type));
      return query ? [[method, query] as const] : [];
    });
    return operations.length ? [{ type, ...Object.fromEntries(operations) }] : [];
  });
  return { types, queries, resources, schema } as unknown as IntrospectionResult;
}
