import { CONTRACT_STEPS, type ContractDraft, type ContractStatus, addLocalDays, canAccess, canOwnContracts, contractMachine, effectiveContractStatus, normalizeMoney, stepsOf, validateContract } from '@sanxin/domain';
import { type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertValid, badUserInput, forbidden, invalidTransition } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import { optionalText, presentKeys, trimmedText } from '../../shared/normalize';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { holdForReview, splitForReview } from '../review';
import type { ServiceContext } from '../../shared/service-context';
import {
  assertCustomerExists,
  assertEligibleOwner,
  assertNumberFree,
  customerOwnerOf,
  duplicateNumber,
  findActiveContract,
  ownsContract,
} from './contract-access';
import { type ContractCalendar, type ContractContext, readContractCalendar } from './contract-context';
import { Contract } from './contract.entity';
import type { ContractFilter, ContractSort, ContractSortField, CreateContractInput, UpdateContractInput } from './contract.inputs';
import { recordOwnerChanges } from './contract-owner.service';

const SORT_COLUMNS: Record<ContractSortField, SortColumn<Contract>> = {
  NUMBER: { sql: 'contract.number', read: (c) => c.number },
  END_DATE: { sql: 'contract.endDate', read: (c) => c.endDate },
  START_DATE: { sql: 'contract.startDate', read: (c) => c.startDate },
  AMOUNT: { sql: 'contract.amount', read: (c) => c.amount },
  UPDATED_AT: { sql: 'contract.updatedAt', read: (c) => c.updatedAt, isDate: true },
  CREATED_AT: { sql: 'contract.createdAt', read: (c) => c.createdAt, isDate: true },
};

const EDITABLE_FIELDS = [
  'number', 'title', 'customerId', 'scope', 'startDate', 'endDate', 'warrantyEndDate', 'amount', 'confidential', 'confidentialityText',
] as const satisfies ReadonlyArray<keyof Contract>;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The amount and the clause text are confidential: the audit log keeps them masked. */
export const CONTRACT_AUDIT_OPTIONS = { piiFields: ['amount', 'confidentialityText'] } as const;
const MAX_EXPIRING_WITHIN_DAYS = 3650;

export async function listContracts(
  ctx: ContractContext,
  filter: ContractFilter | null | undefined,
  sort: ContractSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<Contract>> {
  assertCan(ctx.viewer, 'contract', 'list');
  const query = ctx.dataSource.getRepository(Contract).createQueryBuilder('contract').where('contract.archivedAt IS NULL');
  const f = filter ?? {};
  if (f.q?.trim()) query.andWhere("(contract.number LIKE :q ESCAPE '!' OR contract.title LIKE :q ESCAPE '!')", { q: containsPattern(f.q.trim()) });
  whereIds(query, 'contract', f.ids);
  if (f.customerId) query.andWhere('contract.customerId = :customerId', { customerId: f.customerId });
  if (f.ownerId) query.andWhere('contract.ownerId = :ownerId', { ownerId: f.ownerId });
  if (f.mine) query.andWhere('contract.ownerId = :viewerId', { viewerId: ctx.viewer.id });
  const endDateFrom = f.endDateFrom ?? f.endFrom;
  const endDateTo = f.endDateTo ?? f.endTo;
  if (endDateFrom) query.andWhere('contract.endDate >= :endDateFrom', { endDateFrom });
  if (endDateTo) query.andWhere('contract.endDate <= :endDateTo', { endDateTo });
  if (f.status?.length || f.expiringWithinDays != null) {
    const calendar = await readContractCalendar(ctx.dataSource.manager, ctx.timeZone, ctx.clock.now());
    if (f.status?.length) whereEffectiveStatus(query, f.status, calendar);
    if (f.expiringWithinDays != null) whereExpiringWithin(query, f.expiringWithinDays, calendar.today);
  }
  return paginate({ query, alias: 'contract', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'END_DATE', direction: SortDirection.ASC }], page });
}

