/** What other modules may use of teams. */
export { Team } from './team.entity';
export { teamLoaders } from './team.loaders';
