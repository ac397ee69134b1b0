import { gql } from '@apollo/client';
import type { AuditEntriesQuery } from '../graphql/generated';
import type { Run } from '../providers/operations';

export type AuditEntry = AuditEntriesQuery['auditEntries'][number];

export const AUDIT_ENTRIES = gql`
  query auditEntries($entity: String!, $entityId: ID!) {
    auditEntries(entity: $entity, entityId: $entityId) { id entity entityId action field oldValue newValue at actor { id name } }
  }
`;

export interface AuditMethods {
  auditEntries(entity: string, entityId: string): Promise<AuditEntry[]>;
}

export function auditMethods(run: Run): AuditMethods {
  return {
    auditEntries: async (entity, entityId) => (await run<AuditEntriesQuery>('query', AUDIT_ENTRIES, { entity, entityId })).auditEntries,
  };
}
