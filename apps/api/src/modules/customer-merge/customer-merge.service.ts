import { checkCustomerMerge, checkMergeUndo, type DuplicateReason, duplicateReasons, phoneDigits } from '@sanxin/domain';
import { type EntityManager, type EntityTarget, In, IsNull, type ObjectLiteral } from 'typeorm';
import { assertNoRuleViolations, assertValid, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { CustomerAssignment } from '../assignment';
import { auditTarget, type FieldChange, recordAction, recordFieldChanges } from '../audit';
import { Complaint } from '../complaint';
import { Contact } from '../contact';
import { Contract } from '../contract';
import { Customer, refreshSearchText } from '../customer';
import { Interaction } from '../interaction';
import { CustomerMerge, type MovedRecords } from './customer-merge.entity';

export interface MergeContext extends ServiceContext {
  timeZone: string;
}

export interface DuplicateDraft {
  name?: string | null;
  company?: string | null;
  phone?: string | null;
  excludeId?: string | null;
}

export interface DuplicateFound {
  customer: Customer;
  reasons: DuplicateReason[];
}

const MAX_DUPLICATES = 5;

/**
 * 重复客户 while a form is filled: live customers with the same phone (as typed or its digits, through
 * idx_customer_phone) or the same name and company (idx_customer_name). The caller shows who and
 * why, never the other customer's phone.
 */
export async function findCustomerDuplicates(ctx: ServiceContext, draft: DuplicateDraft): Promise<DuplicateFound[]> {
  assertCan(ctx.viewer, 'customer', 'list');
  const phone = draft.phone?.trim() ?? '';
  const phones = [...new Set([phone, phoneDigits(phone)])].filter((p) => phoneDigits(p).length >= 7);
  const name = draft.name?.trim();
  const company = draft.company?.trim();
  const repository = ctx.dataSource.getRepository(Customer);
  const [byPhone, byName] = await Promise.all([
    phones.length ? repository.find({ where: { phone: In(phones), archivedAt: IsNull() }, take: MAX_DUPLICATES }) : [],
    name && company ? repository.find({ where: { name, company, archivedAt: IsNull() }, take: MAX_DUPLICATES }) : [],
  ]);
  const found = new Map([...byPhone, ...byName].filter((c) => c.id !== draft.excludeId).map((c) => [c.id, c]));
  return [...found.values()].map((customer) => ({ customer, reasons: duplicateReasons({ name, company, phone }, customer) })).slice(0, MAX_DUPLICATES);
}

/** The records that belong to a customer and move with a merge, by table. */
const MOVING: Array<[keyof MovedRecords, EntityTarget<ObjectLiteral>, string]> = [
  ['contacts', Contact, 'contact'],
  ['interactions', Interaction, 'interaction'],
  ['contracts', Contract, 'contract'],
  ['complaints', Complaint, 'complaint'],
  ['assignments', CustomerAssignment, 'customer'],
];

/**
 * 合并重复客户: the duplicate's contacts, interactions, contracts, complaints and assignment history
 * move to the customer kept, the duplicate is archived; both versions are checked, everything is
 * audited (each customer's own trail, each moved record's customerId), in one transaction.
 */
export async function mergeCustomers(ctx: MergeContext, sourceId: string, sourceVersion: number, targetId: string, targetVersion: number): Promise<CustomerMerge> {
  assertCan(ctx.viewer, 'customer', 'merge');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const [source, target] = await Promise.all([findCustomer(manager, sourceId), findCustomer(manager, targetId)]);
    assertValid(checkCustomerMerge(source, target));
    const moved = {} as MovedRecords;
    for (const [key, entity] of MOVING) {
      moved[key] = (await manager.find(entity, { where: { customerId: sourceId }, select: { id: true } })).map((row) => row.id as string);
    }
    await moveRecords(manager, moved, sourceId, targetId, now);
    await updateVersioned(manager, Customer, 'Customer', sourceId, sourceVersion, { archivedAt: now }, now);
    await updateVersioned(manager, Customer, 'Customer', targetId, targetVersion, {}, now);
    await Promise.all([refreshSearchText(manager, sourceId), refreshSearchText(manager, targetId)]);
    const merge = Object.assign(new CustomerMerge(), { ...newRecord(now), sourceId, targetId, mergedById: ctx.viewer.id, mergedAt: now, moved, undoneAt: null, undoneById: null });
    await manager.insert(CustomerMerge, merge);
    await recordAction(manager, auditTarget(ctx, 'customer', sourceId, now), 'ARCHIVE', { field: 'mergedInto', newValue: `${target.name} (${targetId})` });
    await recordAction(manager, auditTarget(ctx, 'customer', targetId, now), 'UPDATE', { field: 'mergedFrom', newValue: `${source.name} (${sourceId}): ${countOf(moved)}` });
    await auditMoves(ctx, manager, moved, sourceId, targetId, now);
    return merge;
  });
}

