import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, units, positions, job descriptions, substitution lines, and the search index. */
export class InitialSchema1732240000000 implements MigrationInterface {
  name = 'InitialSchema1732240000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE organization (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name VARCHAR NOT NULL UNIQUE,
        created_at DATETIME NOT NULL DEFAULT (datetime('now')))`,
      `CREATE TABLE unit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        key VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        depth INTEGER NOT NULL)`,
      `CREATE UNIQUE INDEX unit_organization_key ON unit(organization_id, key)`,
      `CREATE INDEX unit_parent ON unit(parent_id)`,
      `CREATE TABLE unit_alias (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        name VARCHAR NOT NULL,
        reason VARCHAR NOT NULL)`,
      `CREATE INDEX unit_alias_unit ON unit_alias(unit_id)`,
      `CREATE TABLE job_description (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        source_name VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        layout VARCHAR NOT NULL,
        source_text TEXT NOT NULL,
        document TEXT NOT NULL,
        imported_at DATETIME NOT NULL)`,
      `CREATE UNIQUE INDEX job_description_organization_source ON job_description(organization_id, source_name)`,
      `CREATE TABLE position (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        key VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        title_key VARCHAR NOT NULL,
        specialization VARCHAR,
        documented BOOLEAN NOT NULL,
        manager_id INTEGER REFERENCES position(id) ON DELETE SET NULL,
        job_description_id INTEGER REFERENCES job_description(id) ON DELETE SET NULL,
        holder_name VARCHAR)`,
      `CREATE UNIQUE INDEX position_organization_key ON position(organization_id, key)`,
      `CREATE INDEX position_unit ON position(unit_id)`,
      `CREATE INDEX position_manager ON position(manager_id)`,
      `CREATE TABLE substitution_line (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        substitute_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
        substituted_id INTEGER NOT NULL REFERENCES position(id) ON DELETE CASCADE,
        substituted_list_order INTEGER,
        substitute_list_order INTEGER)`,
      `CREATE UNIQUE INDEX substitution_line_pair ON substitution_line(substitute_id, substituted_id)`,
      `CREATE INDEX substitution_line_substituted ON substitution_line(substituted_id)`,
      // Trigram tokens find parts of Estonian compounds ("rehabilitatsioon" in "rehabilitatsiooniteenuse").
      `CREATE VIRTUAL TABLE position_search USING fts5(
        title, unit, purpose, duties,
        position_id UNINDEXED, organization_id UNINDEXED,
        tokenize = 'trigram')`,
    ];
    for (const sql of statements) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['position_search', 'substitution_line', 'position', 'job_description', 'unit_alias', 'unit', 'organization']) {
      await runner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
