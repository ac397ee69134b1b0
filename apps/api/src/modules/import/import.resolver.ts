import { type ImportJobAction, importJobActions, type ImportRowStatus } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Contract, contractLoaders } from '../contract';
import { Customer, customerLoaders } from '../customer';
import { Staff, staffLoaders } from '../staff';
import { ImportJob, ImportJobRow } from './import-job.entity';
import { ImportJobActionEnum, ImportRowStatusEnum } from './import.enums';
import { ImportJobFilter, ImportJobSort } from './import.inputs';
import { cancelImport, getImportJob, type ImportContext, listImportJobRows, listImportJobs, runImport } from './import.service';
import { ImportJobRowPage, ImportRowError, ImportRowValue } from './import.types';

const ImportJobPage = PageType(ImportJob, 'ImportJob');
const importContext = (ctx: Context): ImportContext => ({ ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone });

@Resolver(() => ImportJob)
export class ImportJobResolver {
  @Authorized('importJob:list')
  @Query(() => ImportJobPage, { description: '批量导入: the import jobs, newest first (the upload is POST /api/imports, which answers the dry run)' })
  async importJobs(
    @Ctx() ctx: Context,
    @Arg('filter', () => ImportJobFilter, { nullable: true, description: 'Which jobs' }) filter?: ImportJobFilter,
    @Arg('sort', () => [ImportJobSort], { nullable: true, description: 'Order (default: newest first)' }) sort?: ImportJobSort[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return ImportJobPage.of(await listImportJobs(importContext(ctx), filter, sort, page));
  }

  @Authorized('importJob:show')
  @Query(() => ImportJob, { nullable: true, description: 'One import job by id; null when it does not exist' })
  importJob(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string): Promise<ImportJob | null> {
    return getImportJob(importContext(ctx), id);
  }

  @Authorized('importJob:edit')
  @Mutation(() => ImportJob, {
    description: '导入有效行: imports the valid rows not yet imported, 500 per transaction, and answers the job DONE (FAILED if a batch failed: run it again to go on)',
  })
  runImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string, @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number): Promise<ImportJob> {
    return runImport(importContext(ctx), id, version);
  }

  @Authorized('importJob:edit')
  @Mutation(() => ImportJob, { description: '取消导入: rows not imported yet are SKIPPED; an import under way stops after its batch' })
  cancelImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier' }) id: string, @Arg('version', () => Int, { description: 'The version the change is based on' }) version: number): Promise<ImportJob> {
    return cancelImport(importContext(ctx), id, version);
  }

  @FieldResolver(() => ImportJobRowPage, { description: 'The rows in file order, optionally of some statuses (offset paging)' })
  async rows(
    @Root() job: ImportJob,
    @Ctx() ctx: Context,
    @Arg('status', () => [ImportRowStatusEnum], { nullable: true, description: 'Only rows in one of these statuses' }) status?: ImportRowStatus[],
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page' }) page?: PageInput,
  ) {
    return ImportJobRowPage.of(await listImportJobRows(importContext(ctx), job.id, status, page));
  }

  @FieldResolver(() => [ImportJobActionEnum], { description: 'The steps the viewer may take now (runImport, cancelImport)' })
  availableActions(@Root() job: ImportJob): ImportJobAction[] {
    return importJobActions(job.status);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who uploaded the file' })
  createdBy(@Root() job: ImportJob, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffLoaders(ctx).staffById.load(job.createdById);
  }
}

@Resolver(() => ImportJobRow)
export class ImportJobRowResolver {
  @FieldResolver(() => [ImportRowError], { description: 'Why the row is INVALID or DUPLICATE; the labels are the domain’s validation messages' })
  errors(@Root() row: ImportJobRow): ImportRowError[] {
    return row.errors.map((e) => ({ path: e.path, code: e.code, params: e.params ? JSON.stringify(e.params) : null }));
  }

  @FieldResolver(() => [ImportRowValue], { description: 'The cells read, by field' })
  values(@Root() row: ImportJobRow): ImportRowValue[] {
    return Object.entries(row.values)
      .filter(([field]) => field !== 'customerId' && field !== 'ownerId')
      .map(([field, value]) => ({ field, value }));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the row created (a contact row: the customer it was added to); for a contract, its customer' })
  customer(@Root() row: ImportJobRow, @Ctx() ctx: Context): Promise<Customer | null> | null {
    const id = row.values.customerId ?? (row.values.number === undefined ? row.createdId : null);
    return id ? customerLoaders(ctx).customerById.load(id) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract the row created' })
  contract(@Root() row: ImportJobRow, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return row.createdId && row.values.customerId ? contractLoaders(ctx).contractById.load(row.createdId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'A duplicate of a customer file: the existing customer it matches' })
  duplicateOfCustomer(@Root() row: ImportJobRow, @Ctx() ctx: Context): Promise<Customer | null> | null {
    return row.matchId && row.values.number === undefined ? customerLoaders(ctx).customerById.load(row.matchId) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'A duplicate of a contract file: the existing contract with its number' })
  duplicateOfContract(@Root() row: ImportJobRow, @Ctx() ctx: Context): Promise<Contract | null> | null {
    return row.matchId && row.values.number !== undefined ? contractLoaders(ctx).contractById.load(row.matchId) : null;
  }
}
