import { getNamedType, type GraphQLField, type GraphQLSchema, isLeafType, isObjectType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../db/paginate';

/**
 * The arguments every resource shares (the grammar in docs/api/README.md) are described here once,
 * so `xs(filter, sort, page)`, `x(id)` and `<verb>X(id, version, input)` read the same on every
 * resource. A resolver that says more about one of them gives its own description, which wins.
 */
const SHARED_ARGUMENTS: Record<string, (subject: string) => string> = {
  id: (subject) => `The ${subject}'s id`,
  version: (subject) => `The ${subject}'s version as last read; a stale one answers CONFLICT (nothing is written)`,
  input: () => 'The values to write; see the input type for each field',
  filter: () => 'Only the items matching every field given; no filter: all the viewer may see',
  sort: () => 'Sort keys, the first one deciding; left out: the list\'s default order. The id breaks the last tie',
  page: () => `Which page: \`offset\`, or a cursor (\`after\`/\`before\`); left out: the first ${DEFAULT_PAGE_SIZE} items`,
};

const ROOT_DESCRIPTIONS = {
  query: 'Reads. Lists take `filter`, `sort` and `page` and answer `{ items, pageInfo, total }`; one record is `x(id)`',
  mutation: 'Writes. Each one runs in one transaction with its audit row; changes take the record\'s `version`',
  subscription: 'Push events over graphql-ws on the same port and session',
};

/** The record a root field is about: its result type, or for `deleteX: ID!` and the like, `X` from its name. */
function subjectOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isLeafType(type)) return type.name.replace(/Page$/, '');
  return field.name.replace(/^[a-z]+/, '') || type.name;
}

/** Fills the shared grammar's argument descriptions (on root fields and on connections such as `Customer.complaints`) and the root types' descriptions where the code gave none. */
export function describeSharedGrammar(schema: GraphQLSchema): GraphQLSchema {
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  for (const [kind, root] of Object.entries(roots)) {
    if (root) root.description ??= ROOT_DESCRIPTIONS[kind as keyof typeof ROOT_DESCRIPTIONS];
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        const describe = SHARED_ARGUMENTS[arg.name];
        if (describe && !arg.description) arg.description = describe(subjectOf(field));
      }
    }
  }
  return schema;
}
