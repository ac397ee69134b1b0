import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per tag, so "customers tagged X" is an index lookup; customer.tags is the read copy. */
@Entity('customer_tag')
@Index('idx_customer_tag_tag', ['tag', 'customerId'])
export class CustomerTag {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  tag: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
