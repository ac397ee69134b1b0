import type { ApiModule } from '../../shared/api-module';
import { PushEvent } from './push-event.entity';
import { startPushPurgeJob } from './push.job';
import { PushResolver } from './push.resolver';

/** Push: GraphQL subscriptions over graphql-ws, fed by the push_event outbox (decision 0014); old events are purged hourly. */
export const pushModule: ApiModule = {
  name: 'push',
  entities: [PushEvent],
  resolvers: [PushResolver],
  loaders: [],
  jobs: [startPushPurgeJob],
};
