import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last complaint number given on each business day. Registering a complaint increments its
 * day's row in the same transaction (an upsert), so the row lock orders concurrent registrations
 * across API processes and a rolled-back registration gives its number back.
 */
@Entity('complaint_number_counter')
export class ComplaintNumberCounter {
  /** Business day, YYYY-MM-DD in TZ_BUSINESS. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ name: 'last_sequence', type: 'int' })
  lastSequence: number;
}
