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
export class Interaction extends BaseRecord {
  @Field(() => ID)
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'contact_id', type: 'varchar', length: 36, nullable: true })
  contactId: string | null;

  @Field(() => ID)
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Field(() => InteractionChannelEnum)
  @Column({ type: 'varchar', length: 20 })
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum)
  @Column({ type: 'varchar', length: 20 })
  direction: InteractionDirection;

  @Field(() => String)
  @Column({ type: 'text' })
  summary: string;

  @Field(() => InteractionOutcomeEnum, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome: InteractionOutcome | null;

  @Field(() => Date)
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Customer, { nullable: true })
  customer?: Customer | null;

  @Field(() => Contact, { nullable: true })
  contact?: Contact | null;

  @Field(() => Staff, { nullable: true })
  staff?: Staff | null;
}
