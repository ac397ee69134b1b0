import type { Headcount, JobType, ShiftDays, ShiftKind } from '@sanxin/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { JobTypeEnum } from '../../graphql/enums';
import { BaseRecord } from '../../shared/base.entity';
import { ShiftDaysEnum, ShiftKindEnum } from './scheduling.enums';

@ObjectType('Headcount', { description: 'The least staff of a job type a shift needs' })
@InputType('HeadcountInput', { description: 'The least staff of a job type a shift needs' })
export class HeadcountView implements Headcount {
  @Field(() => JobTypeEnum, { description: 'Of this job type (工种)' })
  jobType: JobType;

  @Field(() => Int, { description: 'At least this many people' })
  count: number;
}

/** 班次模板: configured by the administrator, archived rather than deleted (shifts refer to it). */
@ObjectType({ description: '班次类型' })
@Entity('shift_type')
@Index('idx_shift_type_name', ['name', 'id'])
export class ShiftType extends BaseRecord {
  @Field(() => String, { description: 'Name, e.g. 早班' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => ShiftKindEnum, { description: 'Day, night or holiday duty (班次类型)' })
  @Column({ type: 'varchar', length: 20 })
  kind: ShiftKind;

  @Field(() => ShiftDaysEnum, { description: 'Which days it runs on' })
  @Column({ type: 'varchar', length: 20 })
  days: ShiftDays;

  @Field(() => Int, { description: 'Minutes after local midnight (08:00 = 480)' })
  @Column({ name: 'start_minute', type: 'int' })
  startMinute: number;

  @Field(() => Int, { description: 'At or before startMinute: the shift ends the next day' })
  @Column({ name: 'end_minute', type: 'int' })
  endMinute: number;

  @Field(() => [HeadcountView], { description: 'The least staff per job type it needs (最低人数)' })
  @Column({ name: 'min_headcount', type: 'simple-json' })
  minHeadcount: HeadcountView[];

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;
}
