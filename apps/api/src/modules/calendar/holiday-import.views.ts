import { Field, Int, ObjectType } from 'type-graphql';
import { Holiday } from './holiday.entity';
import { CreateHolidayInput as OfficialCalendarDay } from './holiday.inputs';

@ObjectType({ description: 'A stored day the official schedule names differently' })
export class HolidayImportChange {
  @Field(() => OfficialCalendarDay, { description: 'What the import would save' })
  day: OfficialCalendarDay;

  @Field(() => Holiday, { description: 'What is stored now' })
  current: Holiday;
}

@ObjectType({ description: 'What importing one year of the official holiday schedule would do; nothing is saved' })
export class HolidayImportPreview {
  @Field(() => Int, { description: 'The year previewed' })
  year: number;

  @Field(() => String, { description: 'Where the schedule comes from (package and version, or the HOLIDAYS_DIR file)' })
  source: string;

  @Field(() => Boolean, { description: 'False when the source has no schedule for the year yet' })
  available: boolean;

  @Field(() => String, { description: 'The stored days as previewed: pass it to importHolidays, which refuses (CONFLICT) if they changed since' })
  fingerprint: string;

  @Field(() => [OfficialCalendarDay], { description: 'Dates not stored yet' })
  added: OfficialCalendarDay[];

  @Field(() => [HolidayImportChange], { description: 'Stored dates whose kind or name differ' })
  changed: HolidayImportChange[];

  @Field(() => [Holiday], { description: 'Stored dates that already match' })
  unchanged: Holiday[];

  @Field(() => [Holiday], { description: 'Stored dates the official schedule does not have (the department’s own): left as they are' })
  kept: Holiday[];
}

@ObjectType({ description: 'What an import saved' })
export class HolidayImportResult {
  @Field(() => Int, { description: 'The year imported' })
  year: number;

  @Field(() => String, { description: 'Where the official schedule came from' })
  source: string;

  @Field(() => Int, { description: 'Days added' })
  added: number;

  @Field(() => Int, { description: 'Days whose name or kind changed' })
  changed: number;

  @Field(() => Int, { description: 'Days already stored as they are' })
  unchanged: number;
}

@ObjectType({ description: 'Whether the holiday calendar is complete enough to roster on, by the business clock' })
export class HolidayCalendarStatus {
  @Field(() => [Int], { description: 'This year if it has no public holidays stored, and next year too from the notice month (setting calendar.holidayNoticeMonth) on' })
  missingYears: number[];
}
