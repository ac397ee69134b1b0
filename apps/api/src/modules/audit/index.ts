/** The audit log: every service writes its rows through these, in its own transaction. */
export { AuditEntry } from './audit-entry.entity';
export { auditTarget, type FieldChange, recordAction, recordChanges, recordFieldChanges } from './audit.service';
export { recordExport } from './audit-export';
