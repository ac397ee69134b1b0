import type { SwapStatus } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { SwapStatusEnum } from './scheduling.enums';

@InputType({ description: 'The requester (the signed-in person) gives requesterShift to the counterpart and works counterpartShift instead' })
export class CreateShiftSwapRequestInput {
  @Field(() => ID, { description: "Id of the requester's shift, which the colleague takes" })
  requesterShiftId: string;

  @Field(() => ID, { description: 'Id of the colleague' })
  counterpartId: string;

  @Field(() => ID, { description: "Id of the colleague's shift, which the requester takes" })
  counterpartShiftId: string;

  @Field(() => String, { description: 'Why the requester asks (换班原因)' })
  reason: string;
}

@InputType({ description: 'Which swap requests a list returns: every field given must match' })
export class ShiftSwapRequestFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [SwapStatusEnum], { nullable: true, description: 'Only requests in one of these statuses' })
  status?: SwapStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Requester or counterpart' })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the swaps the viewer is in (requester or counterpart)" })
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Swaps waiting for the viewer: their consent as the counterpart (PENDING_COUNTERPART), or their approval as the leader of a side not yet approved of a swap they are no party to (PENDING_LEADERS)',
  })
  awaitingMe?: boolean | null;
}

@InputType({ description: "The counterpart's answer to a swap (accept or decline)" })
export class ShiftSwapAnswerInput {
  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  note?: string | null;
}

@InputType({ description: 'While pending, by the requester' })
export class UpdateShiftSwapRequestInput {
  @Field(() => String, { nullable: true, description: 'Why the requester asks (换班原因)' })
  reason?: string | null;
}

export const ShiftSwapRequestSort = SortInputType('ShiftSwapRequest', ['CREATED_AT'] as const);
export type ShiftSwapRequestSort = InstanceType<typeof ShiftSwapRequestSort>;

@InputType({ description: "A shift leader's decision on a swap (批准 or 驳回)" })
export class ShiftSwapDecisionInput {
  @Field(() => String, { nullable: true, description: 'Why (a rejection), or a note with the approval; kept as decisionNote. At most 500 characters' })
  note?: string | null;
}
