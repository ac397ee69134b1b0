import type { ApiModule } from '../../shared/api-module';
import { AssignmentFirstContactResolver, CustomerInteractionsResolver } from './interaction-relations.resolver';
import { Interaction } from './interaction.entity';
import { interactionLoaders } from './interaction.loaders';
import { InteractionResolver } from './interaction.resolver';

/** The interaction log (服务记录). */
export const interactionModule: ApiModule = {
  name: 'interaction',
  entities: [Interaction],
  resolvers: [InteractionResolver, CustomerInteractionsResolver, AssignmentFirstContactResolver],
  loaders: [interactionLoaders],
  jobs: [],
};
