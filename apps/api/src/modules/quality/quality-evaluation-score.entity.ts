import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalColumn } from './quality-decimal';

/**
 * One dimension's score on an evaluation. A revision updates the rows in place (the old values are
 * in the audit), so summaries always read the current scores.
 */
@ObjectType({ description: 'One dimension’s score on an evaluation' })
@Entity('quality_evaluation_score')
@Index('idx_quality_evaluation_score_items', ['evaluationId', 'dimension', 'score', 'maxScore'])
@Index('idx_quality_evaluation_score_dimension', ['dimension'])
export class QualityEvaluationScore {
  @Field(() => ID, { description: 'Identifier' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'evaluation_id', type: 'varchar', length: 36 })
  evaluationId: string;

  @Field(() => String, { description: 'Dimension code (SERVICE_LANGUAGE …)' })
  @Column({ type: 'varchar', length: 40 })
  dimension: string;

  @Field(() => Float, { description: 'The score, 0 to maxScore' })
  @Column(decimalColumn({ name: 'score' }))
  score: number;

  @Field(() => Float, { description: 'The top of this dimension’s scale' })
  @Column(decimalColumn({ name: 'max_score' }))
  maxScore: number;

  @Field(() => Float, { description: 'The dimension’s share of the total, in percent' })
  @Column(decimalColumn({ name: 'weight' }))
  weight: number;

  @Field(() => String, { nullable: true, description: 'The inspector’s comment on this dimension' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
