import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** An invited inspector as a viewer sees them: their scores only when the blind rule lets this viewer read them. */
@ObjectType({ description: 'An inspector invited to a calibration, with their scores once the viewer may read them' })
export class CalibrationParticipantView {
  @Field(() => ID, { description: 'The inspector' })
  inspectorId: string;

  @Field(() => Date, { nullable: true, description: 'When they submitted their scores; null while they have not' })
  submittedAt: Date | null;

  @Field(() => [CalibrationDimensionScore], {
    nullable: true,
    description: 'Their scores in the scorecard’s order; null while blind (before the reveal, only the inspector reads their own)',
  })
  scores: CalibrationDimensionScore[] | null;
}

@ObjectType({ description: 'A score of one dimension' })
export class CalibrationDimensionScore {
  @Field(() => String, { description: 'Dimension code (SERVICE_LANGUAGE …)' })
  dimension: string;

  @Field(() => Int, { description: 'Whole points, 0 to the dimension’s maxScore' })
  score: number;
}

@ObjectType({ description: 'How far the inspectors are apart on one dimension (the range judged against the session’s tolerance)' })
export class CalibrationDimensionSpread {
  @Field(() => String, { description: 'Dimension code' })
  dimension: string;

  @Field(() => Int, { description: 'The top of its scale' })
  maxScore: number;

  @Field(() => Int, { description: 'How many inspectors scored it' })
  count: number;

  @Field(() => Int, { description: 'Lowest score' })
  min: number;

  @Field(() => Int, { description: 'Highest score' })
  max: number;

  @Field(() => Int, { description: 'Highest minus lowest' })
  range: number;

  @Field(() => Float, { description: 'The range as a percent of the scale, one decimal' })
  rangePercent: number;

  @Field(() => Float, { description: 'Mean, two decimals' })
  mean: number;

  @Field(() => Float, { description: 'Mean absolute deviation around the mean, two decimals' })
  meanAbsoluteDeviation: number;

  @Field(() => Int, { description: 'Median (the middle two averaged and rounded half up for an even count): the default agreed score' })
  median: number;

  @Field(() => Boolean, { description: 'The range is beyond the tolerance: a disagreement to discuss' })
  disagrees: boolean;
}
