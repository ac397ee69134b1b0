import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A server-side session; only the SHA-256 of its token is stored, so a leaked table opens nothing. */
@Entity('session')
@Index('idx_session_staff', ['staffId'])
export class SessionRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_session_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;
}
