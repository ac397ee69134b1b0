import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';

/** The ids of the records a merge moved from the duplicate to the customer kept, by table: what an undo moves back. */
export interface MovedRecords {
  contacts: string[];
  interactions: string[];
  contracts: string[];
  complaints: string[];
  assignments: string[];
}

/**
 * 客户合并: the duplicate (source) is archived and its contacts, interactions, contracts, complaints
 * and assignment history move to the customer kept (target). Each keeps its own audit trail. Undone
 * the same business day, the moved records go back and the duplicate is restored.
 */
@ObjectType({ description: '客户合并记录' })
@Entity('customer_merge')
@Index('idx_customer_merge_source', ['sourceId', 'mergedAt'])
@Index('idx_customer_merge_target', ['targetId', 'mergedAt'])
export class CustomerMerge extends BaseRecord {
  @Field(() => ID, { description: 'The duplicate, archived by the merge' })
  @Column({ name: 'source_id', type: 'varchar', length: 36 })
  sourceId: string;

  @Field(() => ID, { description: 'The customer kept' })
  @Column({ name: 'target_id', type: 'varchar', length: 36 })
  targetId: string;

  @Field(() => ID, { description: 'Id of who merged' })
  @Column({ name: 'merged_by_id', type: 'varchar', length: 36 })
  mergedById: string;

  @Field(() => Date, { description: 'When the merge was made' })
  @Column({ name: 'merged_at', type: 'datetime', precision: 3 })
  mergedAt: Date;

  @Column({ type: 'simple-json' })
  moved: MovedRecords;

  @Field(() => Date, { nullable: true, description: 'When it was undone; null if not' })
  @Column({ name: 'undone_at', type: 'datetime', precision: 3, nullable: true })
  undoneAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Id of who undid it' })
  @Column({ name: 'undone_by_id', type: 'varchar', length: 36, nullable: true })
  undoneById: string | null;
}
