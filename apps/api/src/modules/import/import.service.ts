import { importJobActions, type ImportKind, type ImportRowStatus } from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { badUserInput, invalidTransition, notFound } from '../../shared/errors';
import { containsPattern } from '../../shared/like';
import { newRecord } from '../../shared/new-record';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordFieldChanges } from '../audit';
import type { ContractContext } from '../contract';
import { mapHeaders, rowValues } from './import-columns';
import { checkContractRows } from './import-contracts';
import { checkCustomerRows } from './import-customers';
import { readImportFile } from './import-file';
import { ImportJob, ImportJobRow } from './import-job.entity';
import { BATCH_SIZE, batchesOf, type CheckedRow } from './import-rows';
import { type ImportBatchScope, writeContractBatch, writeCustomerBatch } from './import-write';
import type { ImportJobFilter, ImportJobSort, ImportJobSortField } from './import.inputs';

export type ImportContext = ContractContext;

const SORT_COLUMNS: Record<ImportJobSortField, SortColumn<ImportJob>> = {
  CREATED_AT: { sql: 'job.createdAt', read: (j) => j.createdAt, isDate: true },
  UPDATED_AT: { sql: 'job.updatedAt', read: (j) => j.updatedAt, isDate: true },
};

const RESOURCE_OF = { CUSTOMERS: 'customer', CONTRACTS: 'contract' } as const;

/** Importing needs the import right and the right to create what the file holds. */
function assertMayImport(ctx: ImportContext, kind: ImportKind, action: 'create' | 'edit'): void {
  assertCan(ctx.viewer, 'importJob', action);
  assertCan(ctx.viewer, RESOURCE_OF[kind], 'create');
}

/**
 * 试导入 (dry run): the file read, every row checked with the domain's rules and for duplicates, the
 * job and its rows stored; nothing else is written. A file that cannot be read as a table of the
 * kind's columns is BAD_USER_INPUT and writes nothing.
 */
export async function dryRunImport(ctx: ImportContext, kind: ImportKind, fileName: string, bytes: Buffer): Promise<ImportJob> {
  assertMayImport(ctx, kind, 'create');
  const name = fileName.trim().slice(0, 255);
  if (!name) throw badUserInput([{ rule: 'required', field: 'fileName' }]);
  const table = await readImportFile(bytes);
  const fields = mapHeaders(kind, table.headers);
  const rows = table.rows.map((cells, i) => ({ rowNumber: i + 2, values: rowValues(fields, cells) }));
  const manager = ctx.dataSource.manager;
  const checked = kind === 'CUSTOMERS' ? await checkCustomerRows(manager, rows) : await checkContractRows(ctx, manager, rows);
  const count = (status: ImportRowStatus) => checked.filter((row) => row.status === status).length;
  const now = ctx.clock.now();
  const job = Object.assign(new ImportJob(), {
    ...newRecord(now),
    kind,
    status: 'DRY_RUN' as const,
    fileName: name,
    totalRows: checked.length,
    validCount: count('VALID'),
    invalidCount: count('INVALID'),
    duplicateCount: count('DUPLICATE'),
    importedCount: 0,
    createdById: ctx.viewer.id,
    finishedAt: null,
  } satisfies ImportJob);
  await ctx.dataSource.transaction(async (tx) => {
    await tx.insert(ImportJob, job);
    for (const batch of batchesOf(checked)) await tx.createQueryBuilder().insert().into(ImportJobRow).values(batch.map((row) => rowRecord(job.id, row))).updateEntity(false).execute();
    await recordAction(tx, auditTarget(ctx, 'importJob', job.id, now), 'CREATE', { newValue: name });
  });
  return job;
}

function rowRecord(jobId: string, row: CheckedRow): ImportJobRow {
  return Object.assign(new ImportJobRow(), { jobId, rowNumber: row.rowNumber, status: row.status, errors: row.errors, values: row.values, matchId: row.matchId, matchRow: row.matchRow, createdId: null });
}

/**
 * 导入有效行: the valid rows not yet imported, BATCH_SIZE per transaction, each batch writing its
 * records, their audit rows (naming the job) and the rows' new status and the job's progress together.
 * Run again after a failure it goes on where it stopped: imported rows are never imported twice.
 */
export async function runImport(ctx: ImportContext, id: string, version: number): Promise<ImportJob> {
  const current = await findJob(ctx.dataSource.manager, id);
  assertMayImport(ctx, current.kind, 'edit');
  assertStep(current, 'RUN');
  const startedAt = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, ImportJob, 'ImportJob', id, version, { status: 'IMPORTING' }, startedAt);
    await recordStatus(ctx, tx, current, 'IMPORTING', startedAt);
  });
  const write = current.kind === 'CUSTOMERS' ? writeCustomerBatch : writeContractBatch;
  try {
    for (;;) {
      const batch = await ctx.dataSource.getRepository(ImportJobRow).find({ where: { jobId: id, status: 'VALID' }, order: { rowNumber: 'ASC' }, take: BATCH_SIZE });
      if (batch.length === 0) break;
      const now = ctx.clock.now();
      const stillRunning = await ctx.dataSource.transaction(async (tx) => {
        // A cancel between two batches stops the run; the batch is not written.
        const job = await tx.findOne(ImportJob, { where: { id }, select: { id: true, status: true } });
        if (job?.status !== 'IMPORTING') return false;
        const scope: ImportBatchScope = { ctx, manager: tx, jobId: id, now };
        const created = await write(scope, batch);
        await markImported(tx, batch, created);
        await tx.createQueryBuilder().update(ImportJob).set({ importedCount: () => `imported_count + ${created.size}`, updatedAt: now }).where('id = :id', { id }).execute();
        return true;
      });
      if (!stillRunning) return findJob(ctx.dataSource.manager, id);
    }
  } catch (error) {
    await finish(ctx, id, version + 1, 'FAILED');
    throw error;
  }
  await finish(ctx, id, version + 1, 'DONE');
  return findJob(ctx.dataSource.manager, id);
}

