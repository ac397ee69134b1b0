import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { type ApiModule, resolversOf } from '../shared/api-module';
import { authChecker } from './auth-checker';

const built = new WeakMap<readonly ApiModule[], Promise<GraphQLSchema>>();

/** Built once per process and module list: type-graphql's metadata is global, and building is not free. */
export function getSchema(modules: readonly ApiModule[]): Promise<GraphQLSchema> {
  let schema = built.get(modules);
  if (!schema) {
    const [first, ...rest] = resolversOf(modules);
    schema = buildSchema({
      resolvers: [first, ...rest],
      authChecker,
      authMode: 'error',
      validate: { forbidUnknownValues: false },
    });
    built.set(modules, schema);
  }
  return schema;
}
