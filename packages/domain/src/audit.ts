/** What a change-history row (变更记录) records: a record created, a field changed, a record archived, a list exported. */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'ARCHIVE', 'EXPORT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
