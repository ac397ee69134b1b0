import { changedSince, contractMachine, validateContract } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { assertValid, conflict, invalidTransition } from '../../shared/errors';
import type { ServiceContext } from '../../shared/service-context';
import type { StoredFieldChange } from '../review';
import { assertCustomerExists, assertNumberFree, findActiveContract } from './contract-access';
import type { Contract } from './contract.entity';
import { type EditableField, saveContractFields } from './contract.service';

/**
 * An approved 复核 change reaches the contract: refused like an edit once the contract ended
 * (INVALID_TRANSITION), CONFLICT when a held field no longer has its submitted value, validated as it
 * becomes (an end before the start is still BAD_USER_INPUT), saved against the version just read.
 */
export async function applyReviewedContractChange(ctx: ServiceContext, manager: EntityManager, recordId: string, changes: readonly StoredFieldChange[], now: Date): Promise<void> {
  const current = await findActiveContract(manager, recordId);
  if (current.storedStatus === 'TERMINATED' || current.storedStatus === 'RENEWED') {
    throw invalidTransition(current.storedStatus, 'update', contractMachine.allowedActions(current.storedStatus));
  }
  if (changedSince(changes, current as unknown as Record<string, unknown>).length) throw conflict('Contract', recordId, current.version);
  const fields = changes.map((change) => change.field as EditableField);
  const next = { ...current, ...Object.fromEntries(changes.map((change) => [change.field, change.newValue])) } as Contract;
  assertValid(validateContract(next, 'update'));
  if (fields.includes('customerId')) await assertCustomerExists(manager, next.customerId);
  if (fields.includes('number')) await assertNumberFree(manager, next.number, recordId);
  await saveContractFields(ctx, manager, current, next, current.version, fields, now);
}
