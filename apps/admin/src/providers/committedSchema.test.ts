import { buildClientSchema, type IntrospectionSchema, validate } from 'graphql';
import { type IntrospectionResult, introspectSchema } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { buildQueryFactory } from './buildQuery';
import { committedSchema } from './committedSchema';
import { operationNames } from './dataProvider';
import { RESOURCES } from './resources';

const schema = committedSchema();

const paramsOf: Record<string, object> = {
  [GET_LIST]: { filter: { q: '三心' }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 25 } },
  [GET_MANY]: { ids: ['1', '2'] },
  [GET_MANY_REFERENCE]: { target: 'q', id: '三心', filter: {}, sort: { field: 'createdAt', order: 'ASC' }, pagination: { page: 1, perPage: 5 } },
  [GET_ONE]: { id: '1' },
  [CREATE]: { data: { name: '三心' } },
  [UPDATE]: { id: '1', data: { name: '三心' }, previousData: { id: '1', version: 1, name: '旧名' } },
  [DELETE]: { id: '1', previousData: { id: '1', version: 1 } },
};

/** The console against the schema the API commits: a renamed field or argument fails here, not in a user's browser. */
describe.skipIf(!schema)('queries against apps/api/schema.graphql', () => {
  const committed = schema as IntrospectionSchema;
  it.each(Object.keys(RESOURCES))('%s: every operation the console sends is valid', async (resource) => {
    const introspection = (await introspectSchema(undefined as never, { schema: committed, operationNames })) as unknown as IntrospectionResult;
    const buildQuery = buildQueryFactory(introspection);
    const graphqlSchema = buildClientSchema({ __schema: committed });
    const mutations = new Set(Object.keys(graphqlSchema.getMutationType()?.getFields() ?? {}));
    const spec = RESOURCES[resource as keyof typeof RESOURCES];

    for (const [method, params] of Object.entries(paramsOf)) {
      const mutation = method === CREATE ? `create${spec.type}` : method === UPDATE ? `update${spec.type}` : method === DELETE ? `delete${spec.type}` : undefined;
      if (mutation && !mutations.has(mutation)) continue; // read-only resource (teams)
      const { query } = buildQuery(method, resource, params);
      expect(validate(graphqlSchema, query).map((error) => `${method}: ${error.message}`)).toEqual([]);
    }
  });
});
