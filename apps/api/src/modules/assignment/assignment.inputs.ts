import { type JobType, SUGGESTION_REASON_CODES, type SuggestionReasonCode } from '@sanxin/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, JobTypeEnum } from '../../graphql/enums';
import { SortInputType } from '../../graphql/pagination';
import { Staff } from '../staff';

export const SuggestionReasonCodeEnum = graphqlEnum(SUGGESTION_REASON_CODES, 'SuggestionReasonCode', 'Why an agent is suggested (推荐理由)', 'suggestionReason');

@InputType({ description: 'Which assignments a list returns: every field given must match' })
export class CustomerAssignmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments of this customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments to this agent' })
  agentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the assignments to the viewer' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Current assignments whose first contact is still to be made' })
  awaitingFirstContact?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Awaiting first contact and past the deadline' })
  overdue?: boolean | null;
}

export const CUSTOMER_ASSIGNMENT_SORT_FIELDS = ['ASSIGNED_AT', 'FIRST_CONTACT_DUE_AT'] as const;
export type CustomerAssignmentSortField = (typeof CUSTOMER_ASSIGNMENT_SORT_FIELDS)[number];
export const CustomerAssignmentSort = SortInputType('CustomerAssignment', CUSTOMER_ASSIGNMENT_SORT_FIELDS);
export type CustomerAssignmentSort = InstanceType<typeof CustomerAssignmentSort>;

@ObjectType({ description: 'Why an agent is suggested: LOAD {customers}, SKILL {skillLevel, required}, JOB_TYPE {jobType}, CURRENT_OWNER' })
export class SuggestionReasonView {
  @Field(() => SuggestionReasonCodeEnum, { description: 'Which reason; it decides which of the figures below are set' })
  code: SuggestionReasonCode;

  @Field(() => Int, { nullable: true, description: 'LOAD: customers the agent owns now' })
  customers?: number;

  @Field(() => Int, { nullable: true, description: "SKILL: the agent's skill level" })
  skillLevel?: number;

  @Field(() => Int, { nullable: true, description: "SKILL: the level the customer's tier requires" })
  required?: number;

  @Field(() => JobTypeEnum, { nullable: true, description: "JOB_TYPE: the agent's job type" })
  jobType?: JobType;
}

@ObjectType({ description: 'An agent suggested for a customer, with why' })
export class RankedAgentView {
  @Field(() => Staff, { description: 'The agent' })
  agent: Staff;

  @Field(() => Int, { description: 'Customers the agent would own after this batch' })
  projectedLoad: number;

  @Field(() => [SuggestionReasonView], { description: 'Why the agent ranks where it does' })
  reasons: SuggestionReasonView[];
}

@ObjectType({ description: 'Agents suggested for one customer (分配建议), best first' })
export class AssignmentSuggestion {
  @Field(() => ID, { description: 'The customer the suggestion is for' })
  customerId: string;

  @Field(() => [RankedAgentView], { description: 'Best first; empty when no active agent is qualified' })
  agents: RankedAgentView[];
}

@ObjectType({ description: 'Workload of one agent (负责客户数量)' })
export class AgentWorkload {
  @Field(() => Staff, { description: 'The agent (业务代表)' })
  agent: Staff;

  @Field(() => Int, { description: 'Customers the agent owns' })
  customerCount: number;

  @Field(() => Int, { description: 'Draft and active contracts the agent owns (专人落实)' })
  contractCount: number;

  @Field(() => Int, { description: 'Customers assigned to the agent not contacted yet (待首次联系)' })
  awaitingFirstContact: number;

  @Field(() => Int, { description: 'Customers whose first contact is past its due time' })
  overdueFirstContacts: number;
}
