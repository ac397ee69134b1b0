import type { JobType } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JobTypeEnum } from '../../graphql/enums';
import { Staff } from '../staff';
import { Roster } from './roster.entity';
import { Shift } from './shift.entity';

@ObjectType({ description: 'Staff of a job type on a shift against its minimum' })
export class CoverageRow {
  @Field(() => JobTypeEnum)
  jobType: JobType;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  assigned: number;

  @Field(() => Int, { description: 'required − assigned, at least 0' })
  missing: number;
}

@ObjectType({ description: 'A seat the generator could not fill without breaking a rule' })
export class UnmetCoverageView {
  @Field(() => ID)
  shiftId: string;

  @Field(() => String)
  date: string;

  @Field(() => JobTypeEnum)
  jobType: JobType;

  @Field(() => Int)
  required: number;

  @Field(() => Int)
  assigned: number;
}

@ObjectType()
export class PersonLoadView {
  @Field(() => Staff)
  staff: Staff;

  @Field(() => Int)
  shifts: number;

  @Field(() => Int)
  nights: number;

  @Field(() => Int)
  holidayDuties: number;

  @Field(() => Float, { description: 'Hours of the shifts the person works in the month' })
  hours: number;
}

@ObjectType({ description: 'max − min per person' })
export class FairnessView {
  @Field(() => Int)
  nightSpread: number;

  @Field(() => Int)
  holidayDutySpread: number;

  @Field(() => Int)
  shiftSpread: number;

  @Field(() => Float, { description: 'max − min hours among people of one job type, the widest over the job types rostered' })
  hoursSpread: number;

  @Field(() => [PersonLoadView])
  loads: PersonLoadView[];
}

@ObjectType()
export class GeneratedRosterView {
  @Field(() => Roster)
  roster: Roster;

  @Field(() => [Shift])
  shifts: Shift[];

  @Field(() => [UnmetCoverageView])
  unmet: UnmetCoverageView[];

  @Field(() => FairnessView)
  fairness: FairnessView;

  @Field(() => Int, { nullable: true, description: 'The month’s year when it has no public holidays stored: holidays are rostered as working days, and publishing needs an administrator' })
  missingHolidayYear: number | null;
}

@ObjectType({ description: 'A shift running now and who works it' })
export class OnDutyView {
  @Field(() => Shift)
  shift: Shift;

  @Field(() => [Staff])
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
  @Field(() => Staff)
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

  @Field(() => [WorkingTimeWarning])
  warnings: WorkingTimeWarning[];
}
