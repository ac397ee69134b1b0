import { gql } from '@apollo/client';
import type {
  AssignFollowUpCoverageGapsMutation,
  FollowUpCallQuery,
  FollowUpCoverageScreenQuery,
  FollowUpQueueQuery,
  FollowUpQueueQueryVariables,
  FollowUpRowFieldsFragment,
} from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type FollowUpRow = FollowUpRowFieldsFragment;
export type FollowUpCall = NonNullable<FollowUpCallQuery['followUp']>;
export type FollowUpCoverageView = FollowUpCoverageScreenQuery['followUpCoverage'];
export type QueueFilter = Partial<NonNullable<FollowUpQueueQueryVariables['filter']>>;

const ROW = gql`
  fragment FollowUpRowFields on FollowUp {
    id version status trigger dueAt nextAttemptAt appointmentAt attemptCount overdue availableActions sourceId satisfaction score
    callWindow { callable nextAt }
    customer { id name tier }
    assignee { id name }
    lastAttempt { id outcome at }
  }
`;

/** 我的回访 / 本组回访: a page of the queue, due first, with what a row shows. */
export const FOLLOW_UP_QUEUE = gql`
  query followUpQueue($filter: FollowUpFilter, $page: PageInput) {
    followUps(filter: $filter, page: $page) { items { ...FollowUpRowFields } total }
  }
  ${ROW}
`;

/** The call screen: the customer as the server masks them, the contact, every attempt and the result. */
export const FOLLOW_UP_CALL = gql`
  query followUpCall($id: ID!) {
    followUp(id: $id) {
      ...FollowUpRowFields
      suggestions improvement unsatisfiedAction serious note reachedAt completedAt
      customer { id name kind company phone email address tier piiMasked owner { id name } }
      contact { id name phone position }
      attempts { id at outcome appointmentAt identityVerified note actor { id name } }
      callScript { id name steps { kind branch text } phrases { situation text } }
    }
  }
  ${ROW}
`;

export const FOLLOW_UP_COVERAGE = gql`
  query followUpCoverageScreen($period: String!, $teamId: ID, $page: PageInput) {
    followUpCoverage(period: $period, teamId: $teamId, page: $page) {
      period periodStart periodEnd total covered percent gapCount
      gaps { customer { id name tier owner { id name } } openFollowUp { id status dueAt assignee { id name } } }
    }
  }
`;

export const ASSIGN_COVERAGE_GAPS = gql`
  mutation assignFollowUpCoverageGaps($input: AssignFollowUpCoverageGapsInput!) {
    assignFollowUpCoverageGaps(input: $input) { created alreadyPlanned }
  }
`;

export interface FollowUpMethods {
  followUpQueue(filter: QueueFilter, limit: number): Promise<{ items: FollowUpRow[]; total: number }>;
  followUpCall(id: string): Promise<FollowUpCall | null>;
  followUpCoverage(period: string, teamId: string | null, offset: number, limit: number): Promise<FollowUpCoverageView>;
  assignFollowUpCoverageGaps(input: { period: string; teamId: string | null; customerIds?: string[]; all?: boolean; assigneeIds: string[] }): Promise<AssignFollowUpCoverageGapsMutation['assignFollowUpCoverageGaps']>;
}

export function followUpMethods(run: Run): FollowUpMethods {
  return {
    followUpQueue: async (filter, limit) => (await run<FollowUpQueueQuery>('query', FOLLOW_UP_QUEUE, { filter, page: { limit } })).followUps,
    followUpCall: async (id) => (await run<FollowUpCallQuery>('query', FOLLOW_UP_CALL, { id })).followUp,
    followUpCoverage: async (period, teamId, offset, limit) =>
      (await run<FollowUpCoverageScreenQuery>('query', FOLLOW_UP_COVERAGE, { period, teamId, page: { offset, limit } })).followUpCoverage,
    assignFollowUpCoverageGaps: async (input) => (await run<AssignFollowUpCoverageGapsMutation>('mutation', ASSIGN_COVERAGE_GAPS, { input })).assignFollowUpCoverageGaps,
  };
}
