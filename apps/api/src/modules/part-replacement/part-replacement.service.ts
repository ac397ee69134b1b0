import { containsPattern } from '../../shared/like';
import {
  DEPARTMENTS,
  flagListMembers,
  localDate,
  paidDepartmentViolations,
  type PartReplacementAction,
  partReplacementMachine,
  type PartReplacementStatus,
  maxLength,
  normalizeMoney,
  validateForward,
  validatePartReplacement,
  validateQuote,
  type Violation,
  warrantyViolations,
} from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertNoRuleViolations, assertValid, badUserInput, checkTransition, notFound } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { optionalText, presentKeys, trimmedText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { assertCustomerExists, Contract } from '../contract';
import { readSettings } from '../setting';
import { createPartReplacementFollowUp } from './part-replacement-follow-up';
import { PartReplacementStep } from './part-replacement-step.entity';
import { PartReplacement } from './part-replacement.entity';
import { stepNote } from '../../shared/step-note';
import type { CreatePartReplacementInput, PartReplacementFilter, PartReplacementSort, PartReplacementSortField, UpdatePartReplacementInput } from './part-replacement.inputs';

const SORT_COLUMNS: Record<PartReplacementSortField, SortColumn<PartReplacement>> = {
  UPDATED_AT: { sql: 'pr.updatedAt', read: (p) => p.updatedAt, isDate: true },
  CREATED_AT: { sql: 'pr.createdAt', read: (p) => p.createdAt, isDate: true },
};
const EDITABLE_FIELDS = ['contractId', 'partName', 'quantity', 'insideContract', 'warrantyCovered', 'description', 'machineWarrantyEndDate'] as const;
const NOTE_MAX = 500;

/** Part replacements also need the business time zone: warranty is judged on the business day of the request. */
export interface PartReplacementContext extends ServiceContext {
  timeZone: string;
}

export async function listPartReplacements(ctx: ServiceContext, filter: PartReplacementFilter | null | undefined, sort: PartReplacementSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<PartReplacement>> {
  assertCan(ctx.viewer, 'partReplacement', 'list');
  const query = ctx.dataSource.getRepository(PartReplacement).createQueryBuilder('pr').where('pr.archivedAt IS NULL');
  const f = filter ?? {};
  whereIds(query, 'pr', f.ids);
  if (f.customerId) query.andWhere('pr.customerId = :customerId', { customerId: f.customerId });
  if (f.contractId) query.andWhere('pr.contractId = :contractId', { contractId: f.contractId });
  if (f.status?.length) query.andWhere('pr.status IN (:...statuses)', { statuses: f.status });
  if (f.department?.length) query.andWhere('pr.department IN (:...departments)', { departments: f.department });
  if (f.q?.trim()) query.andWhere("(pr.partName LIKE :q ESCAPE '!' OR pr.description LIKE :q ESCAPE '!')", { q: containsPattern(f.q.trim()) });
  if (f.mine) query.andWhere('pr.requestedById = :viewerId', { viewerId: ctx.viewer.id });
  return paginate({ query, alias: 'pr', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'UPDATED_AT', direction: SortDirection.DESC }], page });
}

export async function getPartReplacement(ctx: ServiceContext, id: string): Promise<PartReplacement | null> {
  assertCan(ctx.viewer, 'partReplacement', 'show');
  return ctx.dataSource.getRepository(PartReplacement).findOneBy({ id, archivedAt: IsNull() });
}

