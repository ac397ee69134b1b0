import { maxLength, requiredText, type Violation } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { assertValid, badUserInput } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordChanges } from '../audit';
import { assertEligibleOwner, findActiveContract } from './contract-access';
import type { ContractContext } from './contract-context';
import { ContractOwnerChange } from './contract-owner-change.entity';
import { Contract } from './contract.entity';

export const MAX_BULK_CONTRACTS = 200;
const REASON_MAX = 500;

/** 专人落实: a manager designates the one owner of a contract, saying why; history keeps every change. */
export async function assignContractOwner(ctx: ContractContext, id: string, version: number, ownerId: string, reason: string): Promise<Contract> {
  assertCan(ctx.viewer, 'contract', 'assign');
  const why = checkedReason(reason);
  const manager = ctx.dataSource.manager;
  const current = await findActiveContract(manager, id);
  await assertEligibleOwner(manager, ownerId);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Contract, 'Contract', id, version, { ownerId }, now);
    await recordOwnerChanges(tx, [{ contractId: id, fromOwnerId: current.ownerId, toOwnerId: ownerId }], ctx.viewer.id, why, now);
    await recordChanges(tx, auditTarget(ctx, 'contract', id, now), current, { ...current, ownerId }, ['ownerId']);
  });
  return findActiveContract(manager, id);
}

/**
 * All or nothing: every id must name a live contract, or nothing is written. Each row is updated
 * against the version just read, so a concurrent change anywhere answers CONFLICT and rolls back.
 */
export async function assignContractOwners(ctx: ContractContext, ids: string[], ownerId: string, reason: string): Promise<Contract[]> {
  assertCan(ctx.viewer, 'contract', 'assign');
  const why = checkedReason(reason);
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_BULK_CONTRACTS) {
    throw badUserInput([{ rule: 'outOfRange', field: 'ids', params: { min: 1, max: MAX_BULK_CONTRACTS } }]);
  }
  await assertEligibleOwner(ctx.dataSource.manager, ownerId);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    const contracts = await tx.findBy(Contract, { id: In(unique), archivedAt: IsNull() });
    const found = new Set(contracts.map((c) => c.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length) throw badUserInput(missing.map((id): Violation => ({ rule: 'notFound', field: 'ids', params: { id } })));
    for (const contract of contracts) {
      await updateVersioned(tx, Contract, 'Contract', contract.id, contract.version, { ownerId }, now);
      await recordChanges(tx, auditTarget(ctx, 'contract', contract.id, now), contract, { ...contract, ownerId }, ['ownerId']);
    }
    await recordOwnerChanges(tx, contracts.map((c) => ({ contractId: c.id, fromOwnerId: c.ownerId, toOwnerId: ownerId })), ctx.viewer.id, why, now);
  });
  const updated = await ctx.dataSource.manager.findBy(Contract, { id: In(unique) });
  const byId = new Map(updated.map((c) => [c.id, c]));
  return unique.map((id) => byId.get(id) as Contract);
}

export async function listContractOwnerHistory(ctx: ContractContext, contractId: string): Promise<ContractOwnerChange[]> {
  assertCan(ctx.viewer, 'contract', 'show');
  return ctx.dataSource.getRepository(ContractOwnerChange).find({ where: { contractId }, order: { at: 'ASC', id: 'ASC' } });
}

export interface OwnerChange {
  contractId: string;
  fromOwnerId: string | null;
  toOwnerId: string;
}

/** History rows, in the caller's transaction (one INSERT for a bulk assignment). */
export async function recordOwnerChanges(manager: EntityManager, changes: OwnerChange[], assignedById: string, reason: string | null, at: Date): Promise<void> {
  if (changes.length === 0) return;
  await manager.insert(
    ContractOwnerChange,
    changes.map((change) => ({ id: newId(at.getTime()), ...change, assignedById, reason, at })),
  );
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  assertValid([...requiredText('reason', trimmed), ...maxLength('reason', trimmed, REASON_MAX)]);
  return trimmed;
}
