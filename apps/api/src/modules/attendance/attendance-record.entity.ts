import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';

/**
 * 考勤: one person's arrival and departure for one shift assignment. The shift's instants are copied
 * from the assignment so lateness is measured from the start the person was rostered for, and a
 * month's attendance is one indexed range on (staff, date) or (team, date) without the roster.
 */
@ObjectType({ description: '考勤记录: check-in and check-out of one shift assignment' })
@Entity('attendance_record')
@Index('uq_attendance_record_assignment', ['shiftAssignmentId'], { unique: true })
@Index('idx_attendance_record_staff_date', ['staffId', 'shiftDate'])
@Index('idx_attendance_record_team_date', ['teamId', 'shiftDate'])
export class AttendanceRecord extends BaseRecord {
  @Field(() => ID, { description: 'Id of the shift assignment (one record per assignment)' })
  @Column({ name: 'shift_assignment_id', type: 'varchar', length: 36 })
  shiftAssignmentId: string;

  @Field(() => ID, { description: 'Id of the person' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => ID, { nullable: true, description: "Id of the shift's team" })
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Field(() => LocalDateScalar, { description: 'The local date the shift starts on' })
  @Column({ name: 'shift_date', type: 'date', utc: true })
  shiftDate: string;

  @Field(() => Date, { description: "When the person's work on the shift starts" })
  @Column({ name: 'shift_start', type: 'datetime', precision: 3 })
  shiftStart: Date;

  @Field(() => Date, { description: "When the person's work on the shift ends (the next day for a night shift)" })
  @Column({ name: 'shift_end', type: 'datetime', precision: 3 })
  shiftEnd: Date;

  @Field(() => Date, { nullable: true, description: '签到: when the person checked in' })
  @Column({ name: 'check_in_at', type: 'datetime', precision: 3, nullable: true })
  checkInAt: Date | null;

  @Field(() => Date, { nullable: true, description: '签退: when the person checked out' })
  @Column({ name: 'check_out_at', type: 'datetime', precision: 3, nullable: true })
  checkOutAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole minutes after the shift start at check-in; 0 when on time, null before check-in' })
  @Column({ name: 'late_minutes', type: 'int', nullable: true })
  lateMinutes: number | null;

  @Field(() => Boolean, { description: '未参加点名: checked in after the roll call (the start less scheduling.rollCallMinutes)' })
  @Column({ name: 'missed_roll_call', type: 'boolean', default: false })
  missedRollCall: boolean;

  @Field(() => String, { nullable: true, description: "Why a leader let the person check out before the next shift's arrival" })
  @Column({ name: 'check_out_override_reason', type: 'varchar', length: 500, nullable: true })
  checkOutOverrideReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The leader who let the person check out before the next shift arrived' })
  @Column({ name: 'check_out_override_by_id', type: 'varchar', length: 36, nullable: true })
  checkOutOverrideById: string | null;
}
