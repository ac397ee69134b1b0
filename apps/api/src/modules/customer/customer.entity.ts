import type { CustomerKind, CustomerSource, CustomerTier, LifecycleStage } from '@sanxin/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CustomerKindEnum, CustomerSourceEnum, CustomerTierEnum, LifecycleStageEnum } from '../../graphql/enums';
import { BaseRecord } from '../../shared/base.entity';
import { Contact } from '../contact';
import { Staff } from '../staff';

/** Indexes follow the list's filters and sorts: each ends in the sort key and id for keyset paging. */
@ObjectType({ description: '客户' })
@Entity('customer')
@Index('idx_customer_updated', ['updatedAt', 'id'])
@Index('idx_customer_created', ['createdAt', 'id'])
@Index('idx_customer_name', ['name', 'id'])
@Index('idx_customer_phone', ['phone'])
@Index('idx_customer_owner_updated', ['ownerId', 'updatedAt', 'id'])
@Index('idx_customer_owner_archived', ['ownerId', 'archivedAt'])
@Index('idx_customer_tier_updated', ['tier', 'updatedAt', 'id'])
@Index('idx_customer_lifecycle_updated', ['lifecycle', 'updatedAt', 'id'])
export class Customer extends BaseRecord {
  @Field(() => CustomerKindEnum, { description: 'Company or individual (客户类型)' })
  @Column({ type: 'varchar', length: 20 })
  kind: CustomerKind;

  @Field(() => String, { description: 'Name (客户名称)' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Company or organisation (单位名称)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  @Field(() => String, { nullable: true, description: 'Masked (138****5678) unless the viewer owns the customer or may see PII' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Masked like phone' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Masked like phone' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Field(() => CustomerSourceEnum, { nullable: true, description: 'Where the customer came from (客户来源)' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  source: CustomerSource | null;

  @Field(() => String, { nullable: true, description: 'Industry (行业)' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  industry: string | null;

  @Field(() => CustomerTierEnum, { description: 'Tier (客户分级): A is a key customer' })
  @Column({ type: 'varchar', length: 1 })
  tier: CustomerTier;

  @Field(() => LifecycleStageEnum, { description: 'Lifecycle stage (生命周期)' })
  @Column({ type: 'varchar', length: 20 })
  lifecycle: LifecycleStage;

  @Field(() => [String], { description: 'Free tags (标签)' })
  @Column({ type: 'simple-json' })
  tags: string[];

  @Field(() => String, { nullable: true, description: 'Free notes (备注)' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the owning agent; null while unassigned' })
  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId: string | null;

  /**
   * The customer's own wishes about calls (一个避免): they narrow the calling windows of every
   * follow-up and outbound call. Not PII: whoever may call the customer must see them.
   */
  @Field(() => Boolean, { description: 'Do not call at all (拒绝来电): follow-up attempts and outbound calls are refused' })
  @Column({ name: 'do_not_call', type: 'boolean', default: false })
  doNotCall: boolean;

  @Field(() => Int, { nullable: true, description: 'Do not call before this minute of the day (business time; 540 = 09:00)' })
  @Column({ name: 'call_not_before_minute', type: 'smallint', nullable: true })
  callNotBeforeMinute: number | null;

  @Field(() => Int, { nullable: true, description: 'Do not call from this minute of the day on (business time; 1080 = 18:00)' })
  @Column({ name: 'call_not_after_minute', type: 'smallint', nullable: true })
  callNotAfterMinute: number | null;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  /** Name, company, contact names and phone digits, for substring search (see docs/decisions); only the search's WHERE reads it, never a SELECT. */
  @Column({ name: 'search_text', type: 'varchar', length: 1000, default: '', select: false })
  searchText: string;

  @Field(() => Staff, { nullable: true, description: 'The agent the customer is assigned to (负责业务代表)' })
  owner?: Staff | null;

  @Field(() => [Contact], { description: "The customer's contacts (联系人)" })
  contacts?: Contact[];
}