/** EXPIRING and EXPIRED are not stored: they are the same date comparisons effectiveContractStatus makes. */
function whereEffectiveStatus(query: SelectQueryBuilder<Contract>, statuses: ContractStatus[], { today, windowDays }: ContractCalendar): void {
  const running = "contract.storedStatus = 'ACTIVE'";
  const conditions: Record<ContractStatus, string> = {
    DRAFT: "contract.storedStatus = 'DRAFT'",
    TERMINATED: "contract.storedStatus = 'TERMINATED'",
    RENEWED: "contract.storedStatus = 'RENEWED'",
    ACTIVE: `(${running} AND contract.endDate >= :windowEnd)`,
    EXPIRING: `(${running} AND contract.endDate >= :today AND contract.endDate < :windowEnd)`,
    EXPIRED: `(${running} AND contract.endDate < :today)`,
  };
  const chosen = [...new Set(statuses)].map((status) => conditions[status]);
  query.andWhere(`(${chosen.join(' OR ')})`, { today, windowEnd: addLocalDays(today, windowDays) });
}

function whereExpiringWithin(query: SelectQueryBuilder<Contract>, days: number, today: string): void {
  if (!Number.isInteger(days) || days < 0 || days > MAX_EXPIRING_WITHIN_DAYS) {
    throw badUserInput([{ rule: 'outOfRange', field: 'filter.expiringWithinDays', params: { min: 0, max: MAX_EXPIRING_WITHIN_DAYS } }]);
  }
  query.andWhere("contract.storedStatus = 'ACTIVE' AND contract.endDate >= :withinFrom AND contract.endDate < :withinTo", {
    withinFrom: today,
    withinTo: addLocalDays(today, days),
  });
}

export async function getContract(ctx: ContractContext, id: string): Promise<Contract | null> {
  assertCan(ctx.viewer, 'contract', 'show');
  return ctx.dataSource.getRepository(Contract).findOneBy({ id, archivedAt: IsNull() });
}

export async function createContract(ctx: ContractContext, input: CreateContractInput): Promise<Contract> {
  assertCan(ctx.viewer, 'contract', 'create');
  const draft = normalize(input);
  assertValid(validateContract(draft, 'create'));
  const manager = ctx.dataSource.manager;
  const ownerId = await chooseOwner(ctx, input.ownerId ?? null);
  await assertCustomerExists(manager, input.customerId);
  await assertNumberFree(manager, draft.number as string);
  const now = ctx.clock.now();
  const contract = Object.assign(new Contract(), {
    ...newRecord(now),
    number: draft.number as string,
    title: draft.title as string,
    customerId: input.customerId,
    scope: draft.scope ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    warrantyEndDate: input.warrantyEndDate ?? null,
    amount: normalizeMoney(draft.amount ?? '0'),
    confidential: draft.confidential ?? false,
    confidentialityText: draft.confidentialityText ?? null,
    storedStatus: 'DRAFT' as const,
    ownerId,
    terminationReason: null,
    renewedFromId: null,
    renewedToId: null,
    archivedAt: null,
  } satisfies Contract);
  await insertContract(ctx, contract, now);
  return contract;
}

/** Inserts a new contract with its first owner-history row and audit row; a number taken meanwhile is `duplicate`. */
export async function insertContract(ctx: ContractContext, contract: Contract, now: Date, manager?: EntityManager): Promise<void> {
  const write = async (tx: EntityManager) => {
    await tx.insert(Contract, contract).catch((error) => {
      throw isUniqueViolation(error) ? duplicateNumber() : error;
    });
    await recordOwnerChanges(tx, [{ contractId: contract.id, fromOwnerId: null, toOwnerId: contract.ownerId }], ctx.viewer.id, null, now);
    await recordAction(tx, auditTarget(ctx, 'contract', contract.id, now), 'CREATE', { newValue: contract.number });
  };
  await (manager ? write(manager) : ctx.dataSource.transaction(write));
}

