/** What other modules may use of customer assignment. */
export { openAssignments, recordFirstContact } from './assignment.service';
export { CustomerAssignment } from './customer-assignment.entity';
