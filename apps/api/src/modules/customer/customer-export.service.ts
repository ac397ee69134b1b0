import { domainMessages } from '@sanxin/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { assertCan } from '../../shared/viewer';
import { newId } from '../../shared/ids';
import type { ServiceContext } from '../../shared/service-context';
import { recordSecurityEvent } from '../security';
import { auditTarget, recordAction } from '../audit';
import { Staff } from '../staff';
import { Customer } from './customer.entity';
import type { CustomerFilter } from './customer.inputs';
import { viewPii } from './customer-pii';
import { applyFilter } from './customer.service';

export const EXPORT_ROW_LIMIT = 10_000;

@ObjectType()
export class CsvExport {
  @Field(() => String)
  filename: string;

  @Field(() => String, { description: 'UTF-8 with BOM so Excel opens Chinese text correctly' })
  csv: string;

  @Field(() => Int)
  rowCount: number;
}

/** A spreadsheet is read by people: values as the console labels them (zh-CN), owners by name. */
const LABELS = domainMessages['zh-CN'].enums;
const label = (list: Record<string, string>, code: string | null) => (code == null ? null : (list[code] ?? code));

type Reader = (c: Customer, ctx: ServiceContext, ownerNames: ReadonlyMap<string, string>) => unknown;

const COLUMNS: Array<[string, Reader]> = [
  ['编号 id', (c) => c.id],
  ['名称 name', (c) => c.name],
  ['类型 kind', (c) => label(LABELS.kind, c.kind)],
  ['公司 company', (c) => c.company],
  ['电话 phone', (c, ctx) => viewPii(ctx.viewer, c.ownerId, 'phone', c.phone)],
  ['邮箱 email', (c, ctx) => viewPii(ctx.viewer, c.ownerId, 'email', c.email)],
  ['地址 address', (c, ctx) => viewPii(ctx.viewer, c.ownerId, 'address', c.address)],
  ['分级 tier', (c) => label(LABELS.tier, c.tier)],
  ['状态 lifecycle', (c) => label(LABELS.lifecycle, c.lifecycle)],
  ['行业 industry', (c) => c.industry],
  ['标签 tags', (c) => c.tags.join('|')],
  ['负责人 owner', (c, _ctx, ownerNames) => (c.ownerId ? (ownerNames.get(c.ownerId) ?? c.ownerId) : null)],
  ['更新时间 updatedAt', (c) => c.updatedAt.toISOString()],
];

/** Exports are audited (保密): who exported, when, with which filter and how many rows. */
export async function exportCustomers(ctx: ServiceContext, filter: CustomerFilter | null | undefined): Promise<CsvExport> {
  assertCan(ctx.viewer, 'customer', 'export');
  const query = ctx.dataSource.getRepository(Customer).createQueryBuilder('customer');
  await applyFilter(ctx, query, filter ?? {});
  const customers = await query.orderBy('customer.updatedAt', 'DESC').addOrderBy('customer.id', 'DESC').limit(EXPORT_ROW_LIMIT).getMany();
  const ownerIds = [...new Set(customers.map((c) => c.ownerId).filter((id): id is string => id != null))];
  // One query for every owner's name (not one per row).
  const owners = ownerIds.length ? await ctx.dataSource.getRepository(Staff).find({ where: { id: In(ownerIds) }, select: { id: true, name: true } }) : [];
  const ownerNames = new Map(owners.map((owner) => [owner.id, owner.name]));
  const lines = [COLUMNS.map(([title]) => title), ...customers.map((c) => COLUMNS.map(([, read]) => read(c, ctx, ownerNames)))];
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await recordAction(manager, auditTarget(ctx, 'customerExport', newId(now.getTime()), now), 'EXPORT', {
      field: 'filter',
      newValue: JSON.stringify({ filter: filter ?? {}, rowCount: customers.length }),
    });
    await recordSecurityEvent(manager, { kind: 'EXPORT', outcome: 'SUCCESS', at: now, ip: ctx.ip ?? 'unknown', staffId: ctx.viewer.id, detail: `customers (${customers.length} rows)` });
  });
  return {
    filename: `customers-${now.toISOString().slice(0, 10)}.csv`,
    csv: `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`,
    rowCount: customers.length,
  };
}

function csvCell(value: unknown): string {
  const text = value == null ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in Excel (CSV injection).
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
