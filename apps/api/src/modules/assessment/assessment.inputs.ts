import type { AssessmentStatus } from '@sanxin/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { AssessmentStatusEnum } from './assessment.enums';

@InputType({ description: 'Compute (or recompute) the month’s assessments; confirmed ones are never touched' })
export class ComputeMonthlyAssessmentsInput {
  @Field(() => String, { description: "The month, 'YYYY-MM', not after the current one" })
  month: string;

  @Field(() => [ID], { nullable: true, description: 'Only these agents (default: every active agent)' })
  staffIds?: string[] | null;
}

@ObjectType({ description: 'What a computation did' })
export class MonthlyAssessmentComputation {
  @Field(() => String, { description: 'The month' })
  month: string;

  @Field(() => Int, { description: 'Assessments created' })
  created: number;

  @Field(() => Int, { description: 'Unconfirmed assessments whose figures changed and were updated (an adjustment stays)' })
  updated: number;

  @Field(() => Int, { description: 'Assessments left as they were: confirmed, or with unchanged figures' })
  unchanged: number;
}

@InputType({ description: '调整: the manager’s score, with a reason (audited)' })
export class AdjustMonthlyAssessmentInput {
  @Field(() => Float, { description: 'The score that counts, 0–100 (one decimal)' })
  score: number;

  @Field(() => String, { description: 'Why; 1–500 characters' })
  reason: string;
}

@InputType({ description: '认定: the manager confirms the assessment; it is final afterwards' })
export class ConfirmMonthlyAssessmentInput {
  @Field(() => String, { nullable: true, description: 'At most 500 characters (kept in the audit)' })
  note?: string | null;
}

@InputType({ description: 'Which monthly assessments a list returns: every field given must match' })
export class MonthlyAssessmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only this month ('YYYY-MM')" })
  month?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this agent's" })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s' })
  teamId?: string | null;

  @Field(() => [AssessmentStatusEnum], { nullable: true, description: 'Only these statuses' })
  status?: AssessmentStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: the viewer's own" })
  mine?: boolean | null;
}

export const MonthlyAssessmentSort = SortInputType('MonthlyAssessment', ['MONTH', 'COMPUTED_SCORE'] as const);
export type MonthlyAssessmentSort = InstanceType<typeof MonthlyAssessmentSort>;
