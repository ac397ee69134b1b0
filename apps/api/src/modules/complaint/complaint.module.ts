import type { ApiModule } from '../../shared/api-module';
import { onFollowUpCompleted } from '../follow-up';
import { completeComplaintFollowUp } from './complaint-follow-up';
import { ComplaintCategory } from './complaint-category.entity';
import { ComplaintCategoryResolver } from './complaint-category.resolver';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { startEscalationJob } from './complaint-escalation.job';
import { ComplaintNumberCounter } from './complaint-number-counter.entity';
import { ComplaintInboxListsResolver, ComplaintInboxResolver } from './complaint-inbox.resolver';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintProposalRelationsResolver, ComplaintRelationsResolver, ComplaintTaskRelationsResolver, ComplaintTimelineRelationsResolver, CustomerComplaintsResolver } from './complaint-relations.resolver';
import { ComplaintTask } from './complaint-task.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintWorkflowResolver } from './complaint-workflow.resolver';
import { Complaint } from './complaint.entity';
import { complaintLoaders } from './complaint.loaders';
import { FollowUpSatisfactionCategoryResolver } from './follow-up-satisfaction-category.resolver';
import { ComplaintResolver, ComplaintTimelineEntryResolver } from './complaint.resolver';

// A complaint follow-up's answer moves its complaint on (satisfied) or reopens it (unsatisfied).
onFollowUpCompleted('COMPLAINT', completeComplaintFollowUp);

/** Complaints: registration, the handling workflow, escalation and inboxes. */
export const complaintModule: ApiModule = {
  name: 'complaint',
  entities: [ComplaintCategory, Complaint, ComplaintNumberCounter, ComplaintProposal, ComplaintTask, ComplaintTimelineEntry, ComplaintEscalation],
  resolvers: [ComplaintCategoryResolver, ComplaintResolver, ComplaintTimelineEntryResolver, ComplaintWorkflowResolver, ComplaintInboxResolver, ComplaintInboxListsResolver,
    ComplaintRelationsResolver, ComplaintProposalRelationsResolver, ComplaintTaskRelationsResolver, ComplaintTimelineRelationsResolver, CustomerComplaintsResolver, FollowUpSatisfactionCategoryResolver],
  loaders: [complaintLoaders],
  jobs: [startEscalationJob],
};
