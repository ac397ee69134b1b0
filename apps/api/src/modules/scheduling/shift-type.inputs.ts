import type { ShiftDays, ShiftKind } from '@sanxin/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { ShiftDaysEnum, ShiftKindEnum } from './scheduling.enums';
import { HeadcountView } from './shift-type.entity';

@InputType()
export class CreateShiftTypeInput {
  @Field(() => String)
  name: string;

  @Field(() => ShiftKindEnum)
  kind: ShiftKind;

  @Field(() => ShiftDaysEnum)
  days: ShiftDays;

  @Field(() => Int)
  startMinute: number;

  @Field(() => Int)
  endMinute: number;

  @Field(() => [HeadcountView])
  minHeadcount: HeadcountView[];
}

@InputType({ description: 'Only the fields given change; shifts already rostered keep their times' })
export class UpdateShiftTypeInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ShiftKindEnum, { nullable: true })
  kind?: ShiftKind;

  @Field(() => ShiftDaysEnum, { nullable: true })
  days?: ShiftDays;

  @Field(() => Int, { nullable: true })
  startMinute?: number;

  @Field(() => Int, { nullable: true })
  endMinute?: number;

  @Field(() => [HeadcountView], { nullable: true })
  minHeadcount?: HeadcountView[];
}

@InputType()
export class ShiftTypeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ShiftKindEnum, { nullable: true })
  kind?: ShiftKind | null;
}

export const SHIFT_TYPE_SORT_FIELDS = ['NAME', 'START_MINUTE'] as const;
export const ShiftTypeSort = SortInputType('ShiftType', SHIFT_TYPE_SORT_FIELDS);
export type ShiftTypeSort = InstanceType<typeof ShiftTypeSort>;
