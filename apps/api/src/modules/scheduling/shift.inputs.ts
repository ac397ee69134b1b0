import type { RosterStatus } from '@sanxin/domain';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';
import { RosterStatusEnum } from './scheduling.enums';

@InputType({ description: "A new shift's values" })
export class CreateShiftInput {
  @Field(() => ID, { description: 'Id of the team' })
  teamId: string;

  @Field(() => LocalDateScalar, { description: 'The local date the shift starts on' })
  date: string;

  @Field(() => ID, { description: 'Id of the shift type' })
  shiftTypeId: string;
}

@InputType({ description: 'Which shifts a list returns: every field given must match' })
export class ShiftFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only this team's shifts" })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only shifts of this shift type' })
  shiftTypeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Shifts this person works ("my schedule")' })
  staffId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this date, inclusive' })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Up to this date, inclusive' })
  dateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the shifts the viewer works (my schedule)' })
  mine?: boolean | null;

  @Field(() => [RosterStatusEnum], { nullable: true, description: "Only shifts of months in these statuses; drafts are visible to leaders and managers only" })
  rosterStatus?: RosterStatus[] | null;
}

@InputType({ description: 'While the month is a draft: move the shift to another date or shift type; every assigned person’s rules are checked again' })
export class UpdateShiftInput {
  @Field(() => ID, { nullable: true, description: 'Id of the shift type' })
  shiftTypeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The new date; another month moves the shift to that month’s draft' })
  date?: string | null;
}

export const SHIFT_SORT_FIELDS = ['DATE', 'STARTS_AT'] as const;
export const ShiftSort = SortInputType('Shift', SHIFT_SORT_FIELDS);
export type ShiftSort = InstanceType<typeof ShiftSort>;
