import type { ComplaintTimelineStep } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ComplaintTimelineStepEnum } from './complaint.enums';

/** One line of a complaint's history (who, when, step, note); never changed once written. */
@ObjectType({ description: '投诉处理记录' })
@Entity('complaint_timeline_entry')
@Index('idx_complaint_timeline_complaint', ['complaintId', 'at', 'id'])
// The report roll-up counts a day's urges (decision 0035).
@Index('idx_complaint_timeline_step_at', ['step', 'at'])
export class ComplaintTimelineEntry {
  @Field(() => ID, { description: 'Unique id of the entry' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'Id of the complaint' })
  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  @Field(() => Date, { description: 'When the step was taken' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Null for the escalation job' })
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Field(() => ComplaintTimelineStepEnum, { description: 'What the entry records' })
  @Column({ type: 'varchar', length: 30 })
  step: ComplaintTimelineStep;

  @Field(() => String, { nullable: true, description: 'The note given with the step' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'For an escalation: who it went to' })
  @Column({ name: 'recipient_id', type: 'varchar', length: 36, nullable: true })
  recipientId: string | null;
}
