import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One inspector's blind score of one dimension: written once, on submitting, never changed. The key's first column serves the per-session reads. */
@ObjectType({ description: 'One inspector’s score of one dimension in a calibration' })
@Entity('calibration_score')
export class CalibrationScore {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @PrimaryColumn({ name: 'inspector_id', type: 'varchar', length: 36 })
  inspectorId: string;

  @Field(() => String, { description: 'Dimension code (SERVICE_LANGUAGE …)' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  dimension: string;

  @Field(() => Int, { description: 'The score, 0 to the dimension’s maxScore' })
  @Column({ type: 'int' })
  score: number;
}
