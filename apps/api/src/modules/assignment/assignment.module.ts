import type { ApiModule } from '../../shared/api-module';
import { AssignmentSuggestionRelationsResolver } from './assignment-relations.resolver';
import { AssignmentResolver } from './assignment.resolver';
import { CustomerAssignment } from './customer-assignment.entity';

/** Customer assignment: suggestions, single, bulk and automatic assignment, first contacts. */
export const assignmentModule: ApiModule = {
  name: 'assignment',
  entities: [CustomerAssignment],
  resolvers: [AssignmentResolver, AssignmentSuggestionRelationsResolver],
  loaders: [],
  jobs: [],
};
