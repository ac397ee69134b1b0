import { normalizeMoney } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { newId } from '../../shared/ids';
import { newRecord } from '../../shared/new-record';
import { AuditEntry } from '../audit';
import { Contact } from '../contact';
import { Contract, type ContractContext, insertContract } from '../contract';
import { buildSearchText, Customer, CustomerTag, gramsOf, refreshSearchText } from '../customer';
import { contractDraft } from './import-contracts';
import { customerDraft } from './import-customers';
import { ImportJobRow } from './import-job.entity';

/** Who imports, the job and the time: every record written carries them into its audit row. */
export interface ImportBatchScope {
  ctx: ContractContext;
  manager: EntityManager;
  jobId: string;
  now: Date;
}

/** A created record's audit row names the job it came from (field `importJob`), so the trail leads back to the file. */
function auditRow(scope: ImportBatchScope, entity: string, entityId: string) {
  return { id: newId(scope.now.getTime()), entity, entityId, actorId: scope.ctx.viewer.id, at: scope.now, action: 'CREATE' as const, field: 'importJob', oldValue: null, newValue: scope.jobId };
}

/**
 * One batch of valid customer rows in the caller's transaction, in a handful of statements: the
 * customers, their search grams, tags and contacts, and the audit rows, each one multi-row INSERT.
 * A row adding a contact to an earlier row's customer finds it in this batch or among imported rows.
 * Answers the id each row created (a contact row: its customer's).
 */
export async function writeCustomerBatch(scope: ImportBatchScope, rows: ImportJobRow[]): Promise<Map<number, string>> {
  const { ctx, manager, now } = scope;
  const created = new Map<number, string>();
  const earlierLeaders = rows.filter((r) => r.matchRow !== null).map((r) => r.matchRow as number);
  if (earlierLeaders.length) {
    const done = await manager.find(ImportJobRow, { where: { jobId: scope.jobId, rowNumber: In(earlierLeaders) }, select: { rowNumber: true, createdId: true } });
    for (const row of done) if (row.createdId) created.set(row.rowNumber, row.createdId);
  }
  const customers: Customer[] = [];
  const contacts: Contact[] = [];
  const ownerId = ctx.viewer.role === 'AGENT' ? ctx.viewer.id : null;
  for (const row of rows) {
    const draft = customerDraft(row.values);
    const customerId = row.matchRow !== null ? created.get(row.matchRow) : newId(now.getTime());
    if (!customerId) continue;
    if (row.matchRow === null) {
      customers.push(
        Object.assign(new Customer(), {
          ...newRecord(now),
          id: customerId,
          kind: draft.kind as Customer['kind'],
          name: draft.name,
          company: draft.company ?? null,
          phone: draft.phone ?? null,
          email: draft.email ?? null,
          address: draft.address ?? null,
          source: (draft.source ?? null) as Customer['source'],
          industry: draft.industry ?? null,
          tier: (draft.tier ?? 'C') as Customer['tier'],
          lifecycle: (draft.lifecycle ?? 'PROSPECT') as Customer['lifecycle'],
          tags: [...new Set(draft.tags ?? [])],
          notes: draft.notes ?? null,
          ownerId,
          doNotCall: false,
          callNotBeforeMinute: null,
          callNotAfterMinute: null,
          archivedAt: null,
          searchText: '',
        }),
      );
    }
    if (draft.contact) {
      contacts.push(
        Object.assign(new Contact(), {
          ...newRecord(now),
          customerId,
          name: draft.contact.name ?? '',
          position: draft.contact.position ?? null,
          phone: draft.contact.phone ?? null,
          email: draft.contact.email ?? null,
          // The first contact of a customer in the file is its main contact.
          isPrimary: row.matchRow === null,
          archivedAt: null,
        }),
      );
    }
    created.set(row.rowNumber, customerId);
  }
  const newIds = new Set(customers.map((c) => c.id));
  for (const customer of customers) customer.searchText = buildSearchText(customer, contacts.filter((c) => c.customerId === customer.id));
  if (customers.length) await manager.createQueryBuilder().insert().into(Customer).values(customers).updateEntity(false).execute();
  await insertGramsFast(manager, customers);
  const tags = customers.flatMap((c) => c.tags.map((tag) => ({ customerId: c.id, tag, createdAt: now })));
  if (tags.length) await manager.insert(CustomerTag, tags);
  if (contacts.length) await manager.createQueryBuilder().insert().into(Contact).values(contacts).updateEntity(false).execute();
  // A contact added to a customer of an earlier batch: that customer's search text learns its name and phone.
  for (const customerId of new Set(contacts.map((c) => c.customerId).filter((id) => !newIds.has(id)))) await refreshSearchText(manager, customerId);
  const audit = [...customers.map((c) => auditRow(scope, 'customer', c.id)), ...contacts.map((c) => auditRow(scope, 'contact', c.id))];
  if (audit.length) await manager.insert(AuditEntry, audit);
  return new Map(rows.filter((r) => created.has(r.rowNumber)).map((r) => [r.rowNumber, created.get(r.rowNumber) as string]));
}

/** One batch of valid contract rows: each through createContract's own insert (owner history, audit row), plus the row naming the job. */
export async function writeContractBatch(scope: ImportBatchScope, rows: ImportJobRow[]): Promise<Map<number, string>> {
  const { ctx, manager, now } = scope;
  const created = new Map<number, string>();
  for (const row of rows) {
    const draft = contractDraft(row.values);
    const contract = Object.assign(new Contract(), {
      ...newRecord(now),
      number: draft.number,
      title: draft.title,
      customerId: row.values.customerId,
      scope: draft.scope ?? null,
      startDate: draft.startDate as string,
      endDate: draft.endDate as string,
      warrantyEndDate: draft.warrantyEndDate ?? null,
      amount: normalizeMoney(draft.amount ?? '0'),
      confidential: draft.confidential ?? false,
      confidentialityText: draft.confidentialityText ?? null,
      storedStatus: 'DRAFT' as const,
      ownerId: row.values.ownerId,
      terminationReason: null,
      renewedFromId: null,
      renewedToId: null,
      archivedAt: null,
    } satisfies Contract);
    await insertContract(ctx, contract, now, manager);
    created.set(row.rowNumber, contract.id);
  }
  if (created.size) await manager.insert(AuditEntry, [...created.values()].map((id) => auditRow(scope, 'contract', id)));
  return created;
}

/** Rows of gram pairs per statement: 2,000 parameters, within SQLite's limit. */
const GRAMS_PER_STATEMENT = 1000;

/**
 * The search grams of a batch of new customers (about 35 each), as customer-search's insertGrams
 * writes them but in plain multi-row INSERTs: TypeORM's insert builder spends more time building
 * 17,000 rows than the database spends storing them.
 */
async function insertGramsFast(manager: EntityManager, customers: Array<Pick<Customer, 'id' | 'searchText'>>): Promise<void> {
  const rows = customers.flatMap((c) => gramsOf(c.searchText).map((gram) => [gram, c.id]));
  const table = manager.connection.driver.escape('customer_search_gram');
  const columns = ['gram', 'customer_id'].map((c) => manager.connection.driver.escape(c)).join(', ');
  for (let start = 0; start < rows.length; start += GRAMS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + GRAMS_PER_STATEMENT);
    await manager.query(`INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }
}
