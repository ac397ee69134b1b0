import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';

@InputType()
export class CreateShiftAssignmentInput {
  @Field(() => ID)
  shiftId: string;

  @Field(() => ID)
  staffId: string;

  @Field(() => Boolean, { nullable: true, description: 'Make this person the leader on duty (值班长)' })
  isLeaderOnDuty?: boolean | null;
}

@InputType()
export class UpdateShiftAssignmentInput {
  @Field(() => Boolean, { nullable: true })
  isLeaderOnDuty?: boolean | null;
}

@InputType()
export class ShiftAssignmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true })
  staffId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Shifts ending after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Shifts starting before this instant' })
  to?: Date | null;
}

export const SHIFT_ASSIGNMENT_SORT_FIELDS = ['STARTS_AT'] as const;
export const ShiftAssignmentSort = SortInputType('ShiftAssignment', SHIFT_ASSIGNMENT_SORT_FIELDS);
export type ShiftAssignmentSort = InstanceType<typeof ShiftAssignmentSort>;
