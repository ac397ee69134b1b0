import type { ApiModule } from '../../shared/api-module';
import { AssignmentResolver } from './assignment.resolver';
import { CustomerAssignment } from './customer-assignment.entity';

/** Customer assignment: suggestions, single, bulk and automatic assignment, first contacts. */
export const assignmentModule: ApiModule = {
  name: 'assignment',
  entities: [CustomerAssignment],
  resolvers: [AssignmentResolver],
  loaders: [],
  jobs: [],
};
