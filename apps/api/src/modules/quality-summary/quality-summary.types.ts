import type { SummaryPeriodKind } from '@sanxin/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { SummaryPeriodKindEnum } from './quality-summary.enums';

@ObjectType({ description: 'One scorecard dimension over a period: the share of its scale reached, and the trend' })
export class QualityDimensionFigure {
  @Field(() => String, { description: 'The dimension (SERVICE_LANGUAGE, ATTITUDE, TONE, NEEDS_SUMMARY, ADAPTABILITY, or a template’s own code)' })
  dimension: string;

  @Field(() => Float, { nullable: true, description: 'Points scored ÷ points possible × 100, one decimal (comparable across scales); null when nothing was scored' })
  average: number | null;

  @Field(() => Int, { description: 'Items scored on it (one per evaluation)' })
  items: number;

  @Field(() => Float, { nullable: true, description: 'The same over the previous period' })
  previousAverage: number | null;

  @Field(() => Float, { nullable: true, description: 'average − previousAverage; null when either is missing' })
  change: number | null;
}

@ObjectType({ description: 'The QA figures of everyone, a team or an agent over a period, beside the previous period' })
export class QualityFigures {
  @Field(() => ID, { nullable: true, description: 'The agent (agent rows)' })
  agentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The team: of a team row, or the agent’s team when last evaluated; null for everyone, or agents with no team' })
  teamId: string | null;

  @Field(() => Int, { description: 'Evaluations counted (submitted or later; drafts never)' })
  evaluations: number;

  @Field(() => Float, { nullable: true, description: 'Mean evaluation total 0–100, one decimal (a critical failure counts as 0)' })
  average: number | null;

  @Field(() => Int, { description: 'Evaluations of the previous period' })
  previousEvaluations: number;

  @Field(() => Float, { nullable: true, description: 'Mean total of the previous period' })
  previousAverage: number | null;

  @Field(() => Float, { nullable: true, description: 'average − previousAverage (the trend); null when either is missing' })
  change: number | null;

  @Field(() => [QualityDimensionFigure], { description: 'Per dimension, in scorecard order' })
  dimensions: QualityDimensionFigure[];
}

@ObjectType({ description: 'A low-scored item of the period: the evaluation, the dimension, the score and the inspector’s comment' })
export class QualityLowItem {
  @Field(() => ID, { description: 'The evaluation' })
  evaluationId: string;

  @Field(() => ID, { description: 'The evaluated agent' })
  agentId: string;

  @Field(() => String, { description: 'The dimension' })
  dimension: string;

  @Field(() => Float, { description: 'The score given' })
  score: number;

  @Field(() => Float, { description: 'The top of its scale' })
  maxScore: number;

  @Field(() => String, { nullable: true, description: 'The inspector’s comment on it' })
  comment: string | null;
}

@ObjectType({ description: 'A clause that recurs in the inspectors’ comments on deducted items (常见问题)' })
export class QualityCommentPhrase {
  @Field(() => String, { description: 'The clause, as first written' })
  phrase: string;

  @Field(() => Int, { description: 'How many comments say it' })
  count: number;
}

@ObjectType({ description: '质检汇总: a week’s or a month’s evaluations per team and agent, the lowest items, the common comments, and the trend against the period before' })
export class QualitySummary {
  @Field(() => SummaryPeriodKindEnum, { description: 'Week or month' })
  periodKind: SummaryPeriodKind;

  @Field(() => LocalDateScalar, { description: 'First day of the period' })
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period' })
  periodEnd: string;

  @Field(() => LocalDateScalar, { description: 'First day of the previous period (the trend’s base)' })
  previousStart: string;

  @Field(() => QualityFigures, { description: 'Everyone in view together' })
  overall: QualityFigures;

  @Field(() => [QualityFigures], { description: 'Per team (the team when evaluated)' })
  teams: QualityFigures[];

  @Field(() => [QualityFigures], { description: 'Per agent evaluated in the period or the one before' })
  agents: QualityFigures[];

  @Field(() => [QualityLowItem], { description: 'The lowest-scored items of the period (share of the scale), at most lowestLimit' })
  lowestItems: QualityLowItem[];

  @Field(() => [QualityCommentPhrase], { description: 'Clauses said in two or more comments on deducted items of the period, most frequent first (at most 10)' })
  commonComments: QualityCommentPhrase[];
}
