import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { decimalColumn } from './quality-decimal';

/**
 * One dimension's score on an evaluation. A revision updates the rows in place (the old values are
 * in the audit), so summaries always read the current scores.
 */
@Entity('quality_evaluation_score')
@Index('idx_quality_evaluation_score_evaluation', ['evaluationId'])
@Index('idx_quality_evaluation_score_dimension', ['dimension'])
export class QualityEvaluationScore {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'evaluation_id', type: 'varchar', length: 36 })
  evaluationId: string;

  @Column({ type: 'varchar', length: 40 })
  dimension: string;

  @Column(decimalColumn({ name: 'score' }))
  score: number;

  @Column(decimalColumn({ name: 'max_score' }))
  maxScore: number;

  @Column(decimalColumn({ name: 'weight' }))
  weight: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
