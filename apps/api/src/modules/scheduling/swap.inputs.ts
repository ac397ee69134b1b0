import type { LeaveStatus, LeaveType, SwapStatus } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { LeaveStatusEnum, LeaveTypeEnum, SwapStatusEnum } from './scheduling.enums';

@InputType({ description: 'The requester (the signed-in person) gives requesterShift to the counterpart and works counterpartShift instead' })
export class CreateShiftSwapRequestInput {
  @Field(() => ID)
  requesterShiftId: string;

  @Field(() => ID)
  counterpartId: string;

  @Field(() => ID)
  counterpartShiftId: string;

  @Field(() => String)
  reason: string;
}

@InputType()
export class ShiftSwapRequestFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => [SwapStatusEnum], { nullable: true })
  status?: SwapStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Requester or counterpart' })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending swaps with a side the viewer leads and has not approved yet, and is no party to (the approval inbox)' })
  awaitingMe?: boolean | null;
}

@InputType({ description: 'While pending, by the requester' })
export class UpdateShiftSwapRequestInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

export const ShiftSwapRequestSort = SortInputType('ShiftSwapRequest', ['CREATED_AT'] as const);
export type ShiftSwapRequestSort = InstanceType<typeof ShiftSwapRequestSort>;

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
