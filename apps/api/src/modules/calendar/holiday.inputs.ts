import { MaxLength } from 'class-validator';
import type { CalendarDayKind } from '@sanxin/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDayKindEnum } from '../../graphql/enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';

/** One class for both: the day the import would save is exactly what a created holiday takes. */
@ObjectType('OfficialCalendarDay', { description: 'A day of the official schedule' })
@InputType('CreateHolidayInput', { description: 'A public holiday or make-up working day; also a day of the official schedule (OfficialCalendarDay)' })
export class CreateHolidayInput {
  @Field(() => LocalDateScalar, { description: 'The day' })
  date: string;

  @Field(() => CalendarDayKindEnum, { description: 'A public holiday or a make-up working day' })
  kind: CalendarDayKind;

  @Field(() => String, { description: 'Name, e.g. 春节' })
  name: string;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateHolidayInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day' })
  date?: string;

  @Field(() => CalendarDayKindEnum, { nullable: true, description: 'A public holiday or a make-up working day' })
  kind?: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'Name, e.g. 春节' })
  name?: string;
}

@InputType({ description: 'Which calendar days a list returns: every field given must match' })
export class HolidayFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Substring of the name (节假日名称)' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [CalendarDayKindEnum], { nullable: true, description: 'Only these kinds (holidays, make-up working days)' })
  kind?: CalendarDayKind[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this date, inclusive' })
  dateFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Up to this date, inclusive' })
  dateTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only days of this year' })
  year?: number | null;
}

export const HOLIDAY_SORT_FIELDS = ['DATE'] as const;
export const HolidaySort = SortInputType('Holiday', HOLIDAY_SORT_FIELDS);
export type HolidaySort = InstanceType<typeof HolidaySort>;
