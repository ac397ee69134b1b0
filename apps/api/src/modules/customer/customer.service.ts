import { canAccess, type CustomerDraft, PII_FIELDS, validateCallPreferences, validateCustomer, type Violation } from '@sanxin/domain';
import { type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertValid, badUserInput, forbidden, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { optionalText, presentKeys, trimmedText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { openAssignments } from '../assignment';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { holdForReview, splitForReview } from '../review';
import { Staff } from '../staff';
import { CustomerTag } from './customer-tag.entity';
import { Customer } from './customer.entity';
import type { CreateCustomerInput, CustomerFilter, CustomerSort, CustomerSortField, UpdateCustomerInput } from './customer.inputs';
import { buildSearchText, insertGrams, refreshSearchText, whereSearchMatches } from './customer-search';

const SORT_COLUMNS: Record<CustomerSortField, SortColumn<Customer>> = {
  NAME: { sql: 'customer.name', read: (c) => c.name },
  TIER: { sql: 'customer.tier', read: (c) => c.tier },
  LIFECYCLE: { sql: 'customer.lifecycle', read: (c) => c.lifecycle },
  CREATED_AT: { sql: 'customer.createdAt', read: (c) => c.createdAt, isDate: true },
  UPDATED_AT: { sql: 'customer.updatedAt', read: (c) => c.updatedAt, isDate: true },
};

const EDITABLE_FIELDS = [
  'kind', 'name', 'company', 'phone', 'email', 'address', 'source', 'industry', 'tier', 'lifecycle', 'tags', 'notes', 'ownerId',
  'doNotCall', 'callNotBeforeMinute', 'callNotAfterMinute',
] as const satisfies ReadonlyArray<keyof Customer>;

export const CUSTOMER_PII_FIELDS = PII_FIELDS.customer ?? [];
const ASSIGNED_ON_EDIT = '在客户资料中指定负责人';

export async function listCustomers(
  ctx: ServiceContext,
  filter: CustomerFilter | null | undefined,
  sort: CustomerSort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<Customer>> {
  assertCan(ctx.viewer, 'customer', 'list');
  const query = ctx.dataSource.getRepository(Customer).createQueryBuilder('customer');
  await applyFilter(ctx, query, filter ?? {});
  return paginate({
    query,
    alias: 'customer',
    columns: SORT_COLUMNS,
    sort,
    defaultSort: [{ field: 'UPDATED_AT', direction: SortDirection.DESC }],
    page,
  });
}

export async function applyFilter(ctx: ServiceContext, query: SelectQueryBuilder<Customer>, filter: CustomerFilter): Promise<void> {
  if (!(filter.includeArchived && canAccess(ctx.viewer.role, 'customer', 'delete'))) query.andWhere('customer.archivedAt IS NULL');
  if (filter.q?.trim()) await whereSearchMatches(ctx.dataSource.manager, query, filter.q, ctx.viewer);
  whereIds(query, 'customer', filter.ids);
  if (filter.kind?.length) query.andWhere('customer.kind IN (:...kinds)', { kinds: filter.kind });
  if (filter.tier?.length) query.andWhere('customer.tier IN (:...tiers)', { tiers: filter.tier });
  if (filter.lifecycle?.length) query.andWhere('customer.lifecycle IN (:...stages)', { stages: filter.lifecycle });
  if (filter.ownerId) query.andWhere('customer.ownerId = :ownerId', { ownerId: filter.ownerId });
  if (filter.mine) query.andWhere('customer.ownerId = :viewerId', { viewerId: ctx.viewer.id });
  if (filter.unassigned) query.andWhere('customer.ownerId IS NULL');
  const createdAtFrom = filter.createdAtFrom ?? filter.createdFrom;
  const createdAtTo = filter.createdAtTo ?? filter.createdTo;
  if (createdAtFrom) query.andWhere('customer.createdAt >= :createdAtFrom', { createdAtFrom });
  if (createdAtTo) query.andWhere('customer.createdAt < :createdAtTo', { createdAtTo });
  if (filter.tag) {
    query.andWhere('EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.tag = :tag)', { tag: filter.tag });
  }
}

export async function getCustomer(ctx: ServiceContext, id: string): Promise<Customer | null> {
  assertCan(ctx.viewer, 'customer', 'show');
  return ctx.dataSource.getRepository(Customer).findOneBy({ id, archivedAt: IsNull() });
}

export async function createCustomer(ctx: ServiceContext, input: CreateCustomerInput): Promise<Customer> {
  const { viewer, clock } = ctx;
  assertCan(viewer, 'customer', 'create');
  const draft = normalize(input);
  assertValid([...validateCustomer(draft, 'create'), ...callPreferenceViolations(draft)]);
  const ownerId = draft.ownerId ?? (viewer.role === 'AGENT' ? viewer.id : null);
  if (ownerId !== null && ownerId !== viewer.id) await assertCanAssignOwner(ctx, ownerId);
  const now = clock.now();
  const customer = Object.assign(new Customer(), {
    ...newRecord(now),
    kind: input.kind,
    name: draft.name ?? '',
    company: draft.company ?? null,
    phone: draft.phone ?? null,
    email: draft.email ?? null,
    address: draft.address ?? null,
    source: draft.source ?? null,
    industry: draft.industry ?? null,
    tier: draft.tier ?? 'C',
    lifecycle: draft.lifecycle ?? 'PROSPECT',
    tags: draft.tags ?? [],
    notes: draft.notes ?? null,
    ownerId,
    doNotCall: draft.doNotCall ?? false,
    callNotBeforeMinute: draft.callNotBeforeMinute ?? null,
    callNotAfterMinute: draft.callNotAfterMinute ?? null,
    archivedAt: null,
  } satisfies Omit<Customer, 'searchText'>);
  customer.searchText = buildSearchText(customer, []);
  await ctx.dataSource.transaction(async (manager) => {
    // Every column is set above: no read-back of the defaults (TypeORM's on SQLite, which would also read search_text).
    await manager.createQueryBuilder().insert().into(Customer).values(customer).updateEntity(false).execute();
    await insertGrams(manager, [customer]);
    await replaceTags(manager, customer.id, customer.tags, now, { isNew: true });
    await recordAction(manager, auditTarget(ctx, 'customer', customer.id, now), 'CREATE', { newValue: customer.name });
    if (ownerId && ownerId !== viewer.id) await openAssignments(ctx, manager, [{ customerId: customer.id, previousAgentId: null, agentId: ownerId }], ASSIGNED_ON_EDIT);
  });
  return customer;
}

export async function updateCustomer(ctx: ServiceContext, id: string, version: number, input: UpdateCustomerInput): Promise<Customer> {
  const { viewer, clock, dataSource } = ctx;
  const current = await findActive(dataSource.manager, id);
  assertCan(viewer, 'customer', 'edit', { isOwner: current.ownerId === viewer.id });
  const draft = normalize(input);
  const fields = presentKeys(draft).filter((field) => (EDITABLE_FIELDS as readonly string[]).includes(field)) as Array<(typeof EDITABLE_FIELDS)[number]>;
  const next = { ...current, ...pick(draft, fields) } as Customer;
  // The window is judged as it will be stored: a new "not after" against the stored "not before".
  assertValid([...validateCustomer(draft, 'update'), ...callPreferenceViolations(next)]);
  if (next.ownerId !== current.ownerId) await assertCanAssignOwner(ctx, next.ownerId);
  // 复核: sensitive fields wait for a second person; the rest is saved now, both in one transaction.
  const { direct, held } = await splitForReview(dataSource.manager, 'customer', current, next, fields);
  const saved = { ...current, ...pick(next, direct as typeof fields) } as Customer;
  const now = clock.now();
  await dataSource.transaction(async (manager) => {
    await updateVersioned(manager, Customer, 'Customer', id, version, pick(saved, direct as typeof fields), now);
    await holdForReview(ctx, manager, 'customer', id, held, now);
    await saveSideEffects(ctx, manager, current, saved, direct, now);
  });
  return findActive(dataSource.manager, id);
}

/** Tags, the search text, the audit rows and a new owner's assignment of fields just saved (by an edit or an approved review). */
export async function saveSideEffects(ctx: ServiceContext, manager: EntityManager, current: Customer, saved: Customer, fields: readonly string[], now: Date): Promise<void> {
  const id = current.id;
  if (fields.includes('tags')) await replaceTags(manager, id, saved.tags, now);
  if (fields.some((f) => ['name', 'company', 'phone', 'email'].includes(f))) await refreshSearchText(manager, id);
  await recordChanges(manager, auditTarget(ctx, 'customer', id, now), current, saved, fields as Array<keyof Customer & string>, { piiFields: CUSTOMER_PII_FIELDS });
  if (saved.ownerId && saved.ownerId !== current.ownerId) {
    await openAssignments(ctx, manager, [{ customerId: id, previousAgentId: current.ownerId, agentId: saved.ownerId }], ASSIGNED_ON_EDIT);
  }
}

export async function archiveCustomer(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  assertCan(ctx.viewer, 'customer', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findActive(manager, id);
    await updateVersioned(manager, Customer, 'Customer', id, version, { archivedAt: now }, now);
    await recordAction(manager, auditTarget(ctx, 'customer', id, now), 'ARCHIVE');
  });
  return true;
}

export async function findActive(manager: EntityManager, id: string): Promise<Customer> {
  const customer = await manager.findOneBy(Customer, { id, archivedAt: IsNull() });
  if (!customer) throw notFound('Customer', id);
  return customer;
}

/** Owners are chosen by managers (分配); the owner must be active staff. */
async function assertCanAssignOwner(ctx: ServiceContext, ownerId: string | null): Promise<void> {
  if (!canAccess(ctx.viewer.role, 'customer', 'assign')) throw forbidden('customer', 'assign');
  if (ownerId === null) return;
  const owner = await ctx.dataSource.getRepository(Staff).findOne({ where: { id: ownerId }, select: { id: true, active: true } });
  const violation: Violation | null = !owner ? { rule: 'notFound', field: 'ownerId' } : owner.active ? null : { rule: 'inactive', field: 'ownerId' };
  if (violation) throw badUserInput([violation]);
}

/** A new customer has no tags to delete: `isNew` saves the statement. */
async function replaceTags(manager: EntityManager, customerId: string, tags: string[], now: Date, options: { isNew?: boolean } = {}): Promise<void> {
  if (!options.isNew) await manager.delete(CustomerTag, { customerId });
  const unique = [...new Set(tags)];
  if (unique.length) await manager.insert(CustomerTag, unique.map((tag) => ({ customerId, tag, createdAt: now })));
}

type NormalizedCustomer = CustomerDraft &
  Partial<Pick<Customer, 'source' | 'industry' | 'ownerId' | 'kind' | 'tier' | 'lifecycle' | 'doNotCall' | 'callNotBeforeMinute' | 'callNotAfterMinute'>> & { name?: string; tags?: string[] };

function callPreferenceViolations(draft: Partial<Pick<Customer, 'callNotBeforeMinute' | 'callNotAfterMinute'>>): Violation[] {
  return validateCallPreferences({ notBeforeMinute: draft.callNotBeforeMinute, notAfterMinute: draft.callNotAfterMinute });
}

function normalize(input: CreateCustomerInput | UpdateCustomerInput): NormalizedCustomer {
  return dropUndefined({
    kind: input.kind ?? undefined,
    name: trimmedText(input.name ?? undefined),
    company: optionalText(input.company),
    phone: optionalText(input.phone),
    email: optionalText(input.email),
    address: optionalText(input.address),
    source: input.source,
    industry: optionalText(input.industry),
    tier: input.tier ?? undefined,
    lifecycle: input.lifecycle ?? undefined,
    tags: input.tags === null ? [] : input.tags?.map((tag) => tag.trim()),
    notes: optionalText(input.notes),
    ownerId: input.ownerId,
    // "do not call" is a yes or no: null leaves it as it is.
    doNotCall: input.doNotCall ?? undefined,
    callNotBeforeMinute: input.callNotBeforeMinute,
    callNotAfterMinute: input.callNotAfterMinute,
  }) as NormalizedCustomer;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
