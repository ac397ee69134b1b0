import type { LeaveStatus, LeaveType } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { LeaveStatusEnum, LeaveTypeEnum } from './scheduling.enums';

@InputType({ description: 'For the signed-in person, or (staffId) by a shift leader for a member of their team: sick leave or an emergency only' })
export class CreateLeaveRequestInput {
  @Field(() => ID, { nullable: true, description: '代为请假: the team member the leave is for (default: the signed-in person); FORBIDDEN onBehalfNotLeader / onBehalfOtherTeam, RULE_VIOLATION onBehalfTypeNotAllowed' })
  staffId?: string | null;

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

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own leave" })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Pending requests that wait for the viewer’s decision (the approval inbox): their role is next in the chain, or a late request a department manager has to accept; never their own' })
  awaitingMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: requests whose medical certificate is past its due date and still missing (certificateMissing); false: the others' })
  certificateMissing?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Requests made after their notice deadline' })
  late?: boolean | null;
}

@InputType({ description: '逾期申请已认可: the department manager accepts a request made after its deadline' })
export class AcceptLateLeaveInput {
  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  note?: string | null;
}

@InputType({ description: "An approver's decision on a leave request (批准 or 驳回)" })
export class LeaveDecisionInput {
  @Field(() => String, { nullable: true, description: 'Why (a rejection), or a note with the approval; kept as decisionNote. At most 500 characters' })
  note?: string | null;
}

@InputType({ description: 'The medical certificate of sick leave, also after the leave was approved' })
export class SubmitLeaveCertificateInput {
  @Field(() => String, { description: 'Reference of the certificate (hospital, number); 1–100 characters' })
  certificateRef: string;
}

export const LeaveRequestSort = SortInputType('LeaveRequest', ['CREATED_AT', 'STARTS_AT'] as const);
export type LeaveRequestSort = InstanceType<typeof LeaveRequestSort>;
