import type { LeaveStatus, LeaveType } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { LeaveStatusEnum, LeaveTypeEnum } from './scheduling.enums';

@InputType({ description: 'For the signed-in person' })
export class CreateLeaveRequestInput {
  @Field(() => LeaveTypeEnum)
  type: LeaveType;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  reason: string;

  @Field(() => Boolean, { nullable: true, description: 'Short notice: at least an hour before the shift instead of the day before' })
  emergency?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Required for leave on a public holiday' })
  exceptional?: boolean | null;

  @Field(() => String, { nullable: true })
  certificateRef?: string | null;
}

@InputType({ description: 'While pending: the reason and the certificate reference' })
export class UpdateLeaveRequestInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  certificateRef?: string | null;
}

@InputType()
export class LeaveRequestFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => [LeaveStatusEnum], { nullable: true })
  status?: LeaveStatus[] | null;

  @Field(() => ID, { nullable: true })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending requests that wait for the viewer’s role (the approval inbox)' })
  awaitingMe?: boolean | null;
}

export const LeaveRequestSort = SortInputType('LeaveRequest', ['CREATED_AT', 'STARTS_AT'] as const);
export type LeaveRequestSort = InstanceType<typeof LeaveRequestSort>;
