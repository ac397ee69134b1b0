import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { type ApiModule, resolversOf } from '../shared/api-module';
import { authChecker } from './auth-checker';
import { describeSharedGrammar } from './shared-grammar';

const noTopics: PubSub = {
  publish: () => {
    throw new Error('Publish push events with publishPush (the push_event outbox), not type-graphql topics');
  },
  subscribe: () => {
    throw new Error('Subscriptions read the push_event outbox (their own subscribe), not type-graphql topics');
  },
};

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
      // type-graphql insists on a PubSub once there are subscriptions, though ours each bring their own
      // `subscribe` (the push_event outbox, decision 0014): one that refuses topics keeps process memory out.
      pubSub: noTopics,
    }).then(describeSharedGrammar);
    built.set(modules, schema);
  }
  return schema;
}
