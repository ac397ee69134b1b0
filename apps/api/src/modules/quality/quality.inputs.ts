import type { EvaluatedKind, EvaluationStatus } from '@sanxin/domain';
import { MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { EvaluatedKindEnum, EvaluationStatusEnum } from './quality.enums';

@ObjectType('ScorecardDimension', { description: 'A scored dimension of a scorecard version' })
@InputType('ScorecardDimensionInput', { description: 'A scored dimension' })
export class ScorecardDimensionValue {
  @Field(() => String, { description: 'Code: SERVICE_LANGUAGE, ATTITUDE, TONE, NEEDS_SUMMARY, ADAPTABILITY or an own one (A–Z, 0–9, _)' })
  code: string;

  @Field(() => Int, { description: 'Share of the total in percent; the weights add up to 100' })
  weight: number;

  @Field(() => Int, { description: 'Top of the scale (the bottom is 0), 1–100' })
  maxScore: number;
}

@InputType({ description: "A new scorecard's values (version 1)" })
export class CreateScorecardTemplateInput {
  @Field(() => String, { description: 'Name (评分表名称)' })
  @MaxLength(100)
  name: string;

  @Field(() => [ScorecardDimensionValue], { description: 'The dimensions, in order' })
  dimensions: ScorecardDimensionValue[];

  @Field(() => [String], { nullable: true, description: 'Codes of the critical items (否决项) that fail the whole evaluation' })
  criticalItems?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it the scorecard inspectors use (default: when none is)' })
  active?: boolean | null;
}

@InputType({ description: 'Only the fields given change; a new name, dimensions or critical items make a new version' })
export class UpdateScorecardTemplateInput {
  @Field(() => String, { nullable: true, description: 'Name (评分表名称)' })
  @MaxLength(100)
  name?: string | null;

  @Field(() => [ScorecardDimensionValue], { nullable: true, description: 'The dimensions, replacing the current ones' })
  dimensions?: ScorecardDimensionValue[] | null;

  @Field(() => [String], { nullable: true, description: 'The critical item codes, replacing the current ones' })
  criticalItems?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it the scorecard inspectors use' })
  active?: boolean | null;
}

@InputType({ description: 'Which scorecards a list returns' })
export class ScorecardTemplateFilter {
  @Field(() => String, { nullable: true, description: 'Text in the name' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the active (true) or the inactive (false) ones' })
  active?: boolean | null;
}

export const SCORECARD_TEMPLATE_SORT_FIELDS = ['NAME', 'UPDATED_AT'] as const;
export type ScorecardTemplateSortField = (typeof SCORECARD_TEMPLATE_SORT_FIELDS)[number];
export const ScorecardTemplateSort = SortInputType('ScorecardTemplate', SCORECARD_TEMPLATE_SORT_FIELDS);
export type ScorecardTemplateSort = InstanceType<typeof ScorecardTemplateSort>;

@InputType({ description: 'The score of one dimension' })
export class DimensionScoreInput {
  @Field(() => String, { description: 'The dimension code' })
  dimension: string;

  @Field(() => Float, { description: 'A whole number from 0 to the dimension’s maxScore' })
  score: number;

  @Field(() => String, { nullable: true, description: 'Comment on this dimension' })
  @MaxLength(500)
  comment?: string | null;
}

@InputType({ description: 'A new evaluation (a draft): the record evaluated; the agent, channel and month come from it' })
export class CreateQualityEvaluationInput {
  @Field(() => EvaluatedKindEnum, { description: 'What kind of record' })
  subjectKind: EvaluatedKind;

  @Field(() => ID, { description: 'The record' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The scorecard (default: the active one, at its current version)' })
  templateId?: string | null;

  @Field(() => [DimensionScoreInput], { nullable: true, description: 'Scores so far (a draft may be incomplete)' })
  @ValidateNested({ each: true })
  scores?: DimensionScoreInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Critical items that happened' })
  criticalFailures?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Overall comment' })
  @MaxLength(1000)
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the agent already has the monthly maximum of evaluations' })
  @MaxLength(500)
  overQuotaReason?: string | null;
}

@InputType({ description: 'Changes to a draft: the scores given replace the dimension’s score' })
export class UpdateQualityEvaluationInput {
  @Field(() => [DimensionScoreInput], { nullable: true, description: 'Scores' })
  @ValidateNested({ each: true })
  scores?: DimensionScoreInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Critical items that happened (replacing the current ones)' })
  criticalFailures?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Overall comment' })
  @MaxLength(1000)
  comment?: string | null;
}

@InputType({ description: 'Submitting: the final scores may be sent along' })
export class SubmitQualityEvaluationInput extends UpdateQualityEvaluationInput {}

@InputType({ description: 'Nothing to add: the agent has read the evaluation' })
export class AcknowledgeQualityEvaluationInput {
  @Field(() => String, { nullable: true, description: 'An optional note (kept in the audit)' })
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Why: a dispute (申诉) or a manager upholding it' })
export class QualityEvaluationReasonInput {
  @Field(() => String, { description: 'The reason' })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'The manager’s changed scores and why' })
export class ReviseQualityEvaluationInput {
  @Field(() => [DimensionScoreInput], { description: 'The dimensions whose score changes' })
  @ValidateNested({ each: true })
  scores: DimensionScoreInput[];

  @Field(() => [String], { nullable: true, description: 'Critical items that happened (replacing the current ones)' })
  criticalFailures?: string[] | null;

  @Field(() => String, { description: 'Why the scores change' })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'Which evaluations a list returns; an agent sees only their own whatever the filter' })
export class QualityEvaluationFilter {
  @Field(() => String, { nullable: true, description: 'Text in the comment or the dispute reason' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [EvaluationStatusEnum], { nullable: true, description: 'Only these statuses' })
  status?: EvaluationStatus[] | null;

  @Field(() => [EvaluatedKindEnum], { nullable: true, description: 'Only evaluations of these kinds of record' })
  subjectKind?: EvaluatedKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this agent' })
  agentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this inspector' })
  inspectorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only records of this month (YYYY-MM)' })
  month?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only evaluations of me (as the agent)' })
  mine?: boolean | null;
}

export const QUALITY_EVALUATION_SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT'] as const;
export type QualityEvaluationSortField = (typeof QUALITY_EVALUATION_SORT_FIELDS)[number];
export const QualityEvaluationSort = SortInputType('QualityEvaluation', QUALITY_EVALUATION_SORT_FIELDS);
export type QualityEvaluationSort = InstanceType<typeof QualityEvaluationSort>;
