import type { CalendarDayKind } from '@sanxin/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDayKindEnum } from '../../graphql/enums';
import { SortInputType } from '../../graphql/pagination';

/** One class for both: the day the import would save is exactly what a created holiday takes. */
@ObjectType('OfficialCalendarDay', { description: 'A day of the official schedule' })
@InputType('CreateHolidayInput')
export class CreateHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKindEnum)
  kind: CalendarDayKind;

  @Field(() => String)
  name: string;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateHolidayInput {
  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => CalendarDayKindEnum, { nullable: true })
  kind?: CalendarDayKind;

  @Field(() => String, { nullable: true })
  name?: string;
}

@InputType()
export class HolidayFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => CalendarDayKindEnum, { nullable: true })
  kind?: CalendarDayKind | null;

  @Field(() => String, { nullable: true, description: 'From this date (YYYY-MM-DD), inclusive' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this date, inclusive' })
  dateTo?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

export const HOLIDAY_SORT_FIELDS = ['DATE'] as const;
export const HolidaySort = SortInputType('Holiday', HOLIDAY_SORT_FIELDS);
export type HolidaySort = InstanceType<typeof HolidaySort>;
