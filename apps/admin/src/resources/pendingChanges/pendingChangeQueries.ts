import { gql } from '@apollo/client';
import type { PendingChangeDetailQuery, ReviewQueueQuery, ReviewStatisticsQuery } from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type QueuedChange = ReviewQueueQuery['pendingChanges']['items'][number];
export type ChangeDetail = NonNullable<PendingChangeDetailQuery['pendingChange']>;
export type OperatorStats = ReviewStatisticsQuery['reviewStatistics'][number];

const CHANGE_FIELDS = gql`
  fragment PendingChangeFields on PendingChange {
    id
    version
    status
    entity
    recordId
    submittedAt
    decidedAt
    errorReason
    decisionNote
    availableActions
    submittedBy { id name }
    decidedBy { id name }
    changes { field oldValue newValue masked }
    customer { id name }
    contract { id number }
  }
`;

/** The review queue: react-admin's getList leaves the to-many `changes` out, the queue shows them. */
export const REVIEW_QUEUE = gql`
  query reviewQueue($status: [PendingChangeStatus!], $limit: Int) {
    pendingChanges(filter: { status: $status }, page: { limit: $limit }) { items { ...PendingChangeFields } }
  }
  ${CHANGE_FIELDS}
`;

export const PENDING_CHANGE_DETAIL = gql`
  query pendingChangeDetail($id: ID!) {
    pendingChange(id: $id) { ...PendingChangeFields }
  }
  ${CHANGE_FIELDS}
`;

export const REVIEW_STATISTICS = gql`
  query reviewStatistics($period: ReviewPeriod!, $from: LocalDate!, $to: LocalDate!) {
    reviewStatistics(period: $period, from: $from, to: $to) {
      operatorId
      operator { id name }
      period
      submitted
      approved
      rejected
      withdrawn
      pending
      errorRate
      medianCycleMinutes
      averageCycleMinutes
    }
  }
`;

export interface PendingChangeMethods {
  reviewQueue(status: string[] | null): Promise<QueuedChange[]>;
  pendingChangeDetail(id: string): Promise<ChangeDetail | null>;
  reviewStatistics(period: 'DAY' | 'MONTH', from: string, to: string): Promise<OperatorStats[]>;
}

export function pendingChangeMethods(run: Run): PendingChangeMethods {
  return {
    reviewQueue: async (status) => (await run<ReviewQueueQuery>('query', REVIEW_QUEUE, { status, limit: 200 })).pendingChanges.items,
    pendingChangeDetail: async (id) => (await run<PendingChangeDetailQuery>('query', PENDING_CHANGE_DETAIL, { id })).pendingChange ?? null,
    reviewStatistics: async (period, from, to) => (await run<ReviewStatisticsQuery>('query', REVIEW_STATISTICS, { period, from, to })).reviewStatistics,
  };
}
