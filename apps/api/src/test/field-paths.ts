import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getSchema } from '../graphql/schema';
import { modules } from '../modules';

/** Every name a client may write in the arguments of the operation's fields: argument names and input field names, at any depth. */
function inputNames(schema: GraphQLSchema, query: string): Set<string> {
  const names = new Set<string>();
  const visitInput = (type: GraphQLInputType, seen: Set<string>) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) {
      names.add(field.name);
      visitInput(field.type, seen);
    }
  };
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
  } catch {
    return names;
  }
  // The arguments of every field the operation selects (a nested list's `page` too, e.g. myInbox.urged(page)).
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        for (const arg of (typeInfo.getFieldDef()?.args ?? []) as readonly GraphQLArgument[]) {
          names.add(arg.name);
          visitInput(arg.type, new Set());
        }
      },
    }),
  );
  return names;
}

interface ErrorLike {
  extensions?: Record<string, any>;
}

/**
 * The error contract (DESIGN §2), checked on every answer the API tests receive: BAD_USER_INPUT and
 * RULE_VIOLATION carry `fields: [{ path, code, params }]`, and each `path` is made of names the client
 * wrote (an argument or an input field of the operation, list indexes as numbers), never a
 * domain-internal name. Returns what is wrong, empty when nothing is.
 */
export async function fieldPathProblems(query: string, errors: readonly ErrorLike[] | undefined): Promise<string[]> {
  const relevant = (errors ?? []).filter((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'RULE_VIOLATION');
  if (!relevant.length) return [];
  const names = inputNames(await getSchema(modules), query);
  const problems: string[] = [];
  for (const error of relevant) {
    const { code, fields } = error.extensions ?? {};
    if (!Array.isArray(fields)) {
      problems.push(`${code} without extensions.fields`);
      continue;
    }
    for (const entry of fields) {
      if (typeof entry?.code !== 'string' || !('params' in entry) || !('path' in entry)) problems.push(`${code} entry ${JSON.stringify(entry)} is not { path, code, params }`);
      // An unknownField entry names what the client sent that the schema does not have.
      else if (entry.path !== null && entry.code !== 'unknownField' && !String(entry.path).split('.').every((part) => /^\d+$/.test(part) || names.has(part))) {
        problems.push(`${code} ${entry.code} names "${entry.path}", not an input field of this operation`);
      }
    }
  }
  return problems;
}
