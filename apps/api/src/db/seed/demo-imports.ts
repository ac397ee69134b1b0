import type { EntityManager } from 'typeorm';
import type { Customer } from '../../modules/customer/customer.entity';
import { ImportJob, ImportJobRow } from '../../modules/import/import-job.entity';
import { newRecord } from '../../shared/new-record';

/**
 * One finished import (批量导入) of last week: three customers of the demo came from a spreadsheet,
 * a fourth row had a bad phone number and a fifth was already on file.
 */
export async function seedDemoImport(manager: EntityManager, now: Date, managerId: string, customers: readonly Customer[]): Promise<void> {
  const at = new Date(now.getTime() - 7 * 24 * 3600_000);
  const [a, b, c, existing] = customers;
  const job = Object.assign(new ImportJob(), {
    ...newRecord(at),
    version: 3,
    kind: 'CUSTOMERS' as const,
    status: 'DONE' as const,
    fileName: '新客户名单-华东区.xlsx',
    totalRows: 5,
    validCount: 3,
    invalidCount: 1,
    duplicateCount: 1,
    importedCount: 3,
    createdById: managerId,
    finishedAt: at,
  });
  const row = (rowNumber: number, values: Record<string, string>, extra: Partial<ImportJobRow>): ImportJobRow =>
    Object.assign(new ImportJobRow(), { jobId: job.id, rowNumber, status: 'IMPORTED', errors: [], values, matchId: null, matchRow: null, createdId: null, ...extra });
  const valuesOf = (customer: Customer) => ({ name: customer.name, ...(customer.company ? { company: customer.company } : {}), ...(customer.phone ? { phone: customer.phone } : {}) });
  await manager.insert(ImportJob, job);
  await manager.insert(ImportJobRow, [
    row(2, valuesOf(a), { createdId: a.id }),
    row(3, valuesOf(b), { createdId: b.id }),
    row(4, valuesOf(c), { createdId: c.id }),
    row(5, { name: '嘉兴禾泰纺织', phone: '0573-12' }, { status: 'INVALID', errors: [{ path: 'phone', code: 'invalidPhone', params: null }] }),
    row(6, valuesOf(existing), { status: 'DUPLICATE', matchId: existing.id, errors: [{ path: 'name', code: 'duplicateExisting', params: null }] }),
  ]);
}
