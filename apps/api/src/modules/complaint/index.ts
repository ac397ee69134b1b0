/** What other modules may use of complaints. */
export { Complaint } from './complaint.entity';
export { complaintLoaders } from './complaint.loaders';
export { EscalationLevelEnum } from './complaint.enums';
/** The case library (案例库, notice module) writes a closed complaint up: its handling and vocabulary. */
export { ComplaintCategory } from './complaint-category.entity';
export { ComplaintProposal } from './complaint-proposal.entity';
export { ComplaintChannelEnum, ComplaintSeverityEnum } from './complaint.enums';
