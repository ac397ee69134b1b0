import { type FieldChange, type ReviewedEntity, splitSensitiveChanges } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../shared/db-errors';
import { ruleViolation } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { ServiceContext } from '../../shared/service-context';
import { auditTarget, recordAction } from '../audit';
import { readSettings } from '../setting';
import { PendingChange, type StoredFieldChange } from './pending-change.entity';

export const openKeyOf = (entity: ReviewedEntity, recordId: string) => `${entity}:${recordId}`;

/** The fields of an update saved now and those held for review, by the administrator's settings. */
export async function splitForReview<T extends object>(
  manager: EntityManager,
  entity: ReviewedEntity,
  current: T,
  next: T,
  fields: readonly string[],
): Promise<{ direct: string[]; held: FieldChange[] }> {
  const settings = await readSettings(manager);
  return splitSensitiveChanges(settings, entity, current as Record<string, unknown>, next as Record<string, unknown>, fields);
}

const asText = (value: unknown): string | null => (value == null ? null : String(value));

/**
 * Holds sensitive changes as a pending change, in the caller's transaction (the rest of the update is
 * saved beside it, or nothing is). A record has at most one open change: a second answers
 * RULE_VIOLATION `reviewAlreadyPending` on the held fields, whoever submits it.
 */
export async function holdForReview(ctx: ServiceContext, manager: EntityManager, entity: ReviewedEntity, recordId: string, held: readonly FieldChange[], now: Date): Promise<void> {
  if (!held.length) return;
  const alreadyPending = () => ruleViolation('This record already has a change awaiting review', held.map(({ field }) => ({ rule: 'reviewAlreadyPending', field })));
  const fieldChanges: StoredFieldChange[] = held.map(({ field, oldValue, newValue }) => ({ field, oldValue: asText(oldValue), newValue: asText(newValue) }));
  const id = newId(now.getTime());
  await manager
    .insert(PendingChange, {
      id,
      version: 1,
      createdAt: now,
      updatedAt: now,
      entity,
      recordId,
      fieldChanges,
      status: 'PENDING',
      openKey: openKeyOf(entity, recordId),
      submittedById: ctx.viewer.id,
      submittedAt: now,
      decidedById: null,
      decidedAt: null,
      errorReason: null,
      decisionNote: null,
    })
    .catch((error) => {
      throw isUniqueViolation(error) ? alreadyPending() : error;
    });
  await recordAction(manager, auditTarget(ctx, 'pendingChange', id, now), 'CREATE', { newValue: `${entity}:${held.map((h) => h.field).join(',')}` });
}
