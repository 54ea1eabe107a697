import type { MigrationInterface, QueryRunner } from 'typeorm';

/** HR's corrections of header fields, and the review queue with how each item was settled. */
export class Review1732290000000 implements MigrationInterface {
  name = 'Review1732290000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE field_correction (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      job_description_id INTEGER NOT NULL REFERENCES job_description(id) ON DELETE CASCADE,
      source_name VARCHAR NOT NULL,
      field VARCHAR NOT NULL,
      read_value TEXT NOT NULL,
      corrected_value TEXT NOT NULL,
      status VARCHAR NOT NULL CHECK (status IN ('active', 'stale')),
      stale_reading TEXT,
      author VARCHAR NOT NULL,
      created_at DATETIME NOT NULL,
      comment TEXT)`);
    await runner.query(`CREATE UNIQUE INDEX field_correction_document_field ON field_correction(job_description_id, field)`);
    await runner.query(`CREATE INDEX field_correction_organization ON field_correction(organization_id)`);
    await runner.query(`CREATE TABLE review_item (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      key VARCHAR NOT NULL,
      kind VARCHAR NOT NULL,
      job_description_id INTEGER REFERENCES job_description(id) ON DELETE CASCADE,
      position_ids TEXT NOT NULL,
      unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
      field VARCHAR,
      line_start INTEGER,
      line_end INTEGER,
      explanation_en TEXT NOT NULL,
      explanation_et TEXT NOT NULL,
      status VARCHAR NOT NULL CHECK (status IN ('open', 'accepted', 'corrected', 'dismissed')),
      settled_by VARCHAR,
      settled_at DATETIME,
      comment TEXT,
      sort_order INTEGER NOT NULL)`);
    await runner.query(`CREATE UNIQUE INDEX review_item_organization_key ON review_item(organization_id, key)`);
    await runner.query(`CREATE INDEX review_item_order ON review_item(organization_id, sort_order)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE review_item`);
    await runner.query(`DROP TABLE field_correction`);
  }
}