/** Registered by customer service, who stays the bridge to the customer (首问负责). */
export async function createPartReplacement(ctx: PartReplacementContext, input: CreatePartReplacementInput): Promise<PartReplacement> {
  assertCan(ctx.viewer, 'partReplacement', 'create');
  const draft = {
    customerId: input.customerId,
    contractId: input.contractId ?? null,
    partName: trimmedText(input.partName) ?? '',
    quantity: input.quantity,
    insideContract: input.insideContract ?? false,
    warrantyCovered: input.warrantyCovered ?? false,
    department: input.department ?? null,
    description: optionalText(input.description) ?? null,
    machineWarrantyEndDate: optionalText(input.machineWarrantyEndDate) ?? null,
  };
  assertValid(validatePartReplacement(draft, 'create'));
  const manager = ctx.dataSource.manager;
  await assertCustomerExists(manager, draft.customerId);
  if (draft.contractId) await assertContractOfCustomer(manager, draft.contractId, draft.customerId);
  const now = ctx.clock.now();
  await assertWarrantyAndDepartment(ctx, draft, localDate(now, ctx.timeZone));
  const record = Object.assign(new PartReplacement(), {
    ...newRecord(now),
    ...draft,
    unitPrice: draft.warrantyCovered ? '0.00' : null,
    status: 'REQUESTED' as const,
    requestedById: ctx.viewer.id,
    archivedAt: null,
  } satisfies PartReplacement);
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(PartReplacement, record);
    await recordStep(tx, ctx, record.id, 'request', 'REQUESTED', record.partName, now);
    await recordAction(tx, auditTarget(ctx, 'partReplacement', record.id, now), 'CREATE', { newValue: record.partName });
  });
  return record;
}

export async function updatePartReplacement(ctx: PartReplacementContext, id: string, version: number, input: UpdatePartReplacementInput): Promise<PartReplacement> {
  const current = await findActive(ctx.dataSource.manager, id);
  assertCan(ctx.viewer, 'partReplacement', 'edit', { isOwner: current.requestedById === ctx.viewer.id });
  const changes = Object.fromEntries(
    Object.entries({
      ...input,
      partName: trimmedText(input.partName ?? undefined),
      description: optionalText(input.description),
      machineWarrantyEndDate: input.machineWarrantyEndDate === undefined ? undefined : (optionalText(input.machineWarrantyEndDate) ?? null),
    }).filter(([, v]) => v !== undefined),
  ) as Partial<PartReplacement>;
  const fields = presentKeys(changes).filter((f): f is (typeof EDITABLE_FIELDS)[number] => (EDITABLE_FIELDS as readonly string[]).includes(f));
  const next = { ...current, ...changes } as PartReplacement;
  if (next.warrantyCovered && next.unitPrice != null) next.unitPrice = '0.00';
  assertValid(validatePartReplacement(next, 'update'));
  if (next.contractId && fields.includes('contractId')) await assertContractOfCustomer(ctx.dataSource.manager, next.contractId, next.customerId);
  // The warranty as it stood on the day of the request, re-judged when what it rests on changes.
  if (fields.some((f) => f === 'warrantyCovered' || f === 'contractId' || f === 'machineWarrantyEndDate')) await assertWarrantyAndDepartment(ctx, next, localDate(current.createdAt, ctx.timeZone));
  const now = ctx.clock.now();
  const written = next.unitPrice !== current.unitPrice ? [...fields, 'unitPrice' as const] : fields;
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, PartReplacement, 'PartReplacement', id, version, Object.fromEntries(written.map((f) => [f, next[f]])), now);
    await recordChanges(tx, auditTarget(ctx, 'partReplacement', id, now), current, next, written);
  });
  return findActive(ctx.dataSource.manager, id);
}

export async function deletePartReplacement(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'partReplacement', 'delete');
  await findActive(ctx.dataSource.manager, id);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, PartReplacement, 'PartReplacement', id, version, { archivedAt: now }, now);
    await recordAction(tx, auditTarget(ctx, 'partReplacement', id, now), 'ARCHIVE');
  });
  return true;
}

/** 转交: to the department that will do the work; a paid replacement only to a business department. */
export async function forwardPartReplacement(ctx: ServiceContext, id: string, version: number, department: string): Promise<PartReplacement> {
  assertValid(validateForward(department));
  const current = await findActive(ctx.dataSource.manager, id);
  assertNoRuleViolations('A paid replacement goes to a business department only', await departmentViolations(ctx.dataSource.manager, current.warrantyCovered, department));
  return takeStep(ctx, id, version, 'forward', { department: department as PartReplacement['department'] }, department);
}

/** 报价: the department's unit price, passed on to the customer; 0 under warranty. */
export async function quotePartReplacement(ctx: ServiceContext, id: string, version: number, unitPrice: string | null): Promise<PartReplacement> {
  const current = await findActive(ctx.dataSource.manager, id);
  assertValid(validateQuote(unitPrice, current.warrantyCovered));
  const price = current.warrantyCovered ? '0.00' : normalizeMoney(unitPrice as string);
  return takeStep(ctx, id, version, 'quote', { unitPrice: price }, price);
}

