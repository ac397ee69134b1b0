import type { ApiModule } from '../../shared/api-module';
import { Interaction } from './interaction.entity';
import { InteractionResolver } from './interaction.resolver';

/** The interaction log (服务记录). */
export const interactionModule: ApiModule = {
  name: 'interaction',
  entities: [Interaction],
  resolvers: [InteractionResolver],
  loaders: [],
  jobs: [],
};
