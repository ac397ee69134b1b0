import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../shared/base.entity';
import { Customer } from '../customer';

@ObjectType({ description: '联系人' })
@Entity('contact')
@Index('idx_contact_customer', ['customerId', 'name'])
@Index('idx_contact_name', ['name', 'id'])
@Index('idx_contact_created', ['createdAt', 'id'])
export class Contact extends BaseRecord {
  @Field(() => ID, { description: 'Id of the customer' })
  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @Field(() => String, { description: 'Name (联系人姓名)' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title (职务)' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true, description: "Masked unless the viewer may see the customer's PII" })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Masked like phone' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => Boolean, { description: "The customer's main contact (主要联系人); one per customer" })
  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;

  @Column({ name: 'archived_at', type: 'datetime', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Customer, { nullable: true, description: 'The customer the contact belongs to' })
  customer?: Customer | null;
}