export async function recordPartReplacementDecision(ctx: ServiceContext, id: string, version: number, accepted: boolean, note: string | null): Promise<PartReplacement> {
  const text = optionalText(note) ?? null;
  assertValid(maxLength('note', text, NOTE_MAX));
  return takeStep(ctx, id, version, accepted ? 'accept' : 'decline', {}, text);
}

export async function completePartReplacement(ctx: ServiceContext, id: string, version: number, note?: string | null): Promise<PartReplacement> {
  return takeStep(ctx, id, version, 'complete', {}, stepNote(note));
}

/** One step of the machine: permission, legality, version-checked write, timeline row and audit, in one transaction. */
async function takeStep(ctx: ServiceContext, id: string, version: number, action: PartReplacementAction, changes: Partial<PartReplacement>, note: string | null): Promise<PartReplacement> {
  const current = await findActive(ctx.dataSource.manager, id);
  assertCan(ctx.viewer, 'partReplacement', 'edit', { isOwner: current.requestedById === ctx.viewer.id });
  const status: PartReplacementStatus = checkTransition(() => partReplacementMachine.assertTransition(current.status, action));
  const next = { ...current, ...changes, status };
  const fields = ['status', ...Object.keys(changes)] as Array<keyof PartReplacement & string>;
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, PartReplacement, 'PartReplacement', id, version, { ...changes, status }, now);
    await recordStep(tx, ctx, id, action, status, note, now);
    await recordChanges(tx, auditTarget(ctx, 'partReplacement', id, now), current, next, fields);
    if (status === 'DONE') await createPartReplacementFollowUp(tx, next, now);
  });
  return findActive(ctx.dataSource.manager, id);
}

async function recordStep(tx: EntityManager, ctx: ServiceContext, partReplacementId: string, action: string, toStatus: PartReplacementStatus, note: string | null, at: Date): Promise<void> {
  await tx.insert(PartReplacementStep, { id: newId(at.getTime()), partReplacementId, action, toStatus, note, actorId: ctx.viewer.id, at });
}

async function findActive(manager: EntityManager, id: string): Promise<PartReplacement> {
  const record = await manager.findOneBy(PartReplacement, { id, archivedAt: IsNull() });
  if (!record) throw notFound('PartReplacement', id);
  return record;
}

/** RULE_VIOLATION warrantyExpired (DOMAIN §3) and notBusinessDepartment, together so a form shows both. */
async function assertWarrantyAndDepartment(
  ctx: ServiceContext,
  draft: Pick<PartReplacement, 'contractId' | 'warrantyCovered' | 'machineWarrantyEndDate' | 'department'>,
  requestDay: string,
): Promise<void> {
  const manager = ctx.dataSource.manager;
  const contract = draft.warrantyCovered && draft.contractId ? await manager.findOne(Contract, { where: { id: draft.contractId }, select: { id: true, startDate: true, warrantyEndDate: true } }) : null;
  const violations: Violation[] = [
    ...warrantyViolations(draft.warrantyCovered, { contract, machineWarrantyEndDate: draft.machineWarrantyEndDate }, requestDay),
    ...(await departmentViolations(manager, draft.warrantyCovered, draft.department)),
  ];
  assertNoRuleViolations('Not a warranty replacement, or not a department paid replacements go to', violations);
}

async function departmentViolations(manager: EntityManager, warrantyCovered: boolean, department: string | null): Promise<Violation[]> {
  if (warrantyCovered || department == null) return [];
  return paidDepartmentViolations(warrantyCovered, department, flagListMembers(await readSettings(manager), 'contract.paidDept', DEPARTMENTS));
}

async function assertContractOfCustomer(manager: EntityManager, contractId: string, customerId: string): Promise<void> {
  if (!(await manager.existsBy(Contract, { id: contractId, customerId, archivedAt: IsNull() }))) throw badUserInput([{ rule: 'notFound', field: 'contractId' }]);
}
