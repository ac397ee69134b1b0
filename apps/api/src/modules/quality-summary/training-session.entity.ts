import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { scoreColumn } from './score-column';

/** 培训记录: one session of a plan, with who attended and their exam score. */
@ObjectType({ description: '培训记录: a session of a training plan, with attendance and an exam score per person' })
@Entity('training_session')
@Index('idx_training_session_plan', ['planId', 'heldOn', 'id'])
export class TrainingSession extends BaseRecord {
  @Field(() => ID, { description: 'The training plan' })
  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @Field(() => LocalDateScalar, { description: 'When it was held' })
  @Column({ name: 'held_on', type: 'varchar', length: 10 })
  heldOn: string;

  @Field(() => String, { nullable: true, description: 'Notes (trainer, content covered)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'Who recorded it' })
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById: string;
}

@ObjectType({ description: 'One person at a training session: attended or not, and the exam score' })
@Entity('training_result')
@Index('idx_training_result_staff', ['staffId', 'sessionId'])
export class TrainingResult {
  @Field(() => ID, { description: 'The session' })
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Field(() => ID, { description: 'The agent' })
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => Boolean, { description: 'Whether they attended (出勤)' })
  @Column({ type: 'boolean' })
  attended: boolean;

  @Field(() => Float, { nullable: true, description: 'Exam score 0–100 (考试成绩); null when absent or not examined' })
  @Column({ name: 'exam_score', type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: scoreColumn })
  examScore: number | null;
}
