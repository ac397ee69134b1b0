import { type GraphQLField, type GraphQLObjectType, type GraphQLSchema, getNamedType, isLeafType, isNonNullType, isObjectType } from 'graphql';

/** Every field of `type` that needs no argument, and those of the records it points to, `depth` relations deep (connections left out). */
export function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type))) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    // A connection (`Customer.complaints`: a page of another list) is one list per record, read on a record's page, not in a list
    if (isObjectType(named) && named.name.endsWith('Page')) return [];
    if (isObjectType(named) && depth > 0) return [`${field.name} { ${selection(named, depth - 1)} }`];
    return [];
  });
  return fields.length ? fields.join(' ') : '__typename';
}

export interface ListQuery {
  list: GraphQLField<unknown, unknown>;
  itemType: GraphQLObjectType;
  /** The query of one record by id that goes with the list (`complaints` → `complaint(id)`), if any. */
  detail: GraphQLField<unknown, unknown> | null;
}

/** The schema's paged lists (`…Page` answers), each with its record type and its detail query. */
export function listQueries(schema: GraphQLSchema): ListQuery[] {
  const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
  return Object.values(fields).flatMap((list) => {
    const page = getNamedType(list.type);
    if (!isObjectType(page) || !page.name.endsWith('Page')) return [];
    const itemType = getNamedType(page.getFields().items.type) as GraphQLObjectType;
    const detail = fields[list.name.replace(/ies$/, 'y').replace(/s$/, '')];
    return [{ list, itemType, detail: detail?.args.length === 1 && detail.args[0].name === 'id' ? detail : null }];
  });
}
