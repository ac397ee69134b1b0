import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/** A person on a shift; the shift's instants are copied so a person's neighbouring shifts are one indexed query. */
@ObjectType({ description: '排班（人员 × 班次）' })
@Entity('shift_assignment')
@Index('uq_shift_assignment', ['shiftId', 'staffId'], { unique: true })
@Index('idx_shift_assignment_staff', ['staffId', 'startsAt'])
export class ShiftAssignment extends BaseRecord {
  @Field(() => ID, { description: 'Id of the shift' })
  @Column({ name: 'shift_id', type: 'varchar', length: 36 })
  shiftId: string;

  @Field(() => ID, { description: 'Id of the person' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => Boolean, { description: '值班长: the leader on duty of this shift' })
  @Column({ name: 'is_leader_on_duty', type: 'boolean', default: false })
  isLeaderOnDuty: boolean;

  @Field(() => ID, { nullable: true, description: 'The approved swap that put this person here' })
  @Column({ name: 'swap_request_id', type: 'varchar', length: 36, nullable: true })
  swapRequestId: string | null;

  @Field(() => Date, { description: "When the person's work on the shift starts" })
  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Field(() => Date, { description: "When the person's work on the shift ends" })
  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;
}
