import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/**
 * 质检评分表: a scorecard. Its dimensions live in versions: each edit adds one, and an evaluation
 * keeps the version it was scored on, so editing the scorecard never rewrites a past score.
 */
@ObjectType({ description: '质检评分表 (scorecard template): weighted dimensions and critical items, versioned' })
@Entity('scorecard_template')
@Index('idx_scorecard_template_name', ['name', 'id'])
@Index('idx_scorecard_template_updated', ['updatedAt', 'id'])
export class ScorecardTemplate extends BaseRecord {
  @Field(() => String, { description: 'Name (评分表名称)' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Int, { description: 'The current version (1, 2 …): new evaluations are scored on it' })
  @Column({ name: 'current_version', type: 'int' })
  currentVersion: number;

  @Field(() => Boolean, { description: 'The scorecard inspectors use by default; one at a time' })
  @Column({ type: 'boolean', default: false })
  active: boolean;
}
