import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Staff } from '../staff';

export type AuditAction = 'CREATE' | 'UPDATE' | 'ARCHIVE' | 'EXPORT';

/** One row per changed field (who, when, old → new); PII values are stored masked. */
@ObjectType({ description: '变更记录' })
@Entity('audit_log')
@Index('idx_audit_entity', ['entity', 'entityId', 'at'])
@Index('idx_audit_actor', ['actorId', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 30 })
  entity: string;

  @Field(() => ID)
  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Field(() => String, { description: 'CREATE | UPDATE | ARCHIVE | EXPORT' })
  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => Staff, { nullable: true })
  actor?: Staff | null;
}
