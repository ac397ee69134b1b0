import { ComplaintCategory } from './complaint-category.entity';
import { ComplaintCategoryResolver } from './complaint-category.resolver';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintInboxResolver } from './complaint-inbox.resolver';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintWorkflowResolver } from './complaint-workflow.resolver';
import { Complaint } from './complaint.entity';
import { ComplaintResolver, ComplaintTimelineEntryResolver } from './complaint.resolver';

/** What the complaints module adds to the data source and the schema. */
export const complaintEntities: Function[] = [ComplaintCategory, Complaint, ComplaintProposal, ComplaintTask, ComplaintTimelineEntry, ComplaintEscalation];
export const complaintResolvers: Function[] = [ComplaintCategoryResolver, ComplaintResolver, ComplaintTimelineEntryResolver, ComplaintWorkflowResolver, ComplaintInboxResolver];