export async function updateContract(ctx: ContractContext, id: string, version: number, input: UpdateContractInput): Promise<Contract> {
  const manager = ctx.dataSource.manager;
  const current = await findActiveContract(manager, id);
  assertCan(ctx.viewer, 'contract', 'edit', { isOwner: ownsContract(ctx.viewer, current, await customerOwnerOf(manager, current.customerId)) });
  // Ended contracts are records of what was agreed; a new term is a renewal.
  if (current.storedStatus === 'TERMINATED' || current.storedStatus === 'RENEWED') {
    throw invalidTransition(current.storedStatus, 'UPDATE', stepsOf(CONTRACT_STEPS, contractMachine.allowedActions(current.storedStatus)));
  }
  const changes = normalize(input);
  const fields = presentKeys(changes).filter((field): field is EditableField => (EDITABLE_FIELDS as readonly string[]).includes(field));
  const next = { ...current, ...changes } as Contract;
  assertValid(validateContract(next, 'update'));
  if (changes.amount != null) next.amount = normalizeMoney(changes.amount);
  if (fields.includes('customerId')) await assertCustomerExists(manager, next.customerId);
  if (fields.includes('number')) await assertNumberFree(manager, next.number, id);
  // 复核: sensitive fields wait for a second person; the rest is saved now, both in one transaction.
  const { direct, held } = await splitForReview(manager, 'contract', current, next, fields);
  const saved = { ...current, ...Object.fromEntries(direct.map((field) => [field, next[field as EditableField]])) } as Contract;
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await saveContractFields(ctx, tx, current, saved, version, direct as EditableField[], now);
    await holdForReview(ctx, tx, 'contract', id, held, now);
  });
  return findActiveContract(manager, id);
}

/** Saves fields version-checked with their audit rows (an edit, or an approved review). */
export async function saveContractFields(ctx: ContractContext | ServiceContext, tx: EntityManager, current: Contract, next: Contract, version: number, fields: readonly EditableField[], now: Date): Promise<void> {
  const values = Object.fromEntries(fields.map((field) => [field, next[field]])) as Partial<Contract>;
  await updateVersioned(tx, Contract, 'Contract', current.id, version, values, now).catch((error) => {
    throw isUniqueViolation(error) ? duplicateNumber() : error;
  });
  await recordChanges(tx, auditTarget(ctx, 'contract', current.id, now), current, next, fields, CONTRACT_AUDIT_OPTIONS);
}

/** Only a draft can be deleted (archived); a contract that ran is terminated instead. */
export async function deleteContract(ctx: ContractContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'contract', 'delete');
  const current = await findActiveContract(ctx.dataSource.manager, id);
  if (current.storedStatus !== 'DRAFT') {
    const { today, windowDays } = await readContractCalendar(ctx.dataSource.manager, ctx.timeZone, ctx.clock.now());
    const status = effectiveContractStatus(current.storedStatus, current.endDate, today, windowDays);
    throw invalidTransition(status, 'DELETE', stepsOf(CONTRACT_STEPS, contractMachine.allowedActions(status)));
  }
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Contract, 'Contract', id, version, { archivedAt: now }, now);
    await recordAction(tx, auditTarget(ctx, 'contract', id, now), 'ARCHIVE');
  });
  return true;
}

/** The creator owns what they create unless someone who may assign owners names another owner. */
async function chooseOwner(ctx: ContractContext, requested: string | null): Promise<string> {
  const { viewer } = ctx;
  if (requested && requested !== viewer.id) {
    if (!canAccess(viewer.role, 'contract', 'assign')) throw forbidden('contract', 'assign');
    await assertEligibleOwner(ctx.dataSource.manager, requested);
    return requested;
  }
  if (!canOwnContracts(viewer.role)) throw badUserInput([{ rule: 'cannotOwnContracts', field: 'ownerId' }]);
  return viewer.id;
}

type NormalizedContract = ContractDraft & Partial<Pick<Contract, 'customerId' | 'startDate' | 'endDate' | 'confidential'>> & { number?: string; title?: string };

function normalize(input: CreateContractInput | UpdateContractInput): NormalizedContract {
  const values = {
    number: trimmedText(input.number ?? undefined),
    title: trimmedText(input.title ?? undefined),
    customerId: input.customerId ?? undefined,
    scope: optionalText(input.scope),
    startDate: input.startDate ?? undefined,
    endDate: input.endDate ?? undefined,
    warrantyEndDate: input.warrantyEndDate,
    amount: input.amount,
    confidential: input.confidential,
    confidentialityText: optionalText(input.confidentialityText),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as NormalizedContract;
}
