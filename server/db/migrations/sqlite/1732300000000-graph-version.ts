import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A counter of each organisation's graph rebuilds, so that what is derived from the graph can be kept until it changes. */
export class GraphVersion1732300000000 implements MigrationInterface {
  name = 'GraphVersion1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organization ADD COLUMN graph_version INTEGER NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organization DROP COLUMN graph_version`);
  }
}
