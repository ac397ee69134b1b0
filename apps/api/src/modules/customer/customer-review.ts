import { type CustomerDraft, changedSince, validateCallPreferences, validateCustomer } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { assertValid, conflict } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import type { StoredFieldChange } from '../review';
import { Customer } from './customer.entity';
import { findActive, saveSideEffects } from './customer.service';

/**
 * An approved 复核 change reaches the customer: CONFLICT when a held field no longer has its submitted
 * value (someone changed it since), the record validated as it becomes, saved against the version
 * just read, with the same side effects and audit rows as an edit, in the approval's transaction.
 */
export async function applyReviewedCustomerChange(ctx: ServiceContext, manager: EntityManager, recordId: string, changes: readonly StoredFieldChange[], now: Date): Promise<void> {
  const current = await findActive(manager, recordId);
  if (changedSince(changes, current as unknown as Record<string, unknown>).length) throw conflict('Customer', recordId, current.version);
  const values = Object.fromEntries(changes.map((change) => [change.field, change.newValue])) as Partial<Customer>;
  const saved = { ...current, ...values } as Customer;
  assertValid([...validateCustomer(values as CustomerDraft, 'update'), ...validateCallPreferences({ notBeforeMinute: saved.callNotBeforeMinute, notAfterMinute: saved.callNotAfterMinute })]);
  await updateVersioned(manager, Customer, 'Customer', recordId, current.version, values, now);
  await saveSideEffects(ctx, manager, current, saved, Object.keys(values), now);
}
