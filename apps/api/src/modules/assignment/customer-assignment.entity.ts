import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { Customer } from '../customer';
import { Staff } from '../staff';

/**
 * One assignment of a customer to an agent (分配), kept forever as its history. It opens a
 * first-contact deadline that the agent's first outbound interaction with the customer closes.
 */
@ObjectType({ description: '客户分配' })
@Entity('customer_assignment')
@Index('idx_assignment_customer', ['customerId', 'assignedAt'])
@Index('idx_assignment_assigned', ['assignedAt', 'id'])
@Index('idx_assignment_first_contact_due', ['firstContactDueAt', 'id'])
@Index('idx_assignment_agent_open', ['agentId', 'endedAt', 'firstContactedAt', 'firstContactDueAt'])
@Index('idx_assignment_open_due', ['endedAt', 'firstContactedAt', 'firstContactDueAt'])
export class CustomerAssignment extends BaseRecord {
  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID, { description: 'Id of the agent' })
  @Column({ name: 'agent_id', type: 'varchar', length: 36 })
  agentId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the previous agent' })
  @Column({ name: 'previous_agent_id', type: 'varchar', length: 36, nullable: true })
  previousAgentId: string | null;

  @Field(() => ID, { description: 'Id of who assigned it' })
  @Column({ name: 'assigned_by_id', type: 'varchar', length: 36 })
  assignedById: string;

  @Field(() => String, { description: 'Why it was assigned (分配原因)' })
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => Date, { description: 'When it was assigned' })
  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 })
  assignedAt: Date;

  @Field(() => Date, { description: 'By when the agent must first contact the customer (首次联系时限)' })
  @Column({ name: 'first_contact_due_at', type: 'datetime', precision: 3 })
  firstContactDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the agent first contacted the customer; null until then' })
  @Column({ name: 'first_contacted_at', type: 'datetime', precision: 3, nullable: true })
  firstContactedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The interaction that made the first contact' })
  @Column({ name: 'first_contact_interaction_id', type: 'varchar', length: 36, nullable: true })
  firstContactInteractionId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the customer was reassigned again' })
  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Field(() => Customer, { nullable: true, description: 'The customer assigned' })
  customer?: Customer | null;

  @Field(() => Staff, { nullable: true, description: 'The agent the customer was assigned to' })
  agent?: Staff | null;

  @Field(() => Staff, { nullable: true, description: 'The agent who had the customer before; null for a first assignment' })
  previousAgent?: Staff | null;

  @Field(() => Staff, { nullable: true, description: 'Who assigned it' })
  assignedBy?: Staff | null;
}
