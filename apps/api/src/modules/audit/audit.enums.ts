import { AUDIT_ACTIONS, RESOURCES } from '@sanxin/domain';
import { graphqlEnum, graphqlScreamingEnum } from '../../graphql/enums';

export const AuditActionEnum = graphqlEnum(AUDIT_ACTIONS, 'AuditAction', 'What a change-history row records (变更记录)', 'auditAction');
export const AuditEntityEnum = graphqlScreamingEnum(RESOURCES, 'AuditEntity', 'The kind of record a change history is kept for', 'resource');
