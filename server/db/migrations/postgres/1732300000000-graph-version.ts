import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A counter of each organisation's graph rebuilds (as GraphVersion1732300000000 in SQLite). */
export class PostgresGraphVersion1732300000000 implements MigrationInterface {
  name = 'PostgresGraphVersion1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organization ADD COLUMN graph_version integer NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organization DROP COLUMN graph_version`);
  }
}
