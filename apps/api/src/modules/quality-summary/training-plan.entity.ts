import type { SummaryPeriodKind, TrainingPlanStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { SummaryPeriodKindEnum, TrainingPlanStatusEnum } from './quality-summary.enums';

/** 培训计划: what the QA summary showed the agents need, planned for a date; archived, never deleted. */
@ObjectType({ description: '培训计划: a topic (often one scorecard dimension) for some agents on a date, planned from a QA summary' })
@Entity('training_plan')
@Index('idx_training_plan_status_date', ['status', 'plannedOn', 'id'])
@Index('idx_training_plan_date', ['plannedOn', 'id'])
@Index('idx_training_plan_created', ['createdAt', 'id'])
export class TrainingPlan extends BaseRecord {
  @Field(() => String, { description: 'What the training is about (培训主题)' })
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Field(() => String, { nullable: true, description: 'The scorecard dimension it works on (SERVICE_LANGUAGE …), when one' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  dimension: string | null;

  @Field(() => LocalDateScalar, { description: 'The planned date' })
  @Column({ name: 'planned_on', type: 'varchar', length: 10 })
  plannedOn: string;

  @Field(() => String, { nullable: true, description: 'Notes: the findings behind it, the trainer, the room' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => TrainingPlanStatusEnum, { description: 'Planned, or archived (read-only, kept)' })
  @Column({ type: 'varchar', length: 20 })
  status: TrainingPlanStatus;

  @Field(() => SummaryPeriodKindEnum, { nullable: true, description: 'The kind of QA summary it was planned from' })
  @Column({ name: 'source_period_kind', type: 'varchar', length: 10, nullable: true })
  sourcePeriodKind: SummaryPeriodKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day of the summary period it was planned from' })
  @Column({ name: 'source_period_start', type: 'varchar', length: 10, nullable: true })
  sourcePeriodStart: string | null;

  @Field(() => ID, { description: 'Who planned it' })
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  createdById: string;

  @Field(() => Date, { nullable: true, description: 'When it was archived' })
  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who archived it' })
  @Column({ name: 'archived_by_id', type: 'varchar', length: 36, nullable: true })
  archivedById: string | null;
}

/** The agents of a plan, one row each (an agent's plans are found through the second index). */
@Entity('training_plan_agent')
@Index('idx_training_plan_agent_staff', ['staffId', 'planId'])
export class TrainingPlanAgent {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;
}
