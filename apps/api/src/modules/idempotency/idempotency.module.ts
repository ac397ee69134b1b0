import type { ApiModule } from '../../shared/api-module';
import { IdempotencyKey } from './idempotency-key.entity';
import { startIdempotencyPurgeJob } from './idempotency.job';

/** Idempotency-Key on mutations: the keys' table, the purge of expired keys; the middleware is mounted by app.ts. */
export const idempotencyModule: ApiModule = {
  name: 'idempotency',
  entities: [IdempotencyKey],
  resolvers: [],
  loaders: [],
  jobs: [startIdempotencyPurgeJob],
};
