import { maskField } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../../shared/ids';
import type { Viewer } from '../../shared/viewer';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

export interface AuditTarget {
  entity: string;
  entityId: string;
  actorId: string | null;
  at: Date;
}

/** Whose change to which record, and when: the viewer of a use case, or null for the system itself (a job, a cascade). */
export function auditTarget(ctx: { viewer: Pick<Viewer, 'id'> } | null, entity: string, entityId: string, at: Date): AuditTarget {
  return { entity, entityId, actorId: ctx?.viewer.id ?? null, at };
}

/** Fields whose values the audit log stores masked: it must never become a copy of the PII. */
export interface AuditOptions {
  piiFields?: readonly string[];
}

export async function recordAction(
  manager: EntityManager,
  target: AuditTarget,
  action: AuditAction,
  detail: { field?: string; newValue?: string } = {},
): Promise<void> {
  await manager.insert(AuditEntry, {
    id: newId(target.at.getTime()),
    ...target,
    action,
    field: detail.field ?? null,
    oldValue: null,
    newValue: detail.newValue ?? null,
  });
}

export interface FieldChange extends AuditTarget {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** One row per changed field, all in one INSERT, inside the caller's transaction. */
export async function recordChanges<T extends object>(
  manager: EntityManager,
  target: AuditTarget,
  before: T,
  after: T,
  fields: ReadonlyArray<keyof T & string>,
  options: AuditOptions = {},
): Promise<number> {
  const changes = fields
    .map((field) => ({ ...target, field, oldValue: auditValue(before[field]), newValue: auditValue(after[field]) }))
    .filter((change) => change.oldValue !== change.newValue);
  await recordFieldChanges(manager, changes, options);
  return changes.length;
}

/** Field changes of one or many records (a bulk operation audits every record it touched). */
export async function recordFieldChanges(manager: EntityManager, changes: FieldChange[], options: AuditOptions = {}): Promise<void> {
  const rows = changes.map((change) => ({
    ...change,
    id: newId(change.at.getTime()),
    action: 'UPDATE' as const,
    oldValue: maskIf(options, change.field, change.oldValue),
    newValue: maskIf(options, change.field, change.newValue),
  }));
  for (let start = 0; start < rows.length; start += 500) await manager.insert(AuditEntry, rows.slice(start, start + 500));
}

export function auditValue(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function maskIf(options: AuditOptions, field: string, value: string | null): string | null {
  return value != null && options.piiFields?.includes(field) ? maskField(field, value) : value;
}
