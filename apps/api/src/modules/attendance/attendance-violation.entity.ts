import type { AttendanceViolationKind } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AttendanceViolationKindEnum } from './attendance.enums';

/**
 * 违纪: a fact (20+ minutes late, or 20+ minutes away from the post), never changed and never a
 * penalty (DOMAIN §7). `month` is the month of the shift it happened on (a night shift of the 31st
 * checked in after midnight counts in the month it was rostered in), kept so "violations per person
 * per month" is one indexed lookup.
 */
@ObjectType({ description: '考勤违纪: a lateness or absence from the post of 20+ minutes (a fact, no penalty)' })
@Entity('attendance_violation')
@Index('idx_attendance_violation_staff_month', ['staffId', 'month'])
@Index('idx_attendance_violation_month', ['month', 'occurredAt', 'id'])
export class AttendanceViolation {
  @Field(() => ID, { description: 'Unique id (a UUID)' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'Id of the person' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => ID, { nullable: true, description: "Id of the person's team on that shift" })
  @Column({ name: 'team_id', type: 'varchar', length: 36, nullable: true })
  teamId: string | null;

  @Field(() => AttendanceViolationKindEnum, { description: 'Late, or away from the post' })
  @Column({ type: 'varchar', length: 20 })
  kind: AttendanceViolationKind;

  @Field(() => Date, { description: 'When it happened: the check-in, or the start of the absence' })
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Field(() => String, { description: "Month it counts in, 'YYYY-MM': the month of the shift's date" })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => Int, { description: 'Minutes late, or minutes away from the post' })
  @Column({ type: 'int' })
  minutes: number;

  @Field(() => String, { nullable: true, description: "The leader's note" })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the attendance record it belongs to' })
  @Column({ name: 'attendance_record_id', type: 'varchar', length: 36, nullable: true })
  attendanceRecordId: string | null;

  @Field(() => ID, { nullable: true, description: 'The leader who recorded it; null when recorded automatically at check-in' })
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36, nullable: true })
  recordedById: string | null;

  @Field(() => Date, { description: 'When it was recorded' })
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
