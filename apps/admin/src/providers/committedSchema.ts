import type { IntrospectionSchema } from 'graphql';
import introspection from 'virtual:committed-introspection';

// The API commits its schema (apps/api/schema.graphql) and disables introspection in production;
// the console bundles its introspection, computed at build time by vite.config.ts (decision 0048),
// so neither the server nor the browser introspects at start-up.
export function committedSchema(): IntrospectionSchema {
  return introspection;
}
