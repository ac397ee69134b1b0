import type { ImportJobStatus, ImportKind, ImportRowStatus } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { ImportJobStatusEnum, ImportKindEnum, ImportRowStatusEnum } from './import.enums';

/**
 * 批量导入: one uploaded file, checked row by row (the dry run), then its valid rows imported in
 * batches. The counts are kept on the job so a list shows progress without counting rows.
 */
@ObjectType({ description: '批量导入' })
@Entity('import_job')
@Index('idx_import_job_created', ['createdAt', 'id'])
@Index('idx_import_job_status_created', ['status', 'createdAt', 'id'])
@Index('idx_import_job_kind_created', ['kind', 'createdAt', 'id'])
export class ImportJob extends BaseRecord {
  @Field(() => ImportKindEnum, { description: 'What the file holds' })
  @Column({ type: 'varchar', length: 20 })
  kind: ImportKind;

  @Field(() => ImportJobStatusEnum, { description: 'DRY_RUN → IMPORTING → DONE (or FAILED / CANCELLED)' })
  @Column({ type: 'varchar', length: 20 })
  status: ImportJobStatus;

  @Field(() => String, { description: 'The uploaded file’s name' })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field(() => Int, { description: 'Data rows in the file' })
  @Column({ name: 'total_rows', type: 'int' })
  totalRows: number;

  @Field(() => Int, { description: 'Rows that pass every check (imported ones included)' })
  @Column({ name: 'valid_count', type: 'int' })
  validCount: number;

  @Field(() => Int, { description: 'Rows with errors' })
  @Column({ name: 'invalid_count', type: 'int' })
  invalidCount: number;

  @Field(() => Int, { description: 'Rows that duplicate an existing record or an earlier row' })
  @Column({ name: 'duplicate_count', type: 'int' })
  duplicateCount: number;

  @Field(() => Int, { description: 'Rows imported so far: the progress of a run' })
  @Column({ name: 'imported_count', type: 'int' })
  importedCount: number;

  @Field(() => ID, { description: 'Who uploaded the file' })
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  createdById: string;

  @Field(() => Date, { nullable: true, description: 'When the import (not the dry run) finished' })
  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/** A field error of a row, the same shape as BAD_USER_INPUT's `fields`. */
export interface StoredFieldError {
  path: string | null;
  code: string;
  params: Record<string, string | number> | null;
}

/** One data row of the file: its number (the header is row 1, as a spreadsheet counts), what was read and what it became. */
@ObjectType({ description: 'A data row of an import file and what became of it' })
@Entity('import_job_row')
@Index('idx_import_job_row_status', ['jobId', 'status', 'rowNumber'])
export class ImportJobRow {
  @PrimaryColumn({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Field(() => Int, { description: 'Its row number in the file, as a spreadsheet counts (the header is row 1)' })
  @PrimaryColumn({ name: 'row_number', type: 'int' })
  rowNumber: number;

  @Field(() => ImportRowStatusEnum, { description: 'VALID, INVALID, DUPLICATE, IMPORTED or SKIPPED (cancelled before it was imported)' })
  @Column({ type: 'varchar', length: 20 })
  status: ImportRowStatus;

  @Column({ type: 'simple-json' })
  errors: StoredFieldError[];

  /** The cells as read, by field name (not the header): what is imported and what the console shows. */
  @Column({ type: 'simple-json' })
  values: Record<string, string>;

  /** A duplicate: the existing customer (or contract) it matches. */
  @Column({ name: 'match_id', type: 'varchar', length: 36, nullable: true })
  matchId: string | null;

  /** A duplicate of an earlier row of the file, or the row whose customer this row adds a contact to. */
  @Field(() => Int, { nullable: true, description: 'The earlier row of the file this one duplicates, or whose customer it adds a contact to' })
  @Column({ name: 'match_row', type: 'int', nullable: true })
  matchRow: number | null;

  /** The customer or contract the row created (a contact row: its customer). */
  @Column({ name: 'created_id', type: 'varchar', length: 36, nullable: true })
  createdId: string | null;
}
