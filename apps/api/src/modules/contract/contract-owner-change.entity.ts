import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per owner designation (专人落实), written in the same transaction as the change. */
@ObjectType({ description: '合同负责人变更' })
@Entity('contract_owner_change')
@Index('idx_contract_owner_change_contract', ['contractId', 'at', 'id'])
export class ContractOwnerChange {
  @Field(() => ID, { description: 'Unique id of the change' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'Id of the contract' })
  @Column({ name: 'contract_id', type: 'varchar', length: 36 })
  contractId: string;

  @Field(() => ID, { nullable: true, description: 'null for the first owner' })
  @Column({ name: 'from_owner_id', type: 'varchar', length: 36, nullable: true })
  fromOwnerId: string | null;

  @Field(() => ID, { description: 'Id of the new owner' })
  @Column({ name: 'to_owner_id', type: 'varchar', length: 36 })
  toOwnerId: string;

  @Field(() => ID, { description: 'Id of who assigned' })
  @Column({ name: 'assigned_by_id', type: 'varchar', length: 36 })
  assignedById: string;

  @Field(() => String, { nullable: true, description: 'Why; required when a manager reassigns' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Field(() => Date, { description: 'When the owner changed' })
  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
