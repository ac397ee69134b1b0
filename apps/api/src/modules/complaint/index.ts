/** What other modules may use of complaints. */
export { Complaint } from './complaint.entity';
export { complaintLoaders } from './complaint.loaders';
export { EscalationLevelEnum } from './complaint.enums';
