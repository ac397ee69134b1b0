import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EscalationLevelEnum } from './complaint.enums';

/**
 * An escalation of an overdue complaint to a leader, and that leader's handling opinion. The unique
 * key makes "escalated twice" impossible whatever the job instances do.
 */
@ObjectType({ description: '超时升级' })
@Entity('complaint_escalation')
@Index('uq_complaint_escalation_level', ['complaintId', 'cycle', 'level'], { unique: true })
@Index('idx_complaint_escalation_inbox', ['escalatedToId', 'opinionAt', 'escalatedAt'])
@Index('idx_complaint_escalation_sweep', ['sweepId'])
// The report roll-up counts a day's escalations (decision 0035).
@Index('idx_complaint_escalation_at', ['escalatedAt'])
export class ComplaintEscalation {
  @Field(() => ID, { description: 'Unique id of the escalation' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'Id of the complaint' })
  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  /** The complaint's sla_cycle: a reopened complaint escalates afresh. */
  @Column({ type: 'int' })
  cycle: number;

  @Field(() => EscalationLevelEnum, { description: 'SHIFT_LEADER (by the job, or handed up by the owner) or DEPT_MANAGER' })
  @Column({ type: 'int' })
  level: number;

  @Field(() => ID, { nullable: true, description: 'Null when nobody holds the role' })
  @Column({ name: 'escalated_to_id', type: 'varchar', length: 36, nullable: true })
  escalatedToId: string | null;

  @Field(() => Date, { description: 'When it was escalated' })
  @Column({ name: 'escalated_at', type: 'datetime', precision: 3 })
  escalatedAt: Date;

  /** The sweep that wrote it, so the sweep's later statements find exactly its own rows. */
  @Column({ name: 'sweep_id', type: 'varchar', length: 36 })
  sweepId: string;

  @Field(() => ID, { nullable: true, description: '上交: the owner who handed it up at once (referComplaint); null for an escalation by the job' })
  @Column({ name: 'referred_by_id', type: 'varchar', length: 36, nullable: true })
  referredById: string | null;

  @Field(() => String, {
    nullable: true,
    description: "上交: the owner's reason (a difficult customer, a demand beyond their authority); null for an escalation by the job",
  })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: "The escalated leader's handling opinion (处理意见)" })
  @Column({ type: 'text', nullable: true })
  opinion: string | null;

  @Field(() => Date, { nullable: true, description: 'When the opinion was recorded; null until then' })
  @Column({ name: 'opinion_at', type: 'datetime', precision: 3, nullable: true })
  opinionAt: Date | null;
}