/** A batch's rows rewritten with their new status and record: two statements, whatever the batch size. */
async function markImported(tx: EntityManager, batch: ImportJobRow[], created: Map<number, string>): Promise<void> {
  const rows = batch.map((row) => Object.assign(new ImportJobRow(), row, { status: 'IMPORTED', createdId: created.get(row.rowNumber) ?? null }));
  await tx.delete(ImportJobRow, { jobId: batch[0].jobId, rowNumber: In(batch.map((row) => row.rowNumber)) });
  await tx.createQueryBuilder().insert().into(ImportJobRow).values(rows).updateEntity(false).execute();
}

async function finish(ctx: ImportContext, id: string, version: number, status: 'DONE' | 'FAILED'): Promise<void> {
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    const current = await findJob(tx, id);
    if (current.status !== 'IMPORTING') return;
    await updateVersioned(tx, ImportJob, 'ImportJob', id, version, { status, finishedAt: now }, now);
    await recordStatus(ctx, tx, current, status, now);
  });
}

/** 取消导入: the rows not imported stay so (SKIPPED); what was imported stays imported. */
export async function cancelImport(ctx: ImportContext, id: string, version: number): Promise<ImportJob> {
  const current = await findJob(ctx.dataSource.manager, id);
  assertMayImport(ctx, current.kind, 'edit');
  assertStep(current, 'CANCEL');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, ImportJob, 'ImportJob', id, version, { status: 'CANCELLED', finishedAt: now }, now);
    await tx.update(ImportJobRow, { jobId: id, status: 'VALID' }, { status: 'SKIPPED' });
    await recordStatus(ctx, tx, current, 'CANCELLED', now);
  });
  return findJob(ctx.dataSource.manager, id);
}

function assertStep(job: ImportJob, step: 'RUN' | 'CANCEL'): void {
  const allowed = importJobActions(job.status);
  if (!allowed.includes(step)) throw invalidTransition(job.status, step, allowed);
}

async function recordStatus(ctx: ImportContext, tx: EntityManager, job: ImportJob, status: string, at: Date): Promise<void> {
  await recordFieldChanges(tx, [{ ...auditTarget(ctx, 'importJob', job.id, at), field: 'status', oldValue: job.status, newValue: status }]);
}

async function findJob(manager: EntityManager, id: string): Promise<ImportJob> {
  const job = await manager.findOneBy(ImportJob, { id });
  if (!job) throw notFound('ImportJob', id);
  return job;
}

export async function listImportJobs(ctx: ImportContext, filter: ImportJobFilter | null | undefined, sort: ImportJobSort[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ImportJob>> {
  assertCan(ctx.viewer, 'importJob', 'list');
  const query = ctx.dataSource.getRepository(ImportJob).createQueryBuilder('job');
  if (filter?.q?.trim()) query.andWhere("job.fileName LIKE :q ESCAPE '!'", { q: containsPattern(filter.q.trim()) });
  whereIds(query, 'job', filter?.ids);
  if (filter?.kind?.length) query.andWhere('job.kind IN (:...kinds)', { kinds: filter.kind });
  if (filter?.status?.length) query.andWhere('job.status IN (:...statuses)', { statuses: filter.status });
  if (filter?.mine) query.andWhere('job.createdById = :viewerId', { viewerId: ctx.viewer.id });
  return paginate({ query, alias: 'job', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'CREATED_AT', direction: SortDirection.DESC }], page });
}

export async function getImportJob(ctx: ImportContext, id: string): Promise<ImportJob | null> {
  assertCan(ctx.viewer, 'importJob', 'show');
  return ctx.dataSource.getRepository(ImportJob).findOneBy({ id });
}

/** A job's rows in file order, by offset (a file is read top to bottom), optionally of some statuses. */
export async function listImportJobRows(ctx: ImportContext, jobId: string, statuses: ImportRowStatus[] | null | undefined, page: PageInput | null | undefined): Promise<PageResult<ImportJobRow>> {
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  const offset = page?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw badUserInput([{ rule: 'outOfRange', field: 'page.limit', params: { min: 1, max: MAX_PAGE_SIZE } }]);
  if (!Number.isInteger(offset) || offset < 0) throw badUserInput([{ rule: 'outOfRange', field: 'page.offset', params: { min: 0, max: 1_000_000 } }]);
  const query = ctx.dataSource.getRepository(ImportJobRow).createQueryBuilder('r').where('r.jobId = :jobId', { jobId });
  if (statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses });
  const countQuery = query.clone();
  const items = await query.orderBy('r.rowNumber', 'ASC').offset(offset).limit(limit + 1).getMany();
  return {
    items: items.slice(0, limit),
    pageInfo: { hasNextPage: items.length > limit, hasPreviousPage: offset > 0, startCursor: null, endCursor: null },
    countTotal: async () => ({ total: await countQuery.getCount(), isEstimate: false }),
  };
}