/** 撤销合并, the same business day: the moved records go back and the duplicate is live again. */
export async function undoCustomerMerge(ctx: MergeContext, id: string, version: number): Promise<CustomerMerge> {
  assertCan(ctx.viewer, 'customer', 'merge');
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const merge = await manager.findOneBy(CustomerMerge, { id });
    if (!merge) throw notFound('CustomerMerge', id);
    assertNoRuleViolations('The merge can no longer be undone', checkMergeUndo(merge, now, ctx.timeZone));
    const [source, target] = await Promise.all([manager.findOneBy(Customer, { id: merge.sourceId }), findCustomer(manager, merge.targetId)]);
    if (!source) throw notFound('Customer', merge.sourceId);
    await updateVersioned(manager, CustomerMerge, 'CustomerMerge', id, version, { undoneAt: now, undoneById: ctx.viewer.id }, now);
    await moveRecords(manager, merge.moved, merge.targetId, merge.sourceId, now);
    await updateVersioned(manager, Customer, 'Customer', source.id, source.version, { archivedAt: null }, now);
    await updateVersioned(manager, Customer, 'Customer', target.id, target.version, {}, now);
    await Promise.all([refreshSearchText(manager, source.id), refreshSearchText(manager, target.id)]);
    await recordAction(manager, auditTarget(ctx, 'customer', source.id, now), 'UPDATE', { field: 'mergeUndone', newValue: `${target.name} (${target.id})` });
    await recordAction(manager, auditTarget(ctx, 'customer', target.id, now), 'UPDATE', { field: 'mergeUndone', newValue: `${source.name} (${source.id}): ${countOf(merge.moved)}` });
    await auditMoves(ctx, manager, merge.moved, merge.targetId, merge.sourceId, now);
    return manager.findOneByOrFail(CustomerMerge, { id });
  });
}

/** The merges a customer took part in, newest first (what the console offers to undo). */
export async function listCustomerMerges(ctx: ServiceContext, customerId: string): Promise<CustomerMerge[]> {
  assertCan(ctx.viewer, 'customer', 'show');
  return ctx.dataSource.getRepository(CustomerMerge).find({ where: [{ sourceId: customerId }, { targetId: customerId }], order: { mergedAt: 'DESC' }, take: 20 });
}

export const countOf = (moved: MovedRecords) => Object.values(moved).reduce((sum, ids) => sum + ids.length, 0);

async function findCustomer(manager: EntityManager, id: string): Promise<Customer> {
  const customer = await manager.findOneBy(Customer, { id });
  if (!customer || customer.archivedAt) throw notFound('Customer', id);
  return customer;
}

/** Moves the listed records still on `from` to `to` (a record moved again since is left where it is); each changed record's version goes up. */
async function moveRecords(manager: EntityManager, moved: MovedRecords, from: string, to: string, now: Date): Promise<void> {
  for (const [key, entity] of MOVING) {
    const ids = moved[key];
    for (let start = 0; start < ids.length; start += 500) {
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ customerId: to, version: () => 'version + 1', updatedAt: now } as never)
        .where('id IN (:...ids) AND customer_id = :from', { ids: ids.slice(start, start + 500), from })
        .execute();
    }
  }
}

/** Each moved record's own trail says which customer it went from and to. */
async function auditMoves(ctx: ServiceContext, manager: EntityManager, moved: MovedRecords, from: string, to: string, now: Date): Promise<void> {
  const changes: FieldChange[] = MOVING.flatMap(([key, , entity]) =>
    key === 'assignments' ? [] : moved[key].map((id) => ({ ...auditTarget(ctx, entity, id, now), field: 'customerId', oldValue: from, newValue: to })),
  );
  await recordFieldChanges(manager, changes);
}
