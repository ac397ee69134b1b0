import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { Interaction } from './interaction.entity';

export const interactionLoaders = defineLoaders(({ dataSource }) => ({
  interactionById: byIdLoader(dataSource, Interaction),
}));
