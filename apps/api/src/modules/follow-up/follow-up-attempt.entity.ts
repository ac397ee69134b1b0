import type { AttemptOutcome } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AttemptOutcomeEnum } from './follow-up.enums';

/** 每次回访都有记录: one row per call attempt, never changed. */
@ObjectType({ description: 'A call attempt of a follow-up (回访通话记录)' })
@Entity('follow_up_attempt')
@Index('idx_follow_up_attempt_follow_up', ['followUpId', 'at', 'id'])
// The report roll-up counts a day's follow-up calls (decision 0035).
@Index('idx_follow_up_attempt_at', ['at'])
export class FollowUpAttempt {
  @Field(() => ID, { description: 'Identifier' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'The follow-up' })
  @Column({ name: 'follow_up_id', type: 'varchar', length: 36 })
  followUpId: string;

  @Field(() => Date, { description: 'When the call was made' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => AttemptOutcomeEnum, { description: 'How it ended' })
  @Column({ type: 'varchar', length: 20 })
  outcome: AttemptOutcome;

  @Field(() => Date, { nullable: true, description: 'The time the customer agreed to be called (APPOINTMENT)' })
  @Column({ name: 'appointment_at', type: 'datetime', precision: 3, nullable: true })
  appointmentAt: Date | null;

  @Field(() => Boolean, { description: 'The customer’s identity was checked (核实身份)' })
  @Column({ name: 'identity_verified', type: 'boolean', default: false })
  identityVerified: boolean;

  @Field(() => String, { nullable: true, description: 'What was said' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'Who called' })
  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;
}
