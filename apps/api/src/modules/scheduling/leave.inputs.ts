import type { LeaveStatus, LeaveType } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { LeaveStatusEnum, LeaveTypeEnum } from './scheduling.enums';

@InputType({ description: 'For the signed-in person' })
export class CreateLeaveRequestInput {
  @Field(() => LeaveTypeEnum, { description: 'Kind of leave (请假类型)' })
  type: LeaveType;

  @Field(() => Date, { description: 'When the leave starts' })
  startsAt: Date;

  @Field(() => Date, { description: 'When the leave ends' })
  endsAt: Date;

  @Field(() => String, { description: 'Why (请假事由); for sick leave seen only by the person and the approvers' })
  reason: string;

  @Field(() => Boolean, { nullable: true, description: 'Short notice: at least an hour before the shift instead of the day before' })
  emergency?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Required for leave on a public holiday' })
  exceptional?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Medical certificate reference, needed for sick leave of a day or more' })
  certificateRef?: string | null;
}

@InputType({ description: 'While pending: the reason and the certificate reference' })
export class UpdateLeaveRequestInput {
  @Field(() => String, { nullable: true, description: 'Why (请假事由); for sick leave seen only by the person and the approvers' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Medical certificate reference, needed for sick leave of a day or more' })
  certificateRef?: string | null;
}

@InputType({ description: 'Which leave requests a list returns: every field given must match' })
export class LeaveRequestFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [LeaveStatusEnum], { nullable: true, description: 'Only requests in one of these statuses' })
  status?: LeaveStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this person's requests" })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending requests that wait for the viewer’s role (the approval inbox)' })
  awaitingMe?: boolean | null;
}

export const LeaveRequestSort = SortInputType('LeaveRequest', ['CREATED_AT', 'STARTS_AT'] as const);
export type LeaveRequestSort = InstanceType<typeof LeaveRequestSort>;
