import { Field, ID, InputType } from 'type-graphql';
import { renamedFilter } from '../../graphql/filter-vocabulary';
import { SortInputType } from '../../graphql/pagination';

@InputType({ description: "A new shift assignment's values" })
export class CreateShiftAssignmentInput {
  @Field(() => ID, { description: 'Id of the shift' })
  shiftId: string;

  @Field(() => ID, { description: 'Id of the person' })
  staffId: string;

  @Field(() => Boolean, { nullable: true, description: 'Make this person the leader on duty (值班长)' })
  isLeaderOnDuty?: boolean | null;
}

@InputType({ description: 'What to change on a shift assignment; a field left out stays as it is' })
export class UpdateShiftAssignmentInput {
  @Field(() => Boolean, { nullable: true, description: '值班长: the leader on duty of this shift' })
  isLeaderOnDuty?: boolean | null;
}

@InputType({ description: 'Which shift assignments a list returns: every field given must match' })
export class ShiftAssignmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments of this shift' })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this person's assignments" })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own assignments" })
  mine?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Shifts ending after this instant (endsAt); with startsAtTo: the shifts overlapping [endsAtFrom, startsAtTo)' })
  endsAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Shifts starting before this instant (startsAt)' })
  startsAtTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Shifts ending after this instant', deprecationReason: renamedFilter('endsAtFrom') })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Shifts starting before this instant', deprecationReason: renamedFilter('startsAtTo') })
  to?: Date | null;
}

export const SHIFT_ASSIGNMENT_SORT_FIELDS = ['STARTS_AT'] as const;
export const ShiftAssignmentSort = SortInputType('ShiftAssignment', SHIFT_ASSIGNMENT_SORT_FIELDS);
export type ShiftAssignmentSort = InstanceType<typeof ShiftAssignmentSort>;
