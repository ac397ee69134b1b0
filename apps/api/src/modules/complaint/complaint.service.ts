import { type ComplaintRegistrationDraft, complaintDueAt, normalizeComplaintNumber, validateComplaintRegistration, type Violation } from '@sanxin/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { findSelect, type Projection } from '../../graphql/projection';
import { joinToOne, type PageJoin, type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { getEntities } from '../../db/hydrate';
import { containsPattern } from '../../shared/like';
import { assertValid, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { optionalText } from '../../shared/normalize';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction } from '../audit';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { Staff } from '../staff';
import { ComplaintCategory } from './complaint-category.entity';
import type { ComplaintContext } from './complaint-context';
import { RULES_STAMP_COLUMNS, type RulesStamp, readSlaRules, rulesStampOf } from './complaint-sla';
import { takeComplaintNumber } from './complaint-number';
import { addTimelineEntry } from './complaint-timeline';
import { Complaint } from './complaint.entity';
import type { ComplaintFilter, ComplaintSort, ComplaintSortField, CreateComplaintInput } from './complaint.inputs';

const SORT_COLUMNS: Record<ComplaintSortField, SortColumn<Complaint>> = {
  RECEIVED_AT: { sql: 'complaint.receivedAt', read: (c) => c.receivedAt, isDate: true },
  DUE_AT: { sql: 'complaint.dueAt', read: (c) => c.dueAt, isDate: true },
  UPDATED_AT: { sql: 'complaint.updatedAt', read: (c) => c.updatedAt, isDate: true },
};

export async function listComplaints(
  ctx: ComplaintContext,
  filter: ComplaintFilter | null | undefined,
  sort: ComplaintSort[] | null | undefined,
  page: PageInput | null | undefined,
  projection: Projection | null = null,
  joined: JoinedRows = {},
): Promise<PageResult<Complaint>> {
  assertCan(ctx.viewer, 'complaint', 'list');
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(Complaint).createQueryBuilder('complaint');
  applyFilter(ctx, query, f);
  // The overdue board reads most overdue first, which is also the order of its index.
  return paginate({ query, alias: 'complaint', columns: SORT_COLUMNS, sort, defaultSort: defaultSort(f), page, projection, joins: joinsOf(joined) });
}

function joinsOf(joined: JoinedRows): PageJoin[] {
  const joins: PageJoin[] = [];
  if (joined.customer) joins.push({ entity: Customer, alias: 'joined_customer', on: 'joined_customer.id = complaint.customerId', into: 'joinedCustomer', columns: joined.customer });
  if (joined.owner) joins.push({ entity: Staff, alias: 'joined_owner', on: 'joined_owner.id = complaint.ownerId', into: 'joinedOwner', columns: joined.owner });
  return joins;
}

/** The customer's and the owner's columns to read with the page (LEFT JOIN), each set on its complaint as `joinedCustomer`, `joinedOwner`. */
export interface JoinedRows {
  customer?: Projection | null;
  owner?: Projection | null;
}

export type ComplaintWithJoined = Complaint & { joinedCustomer?: Customer | null; joinedOwner?: Staff | null };

function defaultSort(f: ComplaintFilter): ComplaintSort[] {
  const field: ComplaintSortField = f.overdue ? 'DUE_AT' : 'RECEIVED_AT';
  return [{ field, direction: f.overdue ? SortDirection.ASC : SortDirection.DESC }];
}

/** The complaints of a list, filtered and ordered as the list shows them (for an export: no pages). */
export function orderedComplaints(ctx: ComplaintContext, filter: ComplaintFilter | null | undefined, sort: ComplaintSort[] | null | undefined): SelectQueryBuilder<Complaint> {
  const f = filter ?? {};
  const query = ctx.dataSource.getRepository(Complaint).createQueryBuilder('complaint');
  applyFilter(ctx, query, f);
  const keys = sort?.length ? sort : defaultSort(f);
  for (const [index, key] of keys.entries()) query[index === 0 ? 'orderBy' : 'addOrderBy'](SORT_COLUMNS[key.field].sql, key.direction);
  return query.addOrderBy('complaint.id', keys[keys.length - 1].direction);
}

function applyFilter(ctx: ComplaintContext, query: SelectQueryBuilder<Complaint>, f: ComplaintFilter): void {
  const now = ctx.clock.now();
  whereIds(query, 'complaint', f.ids);
  if (f.q?.trim()) {
    // A whole number finds its complaint through the unique index; otherwise a substring of the
    // number or the complaint's own text, narrowed by the other filters (it scans only their rows).
    const number = normalizeComplaintNumber(f.q);
    if (number) query.andWhere('complaint.number = :number', { number });
    else query.andWhere("(complaint.number LIKE :q ESCAPE '!' OR complaint.description LIKE :q ESCAPE '!' OR complaint.customerRequest LIKE :q ESCAPE '!')", { q: containsPattern(f.q.trim()) });
  }
  if (f.status?.length) query.andWhere('complaint.status IN (:...statuses)', { statuses: f.status });
  if (f.categoryId) query.andWhere('complaint.categoryId = :categoryId', { categoryId: f.categoryId });
  if (f.ownerId) query.andWhere('complaint.ownerId = :ownerId', { ownerId: f.ownerId });
  if (f.mine) query.andWhere('complaint.ownerId = :viewerId', { viewerId: ctx.viewer.id });
  if (f.customerId) query.andWhere('complaint.customerId = :customerId', { customerId: f.customerId });
  if (f.teamId) query.andWhere('complaint.ownerId IN (SELECT team_member.id FROM staff team_member WHERE team_member.team_id = :teamId)', { teamId: f.teamId });
  if (f.severity?.length) query.andWhere('complaint.severity IN (:...severities)', { severities: f.severity });
  if (f.channel?.length) query.andWhere('complaint.channel IN (:...channels)', { channels: f.channel });
  if (f.open === true || f.overdue === true) query.andWhere('complaint.closedAt IS NULL');
  if (f.open === false) query.andWhere('complaint.closedAt IS NOT NULL');
  if (f.overdue === true) query.andWhere('complaint.dueAt < :now', { now });
  if (f.overdue === false) query.andWhere('(complaint.closedAt IS NOT NULL OR complaint.dueAt >= :now)', { now });
  if (f.escalated != null) query.andWhere('complaint.escalationLevel >= :level', { level: f.escalated });
  const receivedAtFrom = f.receivedAtFrom ?? f.receivedFrom;
  const receivedAtTo = f.receivedAtTo ?? f.receivedTo;
  if (receivedAtFrom) query.andWhere('complaint.receivedAt >= :receivedAtFrom', { receivedAtFrom });
  if (receivedAtTo) query.andWhere('complaint.receivedAt < :receivedAtTo', { receivedAtTo });
  if (f.closedAtFrom) query.andWhere('complaint.closedAt >= :closedAtFrom', { closedAtFrom: f.closedAtFrom });
  if (f.closedAtTo) query.andWhere('complaint.closedAt < :closedAtTo', { closedAtTo: f.closedAtTo });
}

/** `projection`: only the columns a GraphQL selection needs (graphql/projection.ts); null, every column. */
/** One complaint; with a projection, its customer and owner may be read in the same statement (`joined`, as the list's). */
export async function getComplaint(ctx: ComplaintContext, id: string, projection: Projection | null = null, joined: JoinedRows = {}): Promise<ComplaintWithJoined | null> {
  assertCan(ctx.viewer, 'complaint', 'show');
  const joins = projection ? joinsOf(joined) : [];
  if (!joins.length) return ctx.dataSource.getRepository(Complaint).findOne({ where: { id }, select: findSelect(projection) });
  const query = ctx.dataSource.getRepository(Complaint).createQueryBuilder('complaint').select(projection?.map((column) => `complaint.${column}`) ?? []).where('complaint.id = :id', { id });
  for (const join of joins) joinToOne(query, 'complaint', join);
  const [complaint] = await getEntities(query);
  return complaint ?? null;
}

export async function findComplaint(manager: EntityManager, id: string): Promise<Complaint> {
  const complaint = await manager.findOneBy(Complaint, { id });
  if (!complaint) throw notFound('Complaint', id);
  return complaint;
}

/** 受理: whoever registers the complaint owns it to the end (首问负责); its time limit starts now. */
export async function registerComplaint(ctx: ComplaintContext, input: CreateComplaintInput): Promise<Complaint> {
  assertCan(ctx.viewer, 'complaint', 'create');
  const now = ctx.clock.now();
  const draft = normalizeRegistration(input);
  assertValid(validateComplaintRegistration(draft, now));
  const manager = ctx.dataSource.manager;
  const { customer, category, rulesStamp } = await checkReferences(manager, draft);
  const receivedAt = draft.receivedAt ?? now;
  // Received now: the request's rules, which the answer's slaState reads too; backdated: those around its day.
  const { policy, calendar } = await (draft.receivedAt ? readSlaRules(manager, ctx.timeZone, receivedAt) : ctx.slaRules(rulesStamp));
  const complaint = Object.assign(new Complaint(), {
    ...newRecord(now),
    number: '', // taken from the day's counter in the transaction below
    customerId: customer.id,
    contactId: draft.contactId ?? null,
    contractId: draft.contractId ?? null,
    channel: draft.channel,
    receivedAt,
    recordedById: ctx.viewer.id,
    ownerId: ctx.viewer.id,
    categoryId: category.id,
    severity: draft.severity,
    emotion: draft.emotion,
    description: draft.description,
    customerRequest: draft.customerRequest,
    productName: draft.productName ?? null,
    productSpec: draft.productSpec ?? null,
    productionDate: draft.productionDate ?? null,
    batchNumber: draft.batchNumber ?? null,
    usedAt: draft.usedAt ?? null,
    status: 'RECEIVED',
    priority: 'NORMAL',
    urgeCount: 0,
    lastUrgedAt: null,
    departments: [],
    assessmentNote: null,
    currentProposalId: null,
    slaStartAt: receivedAt,
    slaCycle: 0,
    dueAt: complaintDueAt(receivedAt, { severity: draft.severity, tier: customer.tier, categoryDueHours: category.dueHours }, policy, calendar),
    escalationLevel: 0,
    escalatedAt: null,
    closedAt: null,
  } as Complaint);
  await ctx.dataSource.transaction(async (tx) => {
    complaint.number = await takeComplaintNumber(tx, now, ctx.timeZone);
    // Every column is set above: no read-back of the defaults (TypeORM's on SQLite, where MariaDB has INSERT … RETURNING).
    await tx.createQueryBuilder().insert().into(Complaint).values(complaint).updateEntity(false).execute();
    await addTimelineEntry(tx, { complaintId: complaint.id, at: now, actorId: ctx.viewer.id, step: 'register', note: complaint.description.slice(0, 200) });
    await recordAction(tx, auditTarget(ctx, 'complaint', complaint.id, now), 'CREATE', { newValue: complaint.description.slice(0, 200) });
  });
  return complaint;
}

type Registration = Required<Pick<Complaint, 'channel' | 'severity' | 'emotion' | 'description' | 'customerRequest'>> &
  Omit<ComplaintRegistrationDraft, 'channel' | 'severity' | 'emotion' | 'description' | 'customerRequest'>;

function normalizeRegistration(input: CreateComplaintInput): Registration {
  return {
    customerId: optionalText(input.customerId),
    contactId: optionalText(input.contactId),
    contractId: optionalText(input.contractId),
    channel: input.channel as Complaint['channel'],
    receivedAt: input.receivedAt ?? null,
    categoryId: optionalText(input.categoryId),
    severity: input.severity as Complaint['severity'],
    emotion: input.emotion as Complaint['emotion'],
    description: optionalText(input.description) as string,
    customerRequest: optionalText(input.customerRequest) as string,
    productName: optionalText(input.productName),
    productSpec: optionalText(input.productSpec),
    productionDate: optionalText(input.productionDate),
    batchNumber: optionalText(input.batchNumber),
    usedAt: optionalText(input.usedAt),
  };
}

interface References {
  customer: Pick<Customer, 'id' | 'tier'>;
  category: Pick<ComplaintCategory, 'id' | 'dueHours'>;
  rulesStamp: RulesStamp;
}

/**
 * The customer and an active category must exist; a contact or contract must be the customer's. The
 * customer, the category and the deadline rules' stamp are one statement (a LEFT JOIN each, so a
 * missing one is a NULL, not a missing row).
 */
async function checkReferences(manager: EntityManager, draft: Registration): Promise<References> {
  const [[row], contact, contract] = await Promise.all([
    manager.query(
      `SELECT cu.id AS customerId, cu.tier AS customerTier, cu.archived_at AS customerArchivedAt, cat.id AS categoryId, cat.active AS categoryActive, cat.due_hours AS categoryDueHours, ${RULES_STAMP_COLUMNS}
       FROM (SELECT 1 AS one) one LEFT JOIN customer cu ON cu.id = ? LEFT JOIN complaint_category cat ON cat.id = ?`,
      [draft.customerId ?? null, draft.categoryId ?? null],
    ) as Promise<Array<Record<string, unknown>>>,
    draft.contactId ? manager.findOne(Contact, { where: { id: draft.contactId }, select: { id: true, customerId: true } }) : null,
    draft.contractId ? contractCustomerId(manager, draft.contractId) : undefined,
  ]);
  const violations: Violation[] = [];
  if (row.customerId == null || row.customerArchivedAt != null) violations.push({ rule: 'notFound', field: 'customerId' });
  if (row.categoryId == null) violations.push({ rule: 'notFound', field: 'categoryId' });
  else if (!Number(row.categoryActive)) violations.push({ rule: 'categoryInactive', field: 'categoryId' });
  if (draft.contactId && contact?.customerId !== draft.customerId) violations.push({ rule: contact ? 'notOfCustomer' : 'notFound', field: 'contactId' });
  if (draft.contractId && contract !== draft.customerId) violations.push({ rule: contract ? 'notOfCustomer' : 'notFound', field: 'contractId' });
  if (violations.length) throw badUserInput(violations);
  return {
    customer: { id: row.customerId as string, tier: row.customerTier as Customer['tier'] },
    category: { id: row.categoryId as string, dueHours: row.categoryDueHours == null ? null : Number(row.categoryDueHours) },
    rulesStamp: rulesStampOf(row),
  };
}

/** Read by table name: contracts are another module's, and only their customer matters here. */
async function contractCustomerId(manager: EntityManager, contractId: string): Promise<string | null> {
  const rows: Array<{ customer_id: string }> = await manager.query('SELECT customer_id FROM contract WHERE id = ?', [contractId]);
  return rows[0]?.customer_id ?? null;
}
