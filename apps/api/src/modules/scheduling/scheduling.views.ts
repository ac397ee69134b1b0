import type { JobType } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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
}

@ObjectType({ description: 'max − min per person' })
export class FairnessView {
  @Field(() => Int)
  nightSpread: number;

  @Field(() => Int)
  holidayDutySpread: number;

  @Field(() => Int)
  shiftSpread: number;

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
