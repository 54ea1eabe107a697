import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bearer tokens (only their hashes) and the audit log. */
export class Access1732280000000 implements MigrationInterface {
  name = 'Access1732280000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE access_token (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name VARCHAR NOT NULL,
      role VARCHAR NOT NULL CHECK (role IN ('viewer', 'hr', 'admin')),
      token_hash VARCHAR NOT NULL UNIQUE,
      created_at DATETIME NOT NULL,
      last_used_at DATETIME,
      revoked_at DATETIME)`);
    // A name picks one active token (for `orgraph token revoke <name>`).
    await runner.query(`CREATE UNIQUE INDEX access_token_active_name ON access_token(name) WHERE revoked_at IS NULL`);
    await runner.query(`CREATE TABLE audit_entry (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at DATETIME NOT NULL,
      actor VARCHAR NOT NULL,
      role VARCHAR NOT NULL,
      operation VARCHAR NOT NULL,
      summary TEXT NOT NULL,
      ok BOOLEAN NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE audit_entry`);
    await runner.query(`DROP TABLE access_token`);
  }
}
