import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One `Idempotency-Key` a staff member sent with a mutation, and the answer it got: written in the
 * mutation's own transaction, so a process killed between the commit and the answer leaves both
 * or neither. Kept 24 h (IDEMPOTENCY_KEY_TTL_MS). Not in the GraphQL schema.
 */
@Entity('idempotency_key')
@Index('idx_idempotency_key_created', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  /** SHA-256 of the key as sent (hex): any length a client chooses fits, and the key itself is not kept. */
  @PrimaryColumn({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  /** SHA-256 of the operation and its variables: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** The HTTP status, content type and body of the first answer, replayed as they were. */
  @Column({ type: 'smallint' })
  status: number;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'text' })
  body: string;
}
