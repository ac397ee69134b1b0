import type { ContractStoredStatus } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { BaseRecord } from '../../shared/base.entity';
import { ContractStoredStatusEnum } from './contract.enums';
import { moneyColumn } from '../../shared/db-columns';

/**
 * 服务合同. Only decided statuses are stored; EXPIRING/EXPIRED follow from `endDate` at read time.
 * Indexes follow the list's filters and sorts, each ending in the sort key and id for keyset paging;
 * (stored_status, end_date) serves the status and expiring filters.
 */
@ObjectType({ description: '服务合同' })
@Entity('contract')
@Index('uq_contract_number', ['number'], { unique: true })
@Index('idx_contract_updated', ['updatedAt', 'id'])
@Index('idx_contract_created', ['createdAt', 'id'])
@Index('idx_contract_start', ['startDate', 'id'])
@Index('idx_contract_end', ['endDate', 'id'])
@Index('idx_contract_amount', ['amount', 'id'])
@Index('idx_contract_status_end', ['storedStatus', 'endDate', 'id'])
@Index('idx_contract_customer_updated', ['customerId', 'updatedAt', 'id'])
@Index('idx_contract_owner_end', ['ownerId', 'endDate', 'id'])
export class Contract extends BaseRecord {
  @Field(() => String, { description: 'Contract number, unique' })
  @Column({ type: 'varchar', length: 50 })
  number: string;

  @Field(() => String, { description: 'Title (合同名称)' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Service scope' })
  @Column({ type: 'text', nullable: true })
  scope: string | null;

  @Field(() => LocalDateScalar, { description: 'First day of service (inclusive)' })
  @Column({ name: 'start_date', type: 'date', utc: true })
  startDate: string;

  @Field(() => LocalDateScalar, { description: 'Last day of service (inclusive)' })
  @Column({ name: 'end_date', type: 'date', utc: true })
  endDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '保修期 end' })
  @Column({ name: 'warranty_end_date', type: 'date', utc: true, nullable: true })
  warrantyEndDate: string | null;

  /** Exposed through a field resolver that hides it from viewers who may not see it. NOT NULL (0 when not agreed) so keyset paging by amount stays exact. */
  @Column({ type: 'decimal', precision: 14, scale: 2, default: 0, transformer: moneyColumn })
  amount: string;

  @Field(() => Boolean, { description: '保密约束条款' })
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ name: 'confidentiality_text', type: 'text', nullable: true })
  confidentialityText: string | null;

  @Field(() => ContractStoredStatusEnum, { description: 'The status as decided and stored (status adds EXPIRING/EXPIRED from the dates)' })
  @Column({ name: 'stored_status', type: 'varchar', length: 20 })
  storedStatus: ContractStoredStatus;

  @Field(() => ID, { description: '专人落实: the one designated owner' })
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'Why it was terminated (终止原因); null unless TERMINATED' })
  @Column({ name: 'termination_reason', type: 'varchar', length: 500, nullable: true })
  terminationReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The contract this one renews' })
  @Column({ name: 'renewed_from_id', type: 'varchar', length: 36, nullable: true })
  renewedFromId: string | null;

  @Field(() => ID, { nullable: true, description: 'The contract that renews this one' })
  @Column({ name: 'renewed_to_id', type: 'varchar', length: 36, nullable: true })
  renewedToId: string | null;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;
}
