import { gql } from '@apollo/client';
import type { AssignmentSuggestionsQuery } from '../graphql/generated';
import { type OperationRecord, type Run, runNamed, type SchemaOf } from '../providers/operations';

type Reason = AssignmentSuggestionsQuery['assignmentSuggestions'][number]['agents'][number]['reasons'][number];
/** LOAD {customers}, SKILL {skillLevel, required}, JOB_TYPE {jobType}, CURRENT_OWNER: each code carries only its own figures. */
export type SuggestionReason = Pick<Reason, 'code'> & Partial<Omit<Reason, 'code'>>;
export type RankedAgent = Omit<AssignmentSuggestionsQuery['assignmentSuggestions'][number]['agents'][number], 'reasons'> & { reasons: SuggestionReason[] };
export type AssignmentSuggestion = { customerId: string; agents: RankedAgent[] };

export const ASSIGNMENT_SUGGESTIONS = gql`
  query assignmentSuggestions($customerIds: [ID!]!) {
    assignmentSuggestions(customerIds: $customerIds) {
      customerId
      agents { agent { id name } projectedLoad reasons { code customers skillLevel required jobType } }
    }
  }
`;

export interface AssignmentMethods {
  assignmentSuggestions(customerIds: string[]): Promise<AssignmentSuggestion[]>;
  assignCustomers(customerIds: string[], agentId: string, reason: string): Promise<OperationRecord[]>;
  autoAssign(customerIds: string[], reason: string): Promise<OperationRecord[]>;
}

export function assignmentMethods(run: Run, schemaOf: SchemaOf): AssignmentMethods {
  return {
    assignmentSuggestions: async (customerIds) => (await run<AssignmentSuggestionsQuery>('query', ASSIGNMENT_SUGGESTIONS, { customerIds })).assignmentSuggestions,
    assignCustomers: (customerIds, agentId, reason) => runNamed(run, schemaOf, 'mutation', 'assignCustomers', { customerIds, agentId, reason }),
    autoAssign: (customerIds, reason) => runNamed(run, schemaOf, 'mutation', 'autoAssign', { customerIds, reason }),
  };
}
