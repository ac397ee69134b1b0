import { type DocumentNode, gql } from '@apollo/client';
import { print } from 'graphql';
import { buildOperation, selectionFor } from './buildQuery';
import { namedTypeOf, type Schema } from './introspection';

export type OperationKind = 'query' | 'mutation';

/**
 * The one way to call a custom GraphQL operation: send a document, get its `data` back (errors
 * already mapped for react-admin). Feature folders hold their documents and a method set built
 * on it, `fooMethods(run, schemaOf)`, which the data provider spreads into itself.
 */
export type Run = <T>(kind: OperationKind, document: DocumentNode, variables?: Record<string, unknown>) => Promise<T>;

/** The schema the console talks to, for documents whose selection follows buildQuery's. */
export type SchemaOf = () => Promise<Schema>;

/** A record as a schema-built operation returns it: every field buildQuery selects for its type. */
export type OperationRecord = Record<string, unknown> & { id: string };

/**
 * Calls `name(args) { fields }` built from the schema: arguments typed as declared, the returned
 * type's fields as buildQuery selects them, so a workflow step returns the record as its list shows it.
 */
export async function runNamed<T>(run: Run, schemaOf: SchemaOf, kind: OperationKind, name: string, variables: Record<string, unknown>): Promise<T> {
  const schema = await schemaOf();
  const field = schema.operation(name);
  const returned = namedTypeOf(field.type);
  const selection = returned.kind === 'OBJECT' ? selectionFor(schema, returned.name) : '';
  const built = buildOperation(kind, field, variables, selection);
  const data = await run<Record<string, unknown> | null>(kind, built.query, built.variables);
  return data?.[name] as T;
}

/**
 * A document built at run time (its fields or arguments come from the schema). Codegen reads only
 * static `gql` literals, so these go through here; `fragments` are static ones it selects through,
 * whose response types are generated.
 */
export function documentOf(text: string, ...fragments: DocumentNode[]): DocumentNode {
  return gql([text, ...fragments.map((fragment) => print(fragment))].join('\n'));
}
