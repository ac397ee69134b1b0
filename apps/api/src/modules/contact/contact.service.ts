import { PII_FIELDS, validateContact } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { assertValid, badUserInput, notFound } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { containsPattern } from '../../shared/like';
import { optionalText, presentKeys, trimmedText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Customer, refreshSearchText } from '../customer';
import { Contact } from './contact.entity';
import { type ContactFilter, type ContactSort, type ContactSortField, type CreateContactInput, type UpdateContactInput } from './contact.inputs';

const SORT_COLUMNS: Record<ContactSortField, SortColumn<Contact>> = {
  NAME: { sql: 'contact.name', read: (c) => c.name },
  CREATED_AT: { sql: 'contact.createdAt', read: (c) => c.createdAt, isDate: true },
};
const EDITABLE_FIELDS = ['name', 'position', 'phone', 'email', 'isPrimary'] as const;
const PII = PII_FIELDS.contact ?? [];

export async function listContacts(ctx: ServiceContext, filter: ContactFilter | null | undefined, sort: ContactSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<Contact>> {
  assertCan(ctx.viewer, 'contact', 'list');
  const query = ctx.dataSource.getRepository(Contact).createQueryBuilder('contact').where('contact.archivedAt IS NULL');
  if (filter?.q?.trim()) query.andWhere("contact.name LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'contact', filter?.ids);
  if (filter?.customerId) query.andWhere('contact.customerId = :customerId', { customerId: filter.customerId });
  return paginate({ query, alias: 'contact', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'NAME', direction: SortDirection.ASC }], page });
}

export async function getContact(ctx: ServiceContext, id: string): Promise<Contact | null> {
  assertCan(ctx.viewer, 'contact', 'show');
  return ctx.dataSource.getRepository(Contact).findOneBy({ id, archivedAt: IsNull() });
}

export async function createContact(ctx: ServiceContext, input: CreateContactInput): Promise<Contact> {
  const customer = await ctx.dataSource.manager.findOneBy(Customer, { id: input.customerId, archivedAt: IsNull() });
  if (!customer) throw badUserInput([{ rule: 'notFound', field: 'customerId' }]);
  assertCan(ctx.viewer, 'contact', 'create', { isOwner: customer.ownerId === ctx.viewer.id });
  const draft = { name: trimmedText(input.name) ?? '', position: optionalText(input.position), phone: optionalText(input.phone), email: optionalText(input.email) };
  assertValid(validateContact(draft, 'create'));
  const now = ctx.clock.now();
  const contact = Object.assign(new Contact(), {
    ...newRecord(now),
    customerId: customer.id,
    name: draft.name,
    position: draft.position ?? null,
    phone: draft.phone ?? null,
    email: draft.email ?? null,
    isPrimary: input.isPrimary ?? false,
    archivedAt: null,
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(Contact, contact);
    await refreshSearchText(manager, customer.id);
    await recordAction(manager, auditTarget(ctx, 'contact', contact.id, now), 'CREATE', { newValue: contact.name });
  });
  // The customer read for the permission check also serves the answer (its owner decides the masking).
  return Object.assign(contact, { customer });
}

export async function updateContact(ctx: ServiceContext, id: string, version: number, input: UpdateContactInput): Promise<Contact> {
  const { current, customer } = await findWithCustomer(ctx.dataSource.manager, id);
  assertCan(ctx.viewer, 'contact', 'edit', { isOwner: customer.ownerId === ctx.viewer.id });
  const draft = {
    name: trimmedText(input.name),
    position: optionalText(input.position),
    phone: optionalText(input.phone),
    email: optionalText(input.email),
    isPrimary: input.isPrimary ?? undefined,
  };
  assertValid(validateContact(draft, 'update'));
  const fields = presentKeys(draft).filter((f) => (EDITABLE_FIELDS as readonly string[]).includes(f)) as Array<(typeof EDITABLE_FIELDS)[number]>;
  const changes = Object.fromEntries(fields.map((f) => [f, draft[f]])) as Partial<Contact>;
  const next = { ...current, ...changes } as Contact;
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await updateVersioned(manager, Contact, 'Contact', id, version, changes, now);
    if (fields.includes('name') || fields.includes('phone')) await refreshSearchText(manager, customer.id);
    await recordChanges(manager, auditTarget(ctx, 'contact', id, now), current, next, fields, { piiFields: PII });
  });
  const updated = await findWithCustomer(ctx.dataSource.manager, id);
  return Object.assign(updated.current, { customer: updated.customer });
}

export async function archiveContact(ctx: ServiceContext, id: string, version: number): Promise<boolean> {
  const { customer } = await findWithCustomer(ctx.dataSource.manager, id);
  assertCan(ctx.viewer, 'contact', 'delete', { isOwner: customer.ownerId === ctx.viewer.id });
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await updateVersioned(manager, Contact, 'Contact', id, version, { archivedAt: now }, now);
    await refreshSearchText(manager, customer.id);
    await recordAction(manager, auditTarget(ctx, 'contact', id, now), 'ARCHIVE');
  });
  return true;
}

async function findWithCustomer(manager: EntityManager, id: string): Promise<{ current: Contact; customer: Customer }> {
  const current = await manager.findOneBy(Contact, { id, archivedAt: IsNull() });
  const customer = current && (await manager.findOneBy(Customer, { id: current.customerId }));
  if (!current || !customer) throw notFound('Contact', id);
  return { current, customer };
}
