import {
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_PRIORITIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_TIMELINE_STEPS,
  CUSTOMER_EMOTIONS,
  ESCALATION_CLOCKS,
  PROPOSAL_DECISIONS,
  RESOLUTION_TYPES,
  SLA_STATES,
  TASK_STATUSES,
} from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ComplaintChannelEnum = graphqlEnum(COMPLAINT_CHANNELS, 'ComplaintChannel', 'How the complaint came in');
export const CustomerEmotionEnum = graphqlEnum(CUSTOMER_EMOTIONS, 'CustomerEmotion', '愤怒 焦急 悲伤 喧哗 平静');
export const ComplaintSeverityEnum = graphqlEnum(COMPLAINT_SEVERITIES, 'ComplaintSeverity', 'Severity; with the category and customer tier it sets the time limit');
export const ComplaintPriorityEnum = graphqlEnum(COMPLAINT_PRIORITIES, 'ComplaintPriority', 'Raised by repeated urges (催单)');
export const ResolutionTypeEnum = graphqlEnum(RESOLUTION_TYPES, 'ResolutionType', 'Kind of resolution proposed');
export const ComplaintStatusEnum = graphqlEnum(COMPLAINT_STATUSES, 'ComplaintStatus', 'Step of the handling workflow; CLOSED and REJECTED are closed');
export const ComplaintActionEnum = graphqlEnum(COMPLAINT_ACTIONS, 'ComplaintAction', 'A step of the handling workflow');
export const ComplaintTimelineStepEnum = graphqlEnum(COMPLAINT_TIMELINE_STEPS, 'ComplaintTimelineStep', 'What a timeline entry records');
export const SlaStateEnum = graphqlEnum(SLA_STATES, 'SlaState', 'Against the time limit, in business time');
export const ComplaintTaskStatusEnum = graphqlEnum(TASK_STATUSES, 'ComplaintTaskStatus', 'Implementation task of one department');
export const ProposalDecisionEnum = graphqlEnum(PROPOSAL_DECISIONS, 'ProposalDecision', "The manager's decision on a proposal");
export const EscalationClockEnum = graphqlEnum(ESCALATION_CLOCKS, 'EscalationClock', 'How escalation counts hours: CLOCK (clock hours, the default) or BUSINESS (working hours); the setting complaint.escalationClock');
