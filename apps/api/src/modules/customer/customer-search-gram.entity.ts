import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Two-character grams of each customer's search text: an n-gram index that works on MySQL,
 * MariaDB and SQLite alike, so a rare `q` finds its few customers without scanning them all.
 */
@Entity('customer_search_gram')
@Index('idx_customer_search_gram_customer', ['customerId'])
export class CustomerSearchGram {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  gram: string;

  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId: string;
}
