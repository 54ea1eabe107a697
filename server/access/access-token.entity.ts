import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles.js';

/**
 * A bearer token. Only the SHA-256 of the token is stored: the token itself is shown once, when
 * it is created, and cannot be read back.
 */
@Entity('access_token')
export class AccessToken {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  /** Who or what the token is for ("Mari (HR)", "reporting script"); unique among active tokens. */
  @Column('varchar')
  name: string;

  @Column('varchar')
  role: Role;

  /** Hex SHA-256 of the token. */
  @Column('varchar', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column({ type: Date, name: 'created_at' })
  createdAt: Date;

  /** Updated at most once an hour, so that reading does not mean writing. */
  @Column({ type: Date, name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: Date, name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
