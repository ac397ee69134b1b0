import type { SummaryPeriodKind, TrainingPlanStatus } from '@sanxin/domain';
import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SortInputType } from '../../graphql/pagination';
import { SummaryPeriodKindEnum, TrainingPlanStatusEnum } from './quality-summary.enums';

@InputType({ description: 'A training plan, usually from a QA summary (its period given as sourcePeriodKind and sourcePeriodStart)' })
export class CreateTrainingPlanInput {
  @Field(() => String, { description: 'What the training is about; 1–200 characters' })
  topic: string;

  @Field(() => String, { nullable: true, description: 'The scorecard dimension it works on (SERVICE_LANGUAGE …)' })
  dimension?: string | null;

  @Field(() => [ID], { description: 'The agents to train (1–200, each once)' })
  agentIds: string[];

  @Field(() => LocalDateScalar, { description: 'The planned date' })
  plannedOn: string;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters' })
  note?: string | null;

  @Field(() => SummaryPeriodKindEnum, { nullable: true, description: 'The kind of summary it comes from' })
  sourcePeriodKind?: SummaryPeriodKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day of the summary period it comes from' })
  sourcePeriodStart?: string | null;
}

@InputType({ description: 'Changes to a planned (not archived) training plan; absent fields stay' })
export class UpdateTrainingPlanInput {
  @Field(() => String, { nullable: true, description: 'What the training is about; 1–200 characters' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'The scorecard dimension it works on' })
  dimension?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The agents to train (replaces the list)' })
  agentIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The planned date' })
  plannedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters' })
  note?: string | null;
}

@InputType({ description: 'Archiving a training plan' })
export class ArchiveTrainingPlanInput {
  @Field(() => String, { nullable: true, description: 'Why, or what came of it; at most 500 characters (kept in the audit)' })
  note?: string | null;
}

@InputType({ description: 'One person at a session' })
export class TrainingResultInput {
  @Field(() => ID, { description: 'One of the plan’s agents' })
  staffId: string;

  @Field(() => Boolean, { description: 'Whether they attended' })
  attended: boolean;

  @Field(() => Float, { nullable: true, description: 'Exam score 0–100, one decimal; only for someone who attended' })
  examScore?: number | null;
}

@InputType({ description: 'A session of a planned training plan, with its attendance and exam scores' })
export class CreateTrainingSessionInput {
  @Field(() => ID, { description: 'The training plan (not archived)' })
  planId: string;

  @Field(() => LocalDateScalar, { description: 'When it was held' })
  heldOn: string;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters' })
  note?: string | null;

  @Field(() => [TrainingResultInput], { description: 'Attendance and exam score per agent of the plan' })
  results: TrainingResultInput[];
}

@InputType({ description: 'Which training plans a list returns: every field given must match' })
export class TrainingPlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [TrainingPlanStatusEnum], { nullable: true, description: 'Only plans in one of these statuses' })
  status?: TrainingPlanStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Chinese substring of the topic' })
  q?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Planned on or after this date' })
  plannedOnFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Planned on or before this date' })
  plannedOnTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the plans the viewer is to be trained in' })
  mine?: boolean | null;
}

export const TrainingPlanSort = SortInputType('TrainingPlan', ['PLANNED_ON', 'CREATED_AT'] as const);
export type TrainingPlanSort = InstanceType<typeof TrainingPlanSort>;
