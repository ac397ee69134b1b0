import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Customer } from '../customer';
import { FollowUp } from './follow-up.entity';

@InputType({ description: '补回访: the coverage gaps of a period made into periodic-care follow-ups, spread evenly over the agents' })
export class AssignFollowUpCoverageGapsInput {
  @Field(() => String, { description: 'The period: a month (2026-12) or a quarter (2026-Q4)' })
  period: string;

  @Field(() => ID, { nullable: true, description: 'The team whose key customers (by their owner) are meant; a shift leader’s own team by default, the whole department for managers' })
  teamId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'These gaps (at most 1,000); not with `all`' })
  customerIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every gap of the period and team' })
  all?: boolean | null;

  @Field(() => [ID], { description: 'Who calls, in turn (at most 50); a shift leader assigns members of their team only' })
  assigneeIds: string[];
}

@ObjectType({ description: 'What a bulk assignment of coverage gaps did' })
export class FollowUpCoverageAssignment {
  @Field(() => Int, { description: 'Follow-ups created' })
  created: number;

  @Field(() => Int, { description: 'Gaps that already had their care follow-up for the period (assigned earlier, or by the periodic job): left as they are' })
  alreadyPlanned: number;
}

@ObjectType({ description: 'A key customer without a completed follow-up in the period' })
export class FollowUpCoverageGap {
  @Field(() => Customer, { description: 'The customer (PII masked by role)' })
  customer: Customer;

  @Field(() => FollowUp, { nullable: true, description: 'A follow-up of this customer still to call or in progress, if any: the gap is already planned' })
  openFollowUp: FollowUp | null;
}

@ObjectType({ description: '重点客户回访覆盖率: for the key customers (tier A) of a team or the department, whether each has a completed follow-up in the period' })
export class FollowUpCoverage {
  @Field(() => String, { description: 'The period (2026-12, 2026-Q4)' })
  period: string;

  @Field(() => String, { description: 'Its first day (business time zone)' })
  periodStart: string;

  @Field(() => String, { description: 'Its last day' })
  periodEnd: string;

  @Field(() => Int, { description: 'Key customers in scope' })
  total: number;

  @Field(() => Int, { description: 'Of them, those with a follow-up completed (DONE) in the period' })
  covered: number;

  @Field(() => Float, { description: 'covered / total in percent, one decimal; 100 when there is nobody to cover' })
  percent: number;

  @Field(() => Int, { description: 'Key customers not yet followed up in the period' })
  gapCount: number;

  @Field(() => [FollowUpCoverageGap], { description: 'The gaps asked for by `page` (offset paging), oldest customers first' })
  gaps: FollowUpCoverageGap[];
}
