import {
  COMPLAINT_STEPS,
  COMPLAINT_CHANNELS,
  COMPLAINT_PRIORITIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_TIMELINE_STEPS,
  CUSTOMER_EMOTIONS,
  ESCALATION_CLOCKS,
  ESCALATION_LEVELS,
  PROPOSAL_DECISIONS,
  RESOLUTION_TYPES,
  SLA_STATES,
  TASK_STATUSES,
} from '@sanxin/domain';
import { stepNames } from '@sanxin/domain';
import { graphqlEnum, graphqlIndexEnum } from '../../graphql/enums';

export const ComplaintChannelEnum = graphqlEnum(COMPLAINT_CHANNELS, 'ComplaintChannel', 'How the complaint came in (投诉渠道)', 'complaintChannel');
export const CustomerEmotionEnum = graphqlEnum(CUSTOMER_EMOTIONS, 'CustomerEmotion', 'The customer\'s emotion (客户情绪): 愤怒 焦急 悲伤 喧哗 平静', 'customerEmotion');
export const ComplaintSeverityEnum = graphqlEnum(COMPLAINT_SEVERITIES, 'ComplaintSeverity', 'Severity; with the category and customer tier it sets the time limit', 'complaintSeverity');
export const ComplaintPriorityEnum = graphqlEnum(COMPLAINT_PRIORITIES, 'ComplaintPriority', 'Raised by repeated urges (催单)', 'complaintPriority');
export const ResolutionTypeEnum = graphqlEnum(RESOLUTION_TYPES, 'ResolutionType', 'Kind of resolution proposed (处理方式)', 'resolutionType');
export const ComplaintStatusEnum = graphqlEnum(COMPLAINT_STATUSES, 'ComplaintStatus', 'Step of the handling workflow; CLOSED and REJECTED are closed', 'complaintStatus');
/** One value per step mutation (the domain's COMPLAINT_STEPS); `schema-actions.test.ts` keeps them one-to-one. */
export const ComplaintActionEnum = graphqlEnum(stepNames(COMPLAINT_STEPS), 'ComplaintAction', 'A step of the handling workflow: each value is one mutation', {
  ASSESS: 'Assess valid or invalid (判断): assessComplaint',
  PROPOSE_RESOLUTION: 'Propose a resolution (提出处理方案): proposeResolution',
  APPROVE_RESOLUTION: 'Approve a resolution (批准方案): approveResolution',
  RETURN_RESOLUTION: 'Return the resolution (退回方案): returnResolution',
  RECORD_CUSTOMER_DECISION: 'Record whether the customer accepts (客户是否接受方案): recordCustomerDecision',
  START_IMPLEMENTATION: 'Start implementation (开始实施): startImplementation',
  COMPLETE_IMPLEMENTATION_TASK: "Complete a department's implementation task (实施完成): completeImplementationTask",
  RECORD_FOLLOW_UP: 'Record the follow-up (回访): recordComplaintFollowUp',
  CLOSE: 'Close (办结): closeComplaint',
  REOPEN: 'Reopen (重新打开): reopenComplaint',
  REFER: 'Refer to the shift leader (上交): referComplaint',
  REASSIGN: 'Reassign to another handler (转交): reassignComplaint',
  URGE: 'Urge (催单): urgeComplaint',
});
export const ComplaintTimelineStepEnum = graphqlEnum(COMPLAINT_TIMELINE_STEPS, 'ComplaintTimelineStep', 'What a timeline entry records', 'complaintTimelineStep');
export const SlaStateEnum = graphqlEnum(SLA_STATES, 'SlaState', 'Against the time limit, in business time', {
  ON_TIME: 'Within the time limit (未超时)',
  DUE_SOON: 'The time limit is near (即将超时)',
  OVERDUE: 'Past the time limit (已超时)',
});
export const ComplaintTaskStatusEnum = graphqlEnum(TASK_STATUSES, 'ComplaintTaskStatus', 'Implementation task of one department', {
  OPEN: 'Not done yet (待完成)',
  DONE: 'Done (已完成)',
});
export const ProposalDecisionEnum = graphqlEnum(PROPOSAL_DECISIONS, 'ProposalDecision', "The manager's decision on a proposal", {
  PENDING: 'Awaiting the decision (待审批)',
  APPROVED: 'Approved (已批准)',
  RETURNED: 'Returned for another proposal (已退回)',
  NOT_CHOSEN: 'Another proposal was approved (未采纳)',
});
export const EscalationClockEnum = graphqlEnum(ESCALATION_CLOCKS, 'EscalationClock', 'How escalation counts hours: CLOCK (clock hours, the default) or BUSINESS (working hours); the setting complaint.escalationClock', {
  CLOCK: 'Clock hours, nights and holidays included (自然小时)',
  BUSINESS: 'Working hours only (工作小时)',
});
export const EscalationLevelEnum = graphqlIndexEnum(ESCALATION_LEVELS, 'EscalationLevel', 'How far a complaint went up (升级): to the shift leader (班长), then the department manager (主任)', 'escalationLevel');
