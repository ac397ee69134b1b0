import { buildSchema, type IntrospectionSchema, introspectionFromSchema } from 'graphql';

// The API commits its schema (apps/api/schema.graphql) and disables introspection in production;
// bundling that file lets the console work against a production API. A console built without it
// would fail only in production, so its absence fails the build's first use (and every test) instead.
const files = import.meta.glob<string>('../../../api/schema.graphql', { query: '?raw', import: 'default', eager: true });

export function committedSchema(): IntrospectionSchema {
  const sdl = Object.values(files)[0];
  if (!sdl) throw new Error('apps/api/schema.graphql is missing: the console bundles the committed schema (pnpm --filter @sanxin/api schema:emit writes it)');
  return introspectionFromSchema(buildSchema(sdl)).__schema;
}
