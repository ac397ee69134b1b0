import { gql } from '@apollo/client';
import { type Resource, screamingCase } from '@sanxin/domain';
import type { AuditEntity, AuditEntriesQuery, AuditEntriesQueryVariables } from '../graphql/generated';
import type { Run } from '../providers/operations';

export type AuditEntry = AuditEntriesQuery['auditEntries'][number];

export const AUDIT_ENTRIES = gql`
  query auditEntries($entity: AuditEntity!, $entityId: ID!) {
    auditEntries(entity: $entity, entityId: $entityId) { id entity entityId action field oldValue newValue at actor { id name } }
  }
`;

export interface AuditMethods {
  /** The history of one record, named by the console's resource (`leaveRequest`; the API's enum says LEAVE_REQUEST). */
  auditEntries(entity: Resource, entityId: string): Promise<AuditEntry[]>;
}

export function auditMethods(run: Run): AuditMethods {
  return {
    auditEntries: async (entity, entityId) => {
      const variables: AuditEntriesQueryVariables = { entity: screamingCase(entity) as AuditEntity, entityId };
      return (await run<AuditEntriesQuery>('query', AUDIT_ENTRIES, variables)).auditEntries;
    },
  };
}
