import type { Department, PartReplacementStatus } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DecimalScalar } from '../../graphql/decimal.scalar';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { moneyColumn } from '../../shared/db-columns';
import { DepartmentEnum, PartReplacementStatusEnum } from '../contract';

/** 有偿换件: recorded by customer service, done by the responsible department. */
@ObjectType({ description: '有偿换件' })
@Entity('part_replacement')
@Index('idx_part_replacement_updated', ['updatedAt', 'id'])
@Index('idx_part_replacement_created', ['createdAt', 'id'])
@Index('idx_part_replacement_customer', ['customerId', 'updatedAt', 'id'])
@Index('idx_part_replacement_contract', ['contractId', 'updatedAt', 'id'])
@Index('idx_part_replacement_status', ['status', 'updatedAt', 'id'])
@Index('idx_part_replacement_department', ['department', 'updatedAt', 'id'])
export class PartReplacement extends BaseRecord {
  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the contract' })
  @Column({ name: 'contract_id', type: 'varchar', length: 36, nullable: true })
  contractId: string | null;

  @Field(() => String, { description: 'The part (配件名称)' })
  @Column({ name: 'part_name', type: 'varchar', length: 100 })
  partName: string;

  @Field(() => Int, { description: 'How many' })
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'CNY; set by the quote (0 under warranty)' })
  @Column({ name: 'unit_price', type: 'decimal', precision: 14, scale: 2, nullable: true, transformer: moneyColumn })
  unitPrice: string | null;

  @Field(() => Boolean, { description: '合同内' })
  @Column({ name: 'inside_contract', type: 'boolean', default: false })
  insideContract: boolean;

  @Field(() => Boolean, { description: '保修期内: free of charge' })
  @Column({ name: 'warranty_covered', type: 'boolean', default: false })
  warrantyCovered: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "整机保修截止日: the machine's own warranty end (warranty card); a warranty-covered replacement needs it or its contract's warranty" })
  @Column({ name: 'machine_warranty_end_date', type: 'date', utc: true, nullable: true })
  machineWarrantyEndDate: string | null;

  @Field(() => DepartmentEnum, { nullable: true, description: 'Responsible department' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  department: Department | null;

  @Field(() => String, { nullable: true, description: 'What is wrong and what is needed' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => PartReplacementStatusEnum, { description: 'Where it stands' })
  @Column({ type: 'varchar', length: 20 })
  status: PartReplacementStatus;

  @Field(() => ID, { description: 'Who registered it (首问负责: they stay the bridge to the customer)' })
  @Column({ name: 'requested_by_id', type: 'varchar', length: 36 })
  requestedById: string;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;
}
