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
  @Field(() => ID)
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => ID)
  @Column({ name: 'agent_id', type: 'varchar', length: 36 })
  agentId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'previous_agent_id', type: 'varchar', length: 36, nullable: true })
  previousAgentId: string | null;

  @Field(() => ID)
  @Column({ name: 'assigned_by_id', type: 'varchar', length: 36 })
  assignedById: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => Date)
  @Column({ name: 'assigned_at', type: 'datetime', precision: 3 })
  assignedAt: Date;

  @Field(() => Date)
  @Column({ name: 'first_contact_due_at', type: 'datetime', precision: 3 })
  firstContactDueAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'first_contacted_at', type: 'datetime', precision: 3, nullable: true })
  firstContactedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The interaction that made the first contact' })
  @Column({ name: 'first_contact_interaction_id', type: 'varchar', length: 36, nullable: true })
  firstContactInteractionId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the customer was reassigned again' })
  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Field(() => Customer, { nullable: true })
  customer?: Customer | null;

  @Field(() => Staff, { nullable: true })
  agent?: Staff | null;

  @Field(() => Staff, { nullable: true })
  previousAgent?: Staff | null;

  @Field(() => Staff, { nullable: true })
  assignedBy?: Staff | null;
}
