import type { RosterStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { RosterStatusEnum } from './scheduling.enums';

/** One team's month (排班表): a draft the leader may regenerate, until it is published. */
@ObjectType({ description: '排班表（班组 × 月）' })
@Entity('roster')
@Index('uq_roster_team_month', ['teamId', 'month'], { unique: true })
@Index('idx_roster_month', ['month', 'id'])
export class Roster extends BaseRecord {
  @Field(() => ID, { description: 'Id of the team' })
  @Column({ name: 'team_id', type: 'varchar', length: 36 })
  teamId: string;

  @Field(() => String, { description: 'YYYY-MM' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => RosterStatusEnum, { description: 'Draft or published' })
  @Column({ type: 'varchar', length: 20 })
  status: RosterStatus;

  @Field(() => Date, { nullable: true, description: 'When it was published; null while a draft' })
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of who published it' })
  @Column({ name: 'published_by_id', type: 'varchar', length: 36, nullable: true })
  publishedById: string | null;
}
