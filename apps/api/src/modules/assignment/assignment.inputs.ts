import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { Staff } from '../staff';

@InputType()
export class CustomerAssignmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  agentId?: string | null;

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
  @Field(() => String)
  code: string;

  @Field(() => Int, { nullable: true })
  customers?: number;

  @Field(() => Int, { nullable: true })
  skillLevel?: number;

  @Field(() => Int, { nullable: true })
  required?: number;

  @Field(() => String, { nullable: true })
  jobType?: string;
}

@ObjectType()
export class RankedAgentView {
  @Field(() => Staff)
  agent: Staff;

  @Field(() => Int, { description: 'Customers the agent would own after this batch' })
  projectedLoad: number;

  @Field(() => [SuggestionReasonView])
  reasons: SuggestionReasonView[];
}

@ObjectType()
export class AssignmentSuggestion {
  @Field(() => ID)
  customerId: string;

  @Field(() => [RankedAgentView], { description: 'Best first; empty when no active agent is qualified' })
  agents: RankedAgentView[];
}

@ObjectType({ description: 'Workload of one agent (负责客户数量)' })
export class AgentWorkload {
  @Field(() => Staff)
  agent: Staff;

  @Field(() => Int)
  customerCount: number;

  @Field(() => Int, { description: 'Draft and active contracts the agent owns (专人落实)' })
  contractCount: number;

  @Field(() => Int)
  awaitingFirstContact: number;

  @Field(() => Int)
  overdueFirstContacts: number;
}
