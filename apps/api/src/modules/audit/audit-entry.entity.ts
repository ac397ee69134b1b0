import type { AuditAction } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Staff } from '../staff';
import { AuditActionEnum, AuditEntityEnum } from './audit.enums';

export type { AuditAction };

/** One row per changed field (who, when, old → new); PII values are stored masked. */
@ObjectType({ description: '变更记录' })
@Entity('audit_log')
@Index('idx_audit_entity', ['entity', 'entityId', 'at'])
@Index('idx_audit_actor', ['actorId', 'at'])
export class AuditEntry {
  @Field(() => ID, { description: 'Unique id of the audit entry' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** A resource, or a kind only the database shows (`roster`, `customerExport`); auditEntries reads resources only. */
  @Field(() => AuditEntityEnum, { description: 'The kind of record changed' })
  @Column({ type: 'varchar', length: 30 })
  entity: string;

  @Field(() => ID, { description: 'Id of the record changed' })
  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Field(() => AuditActionEnum, { description: 'What was done' })
  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  @Field(() => String, { nullable: true, description: 'The field changed, for an UPDATE; null for the record as a whole' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'The value before the change, as text (masked for personal data)' })
  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true, description: 'The value after the change, as text (masked for personal data)' })
  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the actor; null for the system (a job)' })
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Field(() => Date, { description: 'When the change was made' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => Staff, { nullable: true, description: 'Who made the change; null for the system' })
  actor?: Staff | null;
}
