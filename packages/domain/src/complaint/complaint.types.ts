import type { StepTable } from '../shared/workflow-steps';
import type { CustomerTier } from '../customer/customer.types';
import { DEPARTMENTS, type Department } from '../part-replacement/part-replacement.types';

/** The responsible departments (责任部门) are the ones paid part replacements go to. */
export { DEPARTMENTS as COMPLAINT_DEPARTMENTS, type Department as ComplaintDepartment };

export const COMPLAINT_CHANNELS = ['PHONE', 'VISIT', 'EMAIL', 'ONLINE', 'LETTER'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** 愤怒, 焦急, 悲伤, 喧哗, 平静: how the customer came across, so the handler can pick a tone. */
export const CUSTOMER_EMOTIONS = ['ANGRY', 'ANXIOUS', 'SAD', 'LOUD', 'CALM'] as const;
export type CustomerEmotion = (typeof CUSTOMER_EMOTIONS)[number];

export const COMPLAINT_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** Raised by repeated urges (催单). */
export const COMPLAINT_PRIORITIES = ['NORMAL', 'HIGH', 'URGENT'] as const;
export type ComplaintPriority = (typeof COMPLAINT_PRIORITIES)[number];

export const RESOLUTION_TYPES = ['REPLACEMENT', 'REFUND', 'REPAIR', 'GOODS_COMPENSATION', 'GIFT', 'APOLOGY', 'MANAGER_VISIT', 'OTHER'] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];

/**
 * REJECTED is "closed as rejected" (invalid complaint, explanation given); CLOSED ends a handled
 * one. Both are closed; reopening sends the complaint back to be assessed again.
 */
export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'INVESTIGATING',
  'PROPOSED',
  'RETURNED',
  'APPROVED',
  'ACCEPTED',
  'IMPLEMENTING',
  'FOLLOW_UP',
  'FOLLOWED_UP',
  'CLOSED',
  'REJECTED',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const CLOSED_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['CLOSED', 'REJECTED'];

export function isComplaintClosed(status: ComplaintStatus): boolean {
  return CLOSED_COMPLAINT_STATUSES.includes(status);
}

/**
 * Machine actions. `completeImplementation` happens when the last department task is done;
 * `approve` and `return` are the manager's decision (审批).
 */
export const COMPLAINT_ACTIONS = [
  'assessValid',
  'assessInvalid',
  'propose',
  'approve',
  'return',
  'customerAccept',
  'customerReject',
  'startImplementation',
  'completeImplementation',
  'followUpSatisfied',
  'close',
  'reopen',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/**
 * The API's steps (`ComplaintAction` in the schema), one per mutation: `ASSESS` is `assessComplaint`,
 * `RECORD_CUSTOMER_DECISION` is `recordCustomerDecision`. Referring, reassigning and urging move no
 * status, so they take no machine action.
 */
export const COMPLAINT_STEPS = {
  ASSESS: ['assessValid', 'assessInvalid'],
  PROPOSE_RESOLUTION: ['propose'],
  APPROVE_RESOLUTION: ['approve'],
  RETURN_RESOLUTION: ['return'],
  RECORD_CUSTOMER_DECISION: ['customerAccept', 'customerReject'],
  START_IMPLEMENTATION: ['startImplementation'],
  COMPLETE_IMPLEMENTATION_TASK: ['completeImplementation'],
  RECORD_FOLLOW_UP: ['followUpSatisfied'],
  CLOSE: ['close'],
  REOPEN: ['reopen'],
  REFER: [],
  REASSIGN: [],
  URGE: [],
} as const satisfies StepTable<string, ComplaintAction>;
export type ComplaintStep = keyof typeof COMPLAINT_STEPS;

/** What the timeline records besides machine actions. */
export const COMPLAINT_TIMELINE_STEPS = [...COMPLAINT_ACTIONS, 'register', 'completeTask', 'escalate', 'urge', 'handlingOpinion', 'refer', 'reassign'] as const;
export type ComplaintTimelineStep = (typeof COMPLAINT_TIMELINE_STEPS)[number];

export const SLA_STATES = ['ON_TIME', 'DUE_SOON', 'OVERDUE'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const TASK_STATUSES = ['OPEN', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** NOT_CHOSEN: an alternative kept beside the one approved. */
export const PROPOSAL_DECISIONS = ['PENDING', 'APPROVED', 'RETURNED', 'NOT_CHOSEN'] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

/** 投诉登记表 (DOMAIN §5). Dates of the product are calendar dates (YYYY-MM-DD). */
export interface ComplaintRegistrationDraft {
  customerId?: string | null;
  contactId?: string | null;
  contractId?: string | null;
  channel?: string | null;
  receivedAt?: Date | null;
  categoryId?: string | null;
  severity?: string | null;
  emotion?: string | null;
  description?: string | null;
  customerRequest?: string | null;
  productName?: string | null;
  productSpec?: string | null;
  productionDate?: string | null;
  batchNumber?: string | null;
  usedAt?: string | null;
}

export interface AssessmentDraft {
  valid?: boolean | null;
  /** For an invalid complaint: the tactful explanation given to the customer. */
  explanation?: string | null;
  departments?: readonly string[] | null;
}

/** The four questions DOMAIN §5 weighs compensation by, answered in the proposal. */
export interface ProposalRationale {
  /** 客户关系: long-term customer? likely to buy again? */
  relationship?: string | null;
  /** 口碑影响: what the customer may tell others. */
  wordOfMouth?: string | null;
  /** 诉求合理性: how reasonable the demand is. */
  reasonableness?: string | null;
  /** 公司责任比例: the company's share of the fault, 0-100 %. */
  companyFaultPercent?: number | null;
}

export interface ProposalDraft extends ProposalRationale {
  type?: string | null;
  amount?: string | null;
  description?: string | null;
}

/** Inputs of the SLA policy (限时办结): the complaint's category, severity and the customer's tier. */
export interface SlaSubject {
  severity: ComplaintSeverity;
  tier: CustomerTier;
  /** The category's own limit in business hours, when it has one (e.g. safety). */
  categoryDueHours: number | null;
}
