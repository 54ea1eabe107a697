import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Other spellings of a position title, merged as likely typos. */
export class PositionAliases1732270000000 implements MigrationInterface {
  name = 'PositionAliases1732270000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE position ADD COLUMN aliases VARCHAR`);
  }

  async down(): Promise<void> {
    // SQLite keeps the column; it is unused by older versions.
  }
}
