import { canOwnContracts, type Violation } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { badUserInput, notFound } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import { Customer } from '../customer';
import { Staff } from '../staff';
import { Contract } from './contract.entity';

/** An agent works on a contract they own, or on any contract of a customer they own. */
export function ownsContract(viewer: Viewer, contract: Pick<Contract, 'ownerId'>, customerOwnerId: string | null | undefined): boolean {
  return contract.ownerId === viewer.id || customerOwnerId === viewer.id;
}

export async function customerOwnerOf(manager: EntityManager, customerId: string): Promise<string | null> {
  const customer = await manager.findOne(Customer, { where: { id: customerId }, select: { id: true, ownerId: true } });
  return customer?.ownerId ?? null;
}

export async function findActiveContract(manager: EntityManager, id: string): Promise<Contract> {
  const contract = await manager.findOneBy(Contract, { id, archivedAt: IsNull() });
  if (!contract) throw notFound('Contract', id);
  return contract;
}

/** 专人落实: the owner must be active staff in a role that may own contracts. */
export async function assertEligibleOwner(manager: EntityManager, ownerId: string): Promise<void> {
  const owner = await manager.findOne(Staff, { where: { id: ownerId }, select: { id: true, active: true, role: true } });
  const rule = !owner ? 'notFound' : !owner.active ? 'inactive' : !canOwnContracts(owner.role) ? 'cannotOwnContracts' : null;
  if (rule) throw badUserInput([{ rule, field: 'ownerId' } satisfies Violation]);
}

export async function assertCustomerExists(manager: EntityManager, customerId: string): Promise<void> {
  if (!(await manager.existsBy(Customer, { id: customerId, archivedAt: IsNull() }))) throw badUserInput([{ rule: 'notFound', field: 'customerId' }]);
}

export async function assertNumberFree(manager: EntityManager, number: string, exceptId?: string): Promise<void> {
  const holder = await manager.findOne(Contract, { where: { number }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw duplicateNumber();
}

export const duplicateNumber = () => badUserInput([{ rule: 'duplicate', field: 'number' }]);
