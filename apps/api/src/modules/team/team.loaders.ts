import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { Team } from './team.entity';

export const teamLoaders = defineLoaders(({ dataSource }) => ({
  teamById: byIdLoader(dataSource, Team),
}));
