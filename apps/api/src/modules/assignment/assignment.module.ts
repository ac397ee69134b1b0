import { AssignmentResolver } from './assignment.resolver';
import { CustomerAssignment } from './customer-assignment.entity';

/** What the customer-assignment module adds to the data source and the schema. */
export const assignmentEntities: Function[] = [CustomerAssignment];
export const assignmentResolvers: Function[] = [AssignmentResolver];
