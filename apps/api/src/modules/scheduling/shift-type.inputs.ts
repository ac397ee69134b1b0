import { MaxLength } from 'class-validator';
import type { ShiftDays, ShiftKind } from '@sanxin/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { ShiftDaysEnum, ShiftKindEnum } from './scheduling.enums';
import { HeadcountView } from './shift-type.entity';

@InputType({ description: "A new shift type's values" })
export class CreateShiftTypeInput {
  @Field(() => String, { description: 'Name, e.g. 早班' })
  name: string;

  @Field(() => ShiftKindEnum, { description: 'Day, night or holiday duty (班次类型)' })
  kind: ShiftKind;

  @Field(() => ShiftDaysEnum, { description: 'Which days it runs on' })
  days: ShiftDays;

  @Field(() => Int, { description: 'Minutes after local midnight (08:00 = 480)' })
  startMinute: number;

  @Field(() => Int, { description: 'At or before startMinute: the shift ends the next day' })
  endMinute: number;

  @Field(() => [HeadcountView], { description: 'The least staff per job type it needs (最低人数)' })
  minHeadcount: HeadcountView[];
}

@InputType({ description: 'Only the fields given change; shifts already rostered keep their times' })
export class UpdateShiftTypeInput {
  @Field(() => String, { nullable: true, description: 'Name, e.g. 早班' })
  name?: string;

  @Field(() => ShiftKindEnum, { nullable: true, description: 'Day, night or holiday duty (班次类型)' })
  kind?: ShiftKind;

  @Field(() => ShiftDaysEnum, { nullable: true, description: 'Which days it runs on' })
  days?: ShiftDays;

  @Field(() => Int, { nullable: true, description: 'Minutes after local midnight (08:00 = 480)' })
  startMinute?: number;

  @Field(() => Int, { nullable: true, description: 'At or before startMinute: the shift ends the next day' })
  endMinute?: number;

  @Field(() => [HeadcountView], { nullable: true, description: 'The least staff per job type it needs (最低人数)' })
  minHeadcount?: HeadcountView[];
}

@InputType({ description: 'Which shift types a list returns: every field given must match' })
export class ShiftTypeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Substring of the name (班次名称)' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ShiftKindEnum], { nullable: true, description: 'Only these kinds' })
  kind?: ShiftKind[] | null;
}

export const SHIFT_TYPE_SORT_FIELDS = ['NAME', 'START_MINUTE'] as const;
export const ShiftTypeSort = SortInputType('ShiftType', SHIFT_TYPE_SORT_FIELDS);
export type ShiftTypeSort = InstanceType<typeof ShiftTypeSort>;
