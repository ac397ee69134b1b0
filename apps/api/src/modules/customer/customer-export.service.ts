import type { CsvExport } from '../../graphql/csv-export';
import { CSV_LABELS as LABELS, type CsvColumn, csvDocument, csvLabel as label, EXPORT_ROW_LIMIT } from '../../shared/csv';
import { assertCan } from '../../shared/viewer';
import type { ServiceContext } from '../../shared/service-context';
import { recordExport } from '../audit';
import { staffNamesByIds } from '../staff';
import { Customer } from './customer.entity';
import type { CustomerFilter } from './customer.inputs';
import { viewPii } from './customer-pii';
import { applyFilter } from './customer.service';

function columns(ctx: ServiceContext, ownerNames: ReadonlyMap<string, string>): Array<CsvColumn<Customer>> {
  return [
    ['编号 id', (c) => c.id],
    ['名称 name', (c) => c.name],
    ['类型 kind', (c) => label(LABELS.kind, c.kind)],
    ['公司 company', (c) => c.company],
    ['电话 phone', (c) => viewPii(ctx.viewer, c.ownerId, 'phone', c.phone)],
    ['邮箱 email', (c) => viewPii(ctx.viewer, c.ownerId, 'email', c.email)],
    ['地址 address', (c) => viewPii(ctx.viewer, c.ownerId, 'address', c.address)],
    ['分级 tier', (c) => label(LABELS.tier, c.tier)],
    ['状态 lifecycle', (c) => label(LABELS.lifecycle, c.lifecycle)],
    ['行业 industry', (c) => c.industry],
    ['标签 tags', (c) => c.tags.join('|')],
    ['负责人 owner', (c) => (c.ownerId ? (ownerNames.get(c.ownerId) ?? c.ownerId) : null)],
    ['更新时间 updatedAt', (c) => c.updatedAt.toISOString()],
  ];
}

/** Exports are audited (保密): who exported, when, with which filter and how many rows. */
export async function exportCustomers(ctx: ServiceContext, filter: CustomerFilter | null | undefined): Promise<CsvExport> {
  assertCan(ctx.viewer, 'customer', 'export');
  const query = ctx.dataSource.getRepository(Customer).createQueryBuilder('customer');
  await applyFilter(ctx, query, filter ?? {});
  const customers = await query.orderBy('customer.updatedAt', 'DESC').addOrderBy('customer.id', 'DESC').limit(EXPORT_ROW_LIMIT).getMany();
  const ownerNames = await staffNamesByIds(ctx.dataSource, customers.map((c) => c.ownerId));
  const now = ctx.clock.now();
  await recordExport(ctx, 'customer', filter, customers.length, now);
  return {
    filename: `customers-${now.toISOString().slice(0, 10)}.csv`,
    csv: csvDocument(columns(ctx, ownerNames), customers),
    rowCount: customers.length,
  };
}
