import type { PartReplacementStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PartReplacementStatusEnum } from '../contract';

/** The timeline of a part replacement: one row per step, who took it, when, and what was said. */
@ObjectType({ description: '换件处理记录' })
@Entity('part_replacement_step')
@Index('idx_part_replacement_step_replacement', ['partReplacementId', 'at', 'id'])
export class PartReplacementStep {
  @Field(() => ID, { description: 'Unique id of the step' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'Id of the part replacement' })
  @Column({ name: 'part_replacement_id', type: 'varchar', length: 36 })
  partReplacementId: string;

  @Field(() => String, { description: 'request, forward, quote, accept, decline, complete' })
  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Field(() => PartReplacementStatusEnum, { description: 'The status it led to' })
  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: PartReplacementStatus;

  @Field(() => String, { nullable: true, description: "department, price or the customer's words" })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'Id of who took the step' })
  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Field(() => Date, { description: 'When the step was taken' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
