import type { ApiModule } from '../../shared/api-module';
import { Team } from './team.entity';
import { teamLoaders } from './team.loaders';
import { TeamResolver } from './team.resolver';

/** Teams (班组). */
export const teamModule: ApiModule = {
  name: 'team',
  entities: [Team],
  resolvers: [TeamResolver],
  loaders: [teamLoaders],
  jobs: [],
};
