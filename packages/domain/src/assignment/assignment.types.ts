import type { CustomerTier } from '../customer/customer.types';
import type { JobType, Role } from '../staff/staff.types';

export interface AgentCandidate {
  id: string;
  role: Role;
  active: boolean;
  jobType: JobType | null;
  skillLevel: number;
  /** Customers the agent owns now. */
  customerCount: number;
}

export interface CustomerToAssign {
  id: string;
  tier: CustomerTier;
  ownerId: string | null;
}

export interface AssignmentPolicy {
  /** Least skill level per tier (settings `assignment.minSkillForTier*`; C needs 1). */
  minSkill: Record<CustomerTier, number>;
}

/** Why an agent is suggested (推荐理由): lightest load, skill level, job type fitting the tier, the current owner. */
export const SUGGESTION_REASON_CODES = ['LOAD', 'SKILL', 'JOB_TYPE', 'CURRENT_OWNER'] as const;
export type SuggestionReasonCode = (typeof SUGGESTION_REASON_CODES)[number];

export type SuggestionReason =
  | { code: 'LOAD'; params: { customers: number } }
  | { code: 'SKILL'; params: { skillLevel: number; required: number } }
  | { code: 'JOB_TYPE'; params: { jobType: JobType } }
  | { code: 'CURRENT_OWNER'; params: Record<string, never> };

export interface RankedAgent {
  agentId: string;
  /** The agent's load if this customer (and the batch's earlier picks) went to them. */
  projectedLoad: number;
  reasons: SuggestionReason[];
}

export interface CustomerSuggestion {
  customerId: string;
  /** Best first; the first is the pick that keeps the batch balanced. Empty when nobody qualifies. */
  agents: RankedAgent[];
}
