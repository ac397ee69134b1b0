import type { PendingChangeStatus, ReviewedEntity, ReviewErrorReason } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { PendingChangeStatusEnum, ReviewedEntityEnum, ReviewErrorReasonEnum } from './review.enums';

/** One held field as stored: values as the record stores them (text, LocalDate, decimal text), null for none. */
export interface StoredFieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/**
 * 复核: changes to sensitive fields of a record, held until a second person decides. `openKey` is
 * `<entity>:<recordId>` while PENDING and null after: its unique index keeps one open change per
 * record even when two submit at once (NULLs do not collide on MySQL, MariaDB or SQLite).
 */
@ObjectType({ description: '待复核变更: sensitive field changes of a record, held until a second person approves or rejects them' })
@Entity('pending_change')
@Index('uq_pending_change_open', ['openKey'], { unique: true })
@Index('idx_pending_change_record', ['entity', 'recordId', 'submittedAt'])
@Index('idx_pending_change_status', ['status', 'submittedAt', 'id'])
@Index('idx_pending_change_submitter', ['submittedById', 'submittedAt', 'id'])
@Index('idx_pending_change_submitted', ['submittedAt', 'id'])
export class PendingChange extends BaseRecord {
  @Field(() => ReviewedEntityEnum, { description: 'The kind of record' })
  @Column({ type: 'varchar', length: 20 })
  entity: ReviewedEntity;

  @Field(() => ID, { description: 'The record the change belongs to (its `customer` or `contract` beside it)' })
  @Column({ name: 'record_id', type: 'varchar', length: 36 })
  recordId: string;

  @Column({ name: 'field_changes', type: 'simple-json' })
  fieldChanges: StoredFieldChange[];

  @Field(() => PendingChangeStatusEnum, { description: 'PENDING until approved, rejected or withdrawn' })
  @Column({ type: 'varchar', length: 20 })
  status: PendingChangeStatus;

  @Column({ name: 'open_key', type: 'varchar', length: 60, nullable: true })
  openKey: string | null;

  @Field(() => ID, { description: 'Who submitted the change' })
  @Column({ name: 'submitted_by_id', type: 'varchar', length: 36 })
  submittedById: string;

  @Field(() => Date, { description: 'When it was submitted' })
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who approved, rejected or withdrew it; null while pending' })
  @Column({ name: 'decided_by_id', type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided; null while pending' })
  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => ReviewErrorReasonEnum, { nullable: true, description: 'Why it was rejected (差错原因); null unless rejected' })
  @Column({ name: 'error_reason', type: 'varchar', length: 30, nullable: true })
  errorReason: ReviewErrorReason | null;

  @Field(() => String, { nullable: true, description: "The decider's or withdrawer's remark" })
  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;
}
