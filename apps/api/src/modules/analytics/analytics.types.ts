import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';

@ObjectType({ description: 'One category’s share of the complaints received in the period, and its change against the previous period of equal length' })
export class AnalyticsCategoryShare {
  @Field(() => ID, { description: 'The category' })
  categoryId: string;

  @Field({ description: 'Its name (Chinese)' })
  categoryName: string;

  @Field(() => Int, { description: 'Complaints received in the period' })
  count: number;

  @Field(() => Float, { description: 'Share of the period’s complaints in per cent (unrounded; the shares sum to 100)' })
  share: number;

  @Field(() => Int, { description: 'Complaints received in the previous period of equal length' })
  previousCount: number;

  @Field(() => Float, { nullable: true, description: 'Change against the previous period in per cent; null when the previous period had none' })
  change: number | null;
}

@ObjectType({ description: 'Complaints received and closed in one month of the period' })
export class AnalyticsMonthTrend {
  @Field({ description: 'YYYY-MM (the first and last month are clipped to the period)' })
  month: string;

  @Field(() => Int, { description: 'Received' })
  received: number;

  @Field(() => Int, { description: 'Closed' })
  closed: number;
}

@ObjectType({ description: 'Deadline compliance of the complaints closed in one month: closed by their time limit (按时办结)' })
export class AnalyticsMonthCompliance {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Complaints closed in the month' })
  closed: number;

  @Field(() => Int, { description: 'Of them, closed by their time limit' })
  onTime: number;

  @Field(() => Float, { nullable: true, description: 'onTime / closed in per cent; null when none closed' })
  rate: number | null;
}

@ObjectType({ description: 'Follow-up answers (回访满意度) of the follow-ups completed in one month' })
export class AnalyticsMonthSatisfaction {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: '满意' })
  satisfied: number;

  @Field(() => Int, { description: '一般' })
  average: number;

  @Field(() => Int, { description: '不满意' })
  unsatisfied: number;

  @Field(() => Float, { nullable: true, description: 'Satisfied / answers in per cent; null when no answer' })
  satisfiedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score 1-5 of the scored answers, two decimals; null when none' })
  meanScore: number | null;
}

@ObjectType({ description: 'One person’s workload in the period, from the daily roll-ups' })
export class AnalyticsWorkload {
  @Field(() => ID, { description: 'The person' })
  staffId: string;

  @Field(() => String, { nullable: true, description: 'Their name' })
  staffName: string | null;

  @Field(() => Int, { description: 'Complaints they closed (办结)' })
  complaintsHandled: number;

  @Field(() => Int, { description: 'Follow-ups they completed' })
  followUpsDone: number;

  @Field(() => Int, { description: 'Interactions (service records and follow-up calls)' })
  interactions: number;
}

@ObjectType({ description: '统计分析: the parts asked for are computed, the others are empty' })
export class Analytics {
  @Field(() => LocalDateScalar, { description: 'First day of the period' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  to: string;

  @Field(() => LocalDateScalar, { description: 'First day of the previous period of equal length (the category mix’s comparison)' })
  previousFrom: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the previous period' })
  previousTo: string;

  @Field(() => ID, { nullable: true, description: 'The team the figures are of; null for the department or a person' })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person the figures are of (an agent’s own); null otherwise' })
  staffId: string | null;

  @Field(() => [AnalyticsCategoryShare], { description: 'Category mix of the complaints received, the largest first (raw rows: the roll-up has no category)' })
  categoryMix: AnalyticsCategoryShare[];

  @Field(() => [AnalyticsMonthTrend], { description: 'Received and closed per month (the daily roll-ups; raw rows when filtered by category or severity)' })
  monthlyTrend: AnalyticsMonthTrend[];

  @Field(() => [AnalyticsMonthCompliance], { description: 'Deadline compliance per month (raw rows: the roll-up has no time limits)' })
  deadlineCompliance: AnalyticsMonthCompliance[];

  @Field(() => [AnalyticsMonthSatisfaction], { description: 'Satisfaction per month (raw rows: the roll-up has no scores)' })
  satisfaction: AnalyticsMonthSatisfaction[];

  @Field(() => [AnalyticsWorkload], { description: 'Workload per person, the busiest first (the daily roll-ups; the category and severity filters do not apply)' })
  workload: AnalyticsWorkload[];
}
