import type { SwapStatus } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { SwapStatusEnum } from './scheduling.enums';

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
