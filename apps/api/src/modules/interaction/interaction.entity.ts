import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { InteractionChannelEnum, InteractionDirectionEnum, InteractionOutcomeEnum } from '../../graphql/enums';
import { BaseRecord } from '../../shared/base.entity';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { Staff } from '../staff';

@ObjectType({ description: '服务记录' })
@Entity('interaction')
@Index('idx_interaction_occurred', ['occurredAt', 'id'])
@Index('idx_interaction_created', ['createdAt', 'id'])
@Index('idx_interaction_customer_occurred', ['customerId', 'occurredAt', 'id'])
@Index('idx_interaction_staff_occurred', ['staffId', 'occurredAt', 'id'])
// The report roll-up finds the records changed since its last run (decision 0035).
@Index('idx_interaction_updated', ['updatedAt'])
export class Interaction extends BaseRecord {
  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the contact' })
  @Column({ name: 'contact_id', type: 'varchar', length: 36, nullable: true })
  contactId: string | null;

  @Field(() => ID, { description: 'Id of the agent' })
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => InteractionChannelEnum, { description: 'Channel (服务渠道)' })
  @Column({ type: 'varchar', length: 20 })
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum, { description: 'Inbound or outbound (呼入/呼出)' })
  @Column({ type: 'varchar', length: 20 })
  direction: InteractionDirection;

  @Field(() => String, { description: 'What was said and done (服务内容)' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true, description: 'Outcome (服务结果)' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome: InteractionOutcome | null;

  @Field(() => Date, { description: 'When it happened' })
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Customer, { nullable: true, description: 'The customer' })
  customer?: Customer | null;

  @Field(() => Contact, { nullable: true, description: 'The contact spoken to, if recorded' })
  contact?: Contact | null;

  @Field(() => Staff, { nullable: true, description: 'The agent who recorded it' })
  staff?: Staff | null;
}
