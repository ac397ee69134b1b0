import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';
import { AttendanceViolationKindEnum } from './attendance.enums';
import type { AttendanceViolationKind } from '@sanxin/domain';

@InputType({ description: '签到: the shift assignment checked in to; the time is the server’s clock' })
export class CheckInInput {
  @Field(() => ID, { description: 'The shift assignment (the person’s own; a shift leader’s team member’s; anyone’s for a manager)' })
  shiftAssignmentId: string;
}

@InputType({ description: '签退: the time is the server’s clock' })
export class CheckOutInput {
  @Field(() => String, {
    nullable: true,
    description: '放行: a shift leader of the team (or a manager) lets the person leave before anyone of the next shift has checked in, with this reason (audited); never for oneself',
  })
  overrideReason?: string | null;
}

@InputType({ description: '脱岗: a leader records a member’s absence from the post of 20+ minutes (scheduling.absenceViolationMinutes)' })
export class RecordAbsenceFromPostInput {
  @Field(() => ID, { description: 'The shift assignment the absence happened on' })
  shiftAssignmentId: string;

  @Field(() => Date, { description: 'When the person left the post' })
  from: Date;

  @Field(() => Date, { description: 'When the person came back' })
  to: Date;

  @Field(() => String, { nullable: true, description: 'What happened (up to 500 characters)' })
  note?: string | null;
}

@InputType({ description: 'Which attendance records a list returns: every field given must match' })
export class AttendanceRecordFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only this person's records" })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this team's records" })
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records of these shift assignments' })
  shiftAssignmentIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Shifts on or after this date' })
  shiftDateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Shifts on or before this date' })
  shiftDateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own records" })
  mine?: boolean | null;
}

export const AttendanceRecordSort = SortInputType('AttendanceRecord', ['SHIFT_START'] as const);
export type AttendanceRecordSort = InstanceType<typeof AttendanceRecordSort>;

@InputType({ description: 'Which violations a list returns: every field given must match' })
export class AttendanceViolationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only this month's, 'YYYY-MM'" })
  @MaxLength(7)
  month?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this person's" })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this team's" })
  teamId?: string | null;

  @Field(() => [AttendanceViolationKindEnum], { nullable: true, description: 'Only these kinds' })
  kind?: AttendanceViolationKind[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own" })
  mine?: boolean | null;
}

export const AttendanceViolationSort = SortInputType('AttendanceViolation', ['OCCURRED_AT'] as const);
export type AttendanceViolationSort = InstanceType<typeof AttendanceViolationSort>;
