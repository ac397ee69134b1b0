import type { Department, TaskStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { DepartmentEnum } from '../contract';
import { ComplaintTaskStatusEnum } from './complaint.enums';

/** 实施: one task per responsible department, tracked to done by the complaint's owner. */
@ObjectType({ description: '实施任务' })
@Entity('complaint_task')
@Index('idx_complaint_task_complaint', ['complaintId', 'department'])
export class ComplaintTask extends BaseRecord {
  @Field(() => ID, { description: 'Id of the complaint' })
  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  @Field(() => DepartmentEnum, { description: 'The department that implements (责任部门)' })
  @Column({ type: 'varchar', length: 20 })
  department: Department;

  @Field(() => ComplaintTaskStatusEnum, { description: 'Open or done' })
  @Column({ type: 'varchar', length: 10 })
  status: TaskStatus;

  @Field(() => Date, { nullable: true, description: 'When it was done; null while open' })
  @Column({ name: 'done_at', type: 'datetime', precision: 3, nullable: true })
  doneAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of who marked it done' })
  @Column({ name: 'done_by_id', type: 'varchar', length: 36, nullable: true })
  doneById: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, as noted on completion' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
