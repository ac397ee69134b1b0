import type { AssessmentStatus, AssessmentWeights } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { AssessmentStatusEnum } from './assessment.enums';

/** decimal(5,1) comes back as a string from MySQL and a number from SQLite; both become numbers. */
const oneDecimal = { to: (value: number | null | undefined) => value, from: (value: string | number | null) => (value == null ? null : Number(value)) };

/**
 * 月考核: one row per agent and month, holding every figure the score was computed from (the counts, each
 * part's 0–100 value and the weights of the day), so the number can be explained after settings change.
 */
@ObjectType({ description: '月考核: an agent’s month, computed from QA, follow-up and complaint timeliness, satisfaction and attendance; confirmed (认定) by a manager' })
@Entity('monthly_assessment')
@Index('uq_monthly_assessment_staff_month', ['staffId', 'month'], { unique: true })
@Index('idx_monthly_assessment_month_team', ['month', 'teamId', 'staffId'])
@Index('idx_monthly_assessment_month_status', ['month', 'status', 'staffId'])
export class MonthlyAssessment extends BaseRecord {
  @Field(() => ID, { description: 'The assessed agent' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => ID, { nullable: true, description: 'Their team when computed' })
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Field(() => String, { description: "The month, 'YYYY-MM'" })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => AssessmentStatusEnum, { description: 'Computed (to confirm) or confirmed (final)' })
  @Column({ type: 'varchar', length: 20 })
  status: AssessmentStatus;

  @Field(() => Float, { description: 'The score the figures give, 0–100 (assessMonth)' })
  @Column({ name: 'computed_score', type: 'decimal', precision: 5, scale: 1, transformer: oneDecimal })
  computedScore: number;

  @Field(() => Float, { nullable: true, description: 'The manager’s adjusted score, when adjusted' })
  @Column({ name: 'adjusted_score', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: oneDecimal })
  adjustedScore: number | null;

  @Field(() => String, { nullable: true, description: 'Why the score was adjusted' })
  @Column({ name: 'adjustment_reason', type: 'varchar', length: 500, nullable: true })
  adjustmentReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Who adjusted it' })
  @Column({ name: 'adjusted_by_id', type: 'varchar', length: 36, nullable: true })
  adjustedById: string | null;

  @Field(() => Float, { nullable: true, description: 'Mean total of the month’s counted QA evaluations; null when none' })
  @Column({ name: 'qa_average', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: oneDecimal })
  qaAverage: number | null;

  @Field(() => Int, { description: 'QA evaluations counted (submitted or later, of the month’s records)' })
  @Column({ name: 'qa_evaluations', type: 'int' })
  qaEvaluations: number;

  @Field(() => Int, { description: 'Follow-ups due in the month (by the time computed), not cancelled' })
  @Column({ name: 'follow_ups_due', type: 'int' })
  followUpsDue: number;

  @Field(() => Int, { description: 'Of those, finished by their due time' })
  @Column({ name: 'follow_ups_on_time', type: 'int' })
  followUpsOnTime: number;

  @Field(() => Int, { description: 'Complaints they own closed in the month' })
  @Column({ name: 'complaints_closed', type: 'int' })
  complaintsClosed: number;

  @Field(() => Int, { description: 'Of those, closed by their deadline' })
  @Column({ name: 'complaints_within_deadline', type: 'int' })
  complaintsWithinDeadline: number;

  @Field(() => Int, { description: 'Follow-ups done in the month with a satisfaction answer' })
  @Column({ name: 'satisfaction_answers', type: 'int' })
  satisfactionAnswers: number;

  @Field(() => Int, { description: 'Of those, 满意' })
  @Column({ type: 'int' })
  satisfied: number;

  @Field(() => Int, { description: 'Attendance violations of the month (20+ minutes late, away from the post)' })
  @Column({ type: 'int' })
  violations: number;

  /** Each part 0–100 before weighting (null: nothing to measure), and the policy used. */
  @Column({ type: 'simple-json' })
  parts: Record<keyof AssessmentWeights, number | null>;

  @Column({ type: 'simple-json' })
  weights: AssessmentWeights;

  @Field(() => Int, { description: 'Points of the discipline part each violation cost (setting quality.pointsPerViolation when computed)' })
  @Column({ name: 'points_per_violation', type: 'int' })
  pointsPerViolation: number;

  @Field(() => Date, { description: 'When the figures were last computed' })
  @Column({ name: 'computed_at', type: 'datetime', precision: 3 })
  computedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who confirmed it (认定)' })
  @Column({ name: 'confirmed_by_id', type: 'varchar', length: 36, nullable: true })
  confirmedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed' })
  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;
}
