import { In } from 'typeorm';
import type { CsvExport } from '../../graphql/csv-export';
import { CSV_LABELS as LABELS, type CsvColumn, csvDocument, csvLabel as label, EXPORT_ROW_LIMIT } from '../../shared/csv';
import { assertCan } from '../../shared/viewer';
import { recordExport } from '../audit';
import { Customer } from '../customer';
import { staffNamesByIds } from '../staff';
import { ComplaintCategory } from './complaint-category.entity';
import type { ComplaintContext } from './complaint-context';
import type { Complaint } from './complaint.entity';
import type { ComplaintFilter, ComplaintSort } from './complaint.inputs';
import { orderedComplaints } from './complaint.service';

interface Names {
  customers: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
  owners: ReadonlyMap<string, string>;
}

/**
 * No column is PII (保密 names phone, email and address; the list shows the customer's name to
 * every role too), so nothing needs masking here; the contact's details are left out on purpose.
 */
function columns(names: Names): Array<CsvColumn<Complaint>> {
  return [
    ['投诉编号 number', (c) => c.number],
    ['客户 customer', (c) => names.customers.get(c.customerId) ?? c.customerId],
    ['类别 category', (c) => names.categories.get(c.categoryId) ?? c.categoryId],
    ['状态 status', (c) => label(LABELS.complaintStatus, c.status)],
    ['严重程度 severity', (c) => label(LABELS.complaintSeverity, c.severity)],
    ['负责人 owner', (c) => names.owners.get(c.ownerId) ?? c.ownerId],
    ['受理时间 receivedAt', (c) => c.receivedAt],
    ['办结时限 dueAt', (c) => c.dueAt],
  ];
}

/** The complaint list as filtered and sorted in the console, as a CSV; audited like every export. */
export async function exportComplaints(ctx: ComplaintContext, filter: ComplaintFilter | null | undefined, sort: ComplaintSort[] | null | undefined): Promise<CsvExport> {
  assertCan(ctx.viewer, 'complaint', 'export');
  const complaints = await orderedComplaints(ctx, filter, sort).limit(EXPORT_ROW_LIMIT).getMany();
  const names = await namesOf(ctx, complaints);
  const now = ctx.clock.now();
  await recordExport(ctx, 'complaint', filter, complaints.length, now);
  return { filename: `complaints-${now.toISOString().slice(0, 10)}.csv`, csv: csvDocument(columns(names), complaints), rowCount: complaints.length };
}

/** One query each for customers, categories and owners (not one per row). */
async function namesOf(ctx: ComplaintContext, complaints: Complaint[]): Promise<Names> {
  const ids = (read: (c: Complaint) => string) => [...new Set(complaints.map(read))];
  const customerIds = ids((c) => c.customerId);
  const categoryIds = ids((c) => c.categoryId);
  const [customers, categories, owners] = await Promise.all([
    customerIds.length ? ctx.dataSource.getRepository(Customer).find({ where: { id: In(customerIds) }, select: { id: true, name: true } }) : [],
    categoryIds.length ? ctx.dataSource.getRepository(ComplaintCategory).find({ where: { id: In(categoryIds) }, select: { id: true, nameZh: true } }) : [],
    staffNamesByIds(ctx.dataSource, complaints.map((c) => c.ownerId)),
  ]);
  return {
    customers: new Map(customers.map((c) => [c.id, c.name])),
    categories: new Map(categories.map((c) => [c.id, c.nameZh])),
    owners,
  };
}
