import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox of push events (decision 0014): written in the transaction of the change it reports,
 * read by every API process's poller, so a subscriber on any process hears a change made on any other.
 * The auto-increment id orders them; rows older than a day are deleted by the hourly purge (push.job.ts).
 */
@Entity('push_event')
@Index('idx_push_event_at', ['at'])
export class PushEvent {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  /** A PushEventKind value. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  /** Who hears it: one person, or everyone with a role (proposals wait for any approver). */
  @Column({ name: 'recipient_id', type: 'varchar', length: 36, nullable: true })
  recipientId!: string | null;

  @Column({ name: 'recipient_role', type: 'varchar', length: 20, nullable: true })
  recipientRole!: string | null;

  @Column({ name: 'complaint_id', type: 'varchar', length: 36, nullable: true })
  complaintId!: string | null;
}
