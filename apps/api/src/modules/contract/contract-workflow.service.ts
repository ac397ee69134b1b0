import { effectiveContractStatus, maxLength, normalizeMoney, requiredText, storedStatusAfter, validateContract, validateRenewal } from '@sanxin/domain';
import { assertValid, checkTransition } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { stepNote } from '../../shared/step-note';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { assertNumberFree, customerOwnerOf, findActiveContract, ownsContract } from './contract-access';
import { type ContractContext, readContractCalendar } from './contract-context';
import { Contract } from './contract.entity';
import type { RenewContractInput } from './contract.inputs';
import { CONTRACT_AUDIT_OPTIONS, insertContract } from './contract.service';

const REASON_MAX = 500;

export async function activateContract(ctx: ContractContext, id: string, version: number, note?: string | null): Promise<Contract> {
  const { current, storedStatus } = await prepareStep(ctx, id, 'activate');
  const remark = stepNote(note);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Contract, 'Contract', id, version, { storedStatus }, now);
    const target = auditTarget(ctx, 'contract', id, now);
    await recordChanges(tx, target, current, { ...current, storedStatus }, ['storedStatus']);
    if (remark) await recordAction(tx, target, 'UPDATE', { field: 'note', newValue: remark });
  });
  return findActiveContract(ctx.dataSource.manager, id);
}

export async function terminateContract(ctx: ContractContext, id: string, version: number, reason: string): Promise<Contract> {
  const { current, storedStatus } = await prepareStep(ctx, id, 'terminate');
  const terminationReason = reason.trim();
  assertValid([...requiredText('reason', terminationReason), ...maxLength('reason', terminationReason, REASON_MAX)]);
  const next = { ...current, storedStatus, terminationReason };
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Contract, 'Contract', id, version, { storedStatus, terminationReason }, now);
    await recordChanges(tx, auditTarget(ctx, 'contract', id, now), current, next, ['storedStatus', 'terminationReason']);
  });
  return findActiveContract(ctx.dataSource.manager, id);
}

/** 续签: the running contract becomes RENEWED and a successor DRAFT carries the new term; returns the successor. */
export async function renewContract(ctx: ContractContext, id: string, version: number, input: RenewContractInput): Promise<Contract> {
  const { current, storedStatus } = await prepareStep(ctx, id, 'renew');
  assertValid(validateRenewal(input));
  const now = ctx.clock.now();
  const successor = Object.assign(new Contract(), {
    ...current,
    ...newRecord(now),
    number: input.number?.trim() || renewalNumber(current.number),
    startDate: input.startDate,
    endDate: input.endDate,
    warrantyEndDate: null,
    amount: normalizeMoney(input.amount ?? current.amount),
    storedStatus: 'DRAFT' as const,
    terminationReason: null,
    renewedFromId: current.id,
    renewedToId: null,
  });
  assertValid(validateContract(successor, 'create'));
  await assertNumberFree(ctx.dataSource.manager, successor.number);
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Contract, 'Contract', id, version, { storedStatus, renewedToId: successor.id }, now);
    await recordChanges(tx, auditTarget(ctx, 'contract', id, now), current, { ...current, storedStatus, renewedToId: successor.id }, ['storedStatus', 'renewedToId'], CONTRACT_AUDIT_OPTIONS);
    await insertContract(ctx, successor, now, tx);
  });
  return findActiveContract(ctx.dataSource.manager, successor.id);
}

/** HT-2026-001 → HT-2026-001-R1 → HT-2026-001-R2 */
export function renewalNumber(number: string): string {
  const match = /^(.*)-R(\d+)$/.exec(number);
  return match ? `${match[1]}-R${Number(match[2]) + 1}` : `${number}-R1`;
}

/** Permission on this record, then the machine on its effective status (today, in the business time zone). */
async function prepareStep(ctx: ContractContext, id: string, action: 'activate' | 'terminate' | 'renew') {
  const manager = ctx.dataSource.manager;
  const current = await findActiveContract(manager, id);
  const isOwner = ownsContract(ctx.viewer, current, await customerOwnerOf(manager, current.customerId));
  assertCan(ctx.viewer, 'contract', 'edit', { isOwner });
  const { today, windowDays } = await readContractCalendar(manager, ctx.timeZone, ctx.clock.now());
  const status = effectiveContractStatus(current.storedStatus, current.endDate, today, windowDays);
  const storedStatus = checkTransition(() => storedStatusAfter(status, action));
  return { current, storedStatus };
}
