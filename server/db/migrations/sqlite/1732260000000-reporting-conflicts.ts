import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reporting lines the manager's "Alluvad" list and the subordinate's own "Vahetu juht" disagree on. */
export class ReportingConflicts1732260000000 implements MigrationInterface {
  name = 'ReportingConflicts1732260000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE reporting_conflict (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      kind VARCHAR NOT NULL,
      subordinate_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
      claimed_manager_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
      stated_manager_id INTEGER REFERENCES position(id) ON DELETE CASCADE)`);
    await runner.query(`CREATE INDEX reporting_conflict_organization ON reporting_conflict(organization_id)`);
    await runner.query(`CREATE INDEX reporting_conflict_subordinate ON reporting_conflict(subordinate_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reporting_conflict`);
  }
}
