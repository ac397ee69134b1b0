import type { SecurityEventKind, SecurityOutcome } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SecurityEventKindEnum, SecurityOutcomeEnum } from './security.enums';

/** 安全日志: one sign-in, failed sign-in, lock, sign-out, password, role or activation change, or export. */
@ObjectType({ description: '安全日志: who, when, from which IP, what, and how it ended' })
@Entity('security_event')
@Index('idx_security_event_at', ['at', 'id'])
@Index('idx_security_event_kind', ['kind', 'at'])
@Index('idx_security_event_staff', ['staffId', 'at'])
export class SecurityEvent {
  @Field(() => ID, { description: 'Unique id of the event' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => Date, { description: 'When it happened' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => SecurityEventKindEnum, { description: 'What happened' })
  @Column({ type: 'varchar', length: 30 })
  kind: SecurityEventKind;

  @Field(() => SecurityOutcomeEnum, { description: 'SUCCESS, FAILURE (wrong password), or REFUSED (locked, forbidden)' })
  @Column({ type: 'varchar', length: 10 })
  outcome: SecurityOutcome;

  @Field(() => ID, { nullable: true, description: 'The staff member who acted (null when a sign-in names no known account)' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36, nullable: true })
  staffId: string | null;

  @Field(() => String, { nullable: true, description: 'The username given at sign-in, as typed (lower-cased)' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member a role or activation change was made to' })
  @Column({ name: 'subject_id', type: 'varchar', length: 36, nullable: true })
  subjectId: string | null;

  @Field(() => String, { description: 'The client address as the API sees it (TRUST_PROXY decides whether X-Forwarded-For counts)' })
  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Field(() => String, { nullable: true, description: 'What changed or was exported (no PII): e.g. AGENT → SHIFT_LEADER, customers (120 rows)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  detail: string | null;
}
