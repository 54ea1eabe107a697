import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Either end of a substitution line may be a group of a unit's staff or a placeholder,
 * not only a position. SQLite cannot relax NOT NULL in place, so the table is rebuilt.
 */
export class SubstitutionGroups1732250000000 implements MigrationInterface {
  name = 'SubstitutionGroups1732250000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE substitution_line_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        pair_key VARCHAR NOT NULL,
        substitute_id INTEGER REFERENCES position(id) ON DELETE CASCADE,
        substitute_group_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
        substitute_label VARCHAR,
        substituted_id INTEGER REFERENCES position(id) ON DELETE CASCADE,
        substituted_group_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,
        substituted_label VARCHAR,
        substituted_list_order INTEGER,
        substitute_list_order INTEGER)`,
      `INSERT INTO substitution_line_new (id, organization_id, pair_key, substitute_id, substituted_id, substituted_list_order, substitute_list_order)
        SELECT id, organization_id, 'p' || substitute_id || '>p' || substituted_id, substitute_id, substituted_id, substituted_list_order, substitute_list_order
        FROM substitution_line`,
      `DROP TABLE substitution_line`,
      `ALTER TABLE substitution_line_new RENAME TO substitution_line`,
      `CREATE UNIQUE INDEX substitution_line_pair ON substitution_line(organization_id, pair_key)`,
      `CREATE INDEX substitution_line_substitute ON substitution_line(substitute_id)`,
      `CREATE INDEX substitution_line_substituted ON substitution_line(substituted_id)`,
      `CREATE INDEX substitution_line_substitute_group ON substitution_line(substitute_group_id)`,
      `CREATE INDEX substitution_line_substituted_group ON substitution_line(substituted_group_id)`,
    ];
    for (const sql of statements) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM substitution_line WHERE substitute_id IS NULL OR substituted_id IS NULL`);
  }
}
