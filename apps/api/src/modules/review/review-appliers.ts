import type { ReviewedEntity } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import type { ServiceContext } from '../../shared/service-context';
import type { StoredFieldChange } from './pending-change.entity';

/**
 * How an approved change reaches its record. The customer and contract modules register theirs when
 * they load (they import this module, never the other way round): each reads its record in the
 * approval's transaction, refuses with CONFLICT when a held field changed since submission, validates
 * the record as it would become, saves it version-checked and writes the record's audit rows.
 */
export type ReviewApplier = (ctx: ServiceContext, manager: EntityManager, recordId: string, changes: readonly StoredFieldChange[], now: Date) => Promise<void>;

const appliers = new Map<ReviewedEntity, ReviewApplier>();

export function registerReviewApplier(entity: ReviewedEntity, applier: ReviewApplier): void {
  appliers.set(entity, applier);
}

export function applierOf(entity: ReviewedEntity): ReviewApplier {
  const applier = appliers.get(entity);
  if (!applier) throw new Error(`No review applier for ${entity}: its module did not register one`);
  return applier;
}
