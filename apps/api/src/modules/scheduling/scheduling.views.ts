import type { JobType } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JobTypeEnum } from '../../graphql/enums';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { Staff } from '../staff';
import { Roster } from './roster.entity';
import { Shift } from './shift.entity';

@ObjectType({ description: 'Staff of a job type on a shift against its minimum' })
export class CoverageRow {
  @Field(() => JobTypeEnum, { description: 'The job type (工种)' })
  jobType: JobType;

  @Field(() => Int, { description: 'People of this job type the shift type needs at least' })
  required: number;

  @Field(() => Int, { description: 'People of this job type assigned to the shift' })
  assigned: number;

  @Field(() => Int, { description: 'required − assigned, at least 0' })
  missing: number;
}

@ObjectType({ description: 'A seat the generator could not fill without breaking a rule' })
export class UnmetCoverageView {
  @Field(() => ID, { description: 'Id of the shift' })
  shiftId: string;

  @Field(() => LocalDateScalar, { description: "The shift's date" })
  date: string;

  @Field(() => JobTypeEnum, { description: 'The job type short' })
  jobType: JobType;

  @Field(() => Int, { description: 'People of the job type required' })
  required: number;

  @Field(() => Int, { description: 'People of the job type assigned' })
  assigned: number;
}

@ObjectType({ description: "One person's load in a rostered month" })
export class PersonLoadView {
  @Field(() => Staff, { description: 'The person' })
  staff: Staff;

  @Field(() => Int, { description: 'Shifts in all' })
  shifts: number;

  @Field(() => Int, { description: 'Night shifts (夜班)' })
  nights: number;

  @Field(() => Int, { description: 'Holiday duties (节假日值班)' })
  holidayDuties: number;

  @Field(() => Float, { description: 'Hours of the shifts the person works in the month' })
  hours: number;
}

@ObjectType({ description: 'max − min per person' })
export class FairnessView {
  @Field(() => Int, { description: 'max − min night shifts among people of one job type' })
  nightSpread: number;

  @Field(() => Int, { description: 'max − min holiday duties among people of one job type' })
  holidayDutySpread: number;

  @Field(() => Int, { description: 'max − min shifts among people of one job type' })
  shiftSpread: number;

  @Field(() => Float, { description: 'max − min hours among people of one job type, the widest over the job types rostered' })
  hoursSpread: number;

  @Field(() => [PersonLoadView], { description: "Each person's load in the month" })
  loads: PersonLoadView[];
}

@ObjectType({ description: 'A drafted month (排班) with its shifts, its gaps and how fairly it spreads the load' })
export class GeneratedRosterView {
  @Field(() => Roster, { description: 'The drafted roster' })
  roster: Roster;

  @Field(() => [Shift], { description: 'Its shifts with their assignments' })
  shifts: Shift[];

  @Field(() => [UnmetCoverageView], { description: 'Shifts short of their minimum headcount' })
  unmet: UnmetCoverageView[];

  @Field(() => FairnessView, { description: 'How evenly the month spreads shifts, nights and holiday duties' })
  fairness: FairnessView;

  @Field(() => Int, { nullable: true, description: 'The month’s year when it has no public holidays stored: holidays are rostered as working days, and publishing needs an administrator' })
  missingHolidayYear: number | null;
}

@ObjectType({ description: 'A shift running now and who works it' })
export class OnDutyView {
  @Field(() => Shift, { description: 'The shift' })
  shift: Shift;

  @Field(() => [Staff], { description: 'The people on it' })
  staff: Staff[];

  @Field(() => Staff, { nullable: true, description: '值班长' })
  leaderOnDuty: Staff | null;
}

@ObjectType({ description: 'A working-time rule a person’s month breaks (tooFewDaysOff, monthlyHoursExceeded)' })
export class WorkingTimeWarning {
  @Field(() => String, { description: 'The rule, also the i18n key of its message' })
  rule: string;

  @Field(() => String, { nullable: true, description: 'tooFewDaysOff: the first of the 7 days' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'tooFewDaysOff: the last of the 7 days' })
  to: string | null;

  @Field(() => Int, { nullable: true, description: 'tooFewDaysOff: days off in those 7' })
  daysOff: number | null;

  @Field(() => Int, { nullable: true, description: 'tooFewDaysOff: the least required' })
  minDaysOff: number | null;

  @Field(() => Float, { nullable: true, description: 'monthlyHoursExceeded: hours rostered' })
  hours: number | null;

  @Field(() => Float, { nullable: true, description: 'monthlyHoursExceeded: the ceiling' })
  max: number | null;
}

@ObjectType({ description: 'A person’s month in hours (工时)' })
export class StaffMonthHoursView {
  @Field(() => Staff, { description: 'The person' })
  staff: Staff;

  @Field(() => Int, { description: 'Shifts starting in the month' })
  shifts: number;

  @Field(() => Float, { description: 'Hours of those shifts, in any team' })
  hours: number;

  @Field(() => Float, { description: 'The month’s working days × the standard week / 5' })
  standardHours: number;

  @Field(() => Float, { description: 'Hours above the standard (加班), reported' })
  overtimeHours: number;

  @Field(() => Float, { nullable: true, description: 'The monthly ceiling of the person’s job type' })
  maxHours: number | null;

  @Field(() => [WorkingTimeWarning], { description: 'Working-time rules the month breaks (工时预警)' })
  warnings: WorkingTimeWarning[];
}
