import { buildSchema, type IntrospectionSchema, introspectionFromSchema } from 'graphql';

// The API commits its schema (apps/api/schema.graphql) and disables introspection in production;
// bundling that file lets the console work against a production API. Until it exists the console
// asks the server, which allows introspection in development.
const files = import.meta.glob<string>('../../../api/schema.graphql', { query: '?raw', import: 'default', eager: true });

export function committedSchema(): IntrospectionSchema | undefined {
  const sdl = Object.values(files)[0];
  return sdl ? introspectionFromSchema(buildSchema(sdl)).__schema : undefined;
}
