/**
 * The PostgreSQL migrations build the schema the SQLite migrations build: the same tables and
 * columns (with the matching types and NULL rules), the same unique and plain indexes, and the
 * same foreign keys with the same ON DELETE rules. Search differs by design (test/postgres/search).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase, type Database } from '../../server/db/data-source.js';
import { openTempDatabase, tempSqliteUrl } from '../factories.js';
import { POSTGRES_MIGRATIONS } from '../../server/db/migrations/postgres/index.js';

/** Tables that differ by design: TypeORM's own, and the search index (FTS5 there, tsvector here). */
const OWN_TABLES = new Set(['migrations', 'position_search', 'typeorm_metadata']);

const TYPES: Record<string, string> = {
  INTEGER: 'integer',
  VARCHAR: 'character varying',
  TEXT: 'text',
  DATETIME: 'timestamp with time zone',
  BOOLEAN: 'boolean',
};
const ON_DELETE: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', a: 'NO ACTION', r: 'RESTRICT', d: 'SET DEFAULT' };

interface Schema {
  columns: string[];
  indexes: string[];
  foreignKeys: string[];
}

async function sqliteSchema(db: DataSource): Promise<Schema> {
  const tables: { name: string }[] = await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'position_search%'`);
  const schema: Schema = { columns: [], indexes: [], foreignKeys: [] };
  for (const { name: table } of tables.filter((t) => !OWN_TABLES.has(t.name))) {
    for (const c of await db.query(`PRAGMA table_info("${table}")`)) {
      schema.columns.push(`${table}.${c.name} ${TYPES[c.type] ?? c.type}${c.notnull || c.pk ? ' NOT NULL' : ''}`);
    }
    for (const index of await db.query(`PRAGMA index_list("${table}")`)) {
      if (index.origin === 'pk') continue;
      const columns = (await db.query(`PRAGMA index_info("${index.name}")`)).map((c: { name: string }) => c.name);
      schema.indexes.push(`${table}(${columns.join(', ')})${index.unique ? ' UNIQUE' : ''}${index.partial ? ' PARTIAL' : ''}`);
    }
    for (const fk of await db.query(`PRAGMA foreign_key_list("${table}")`)) {
      schema.foreignKeys.push(`${table}.${fk.from} → ${fk.table}.${fk.to} ON DELETE ${fk.on_delete}`);
    }
  }
  return schema;
}

async function postgresSchema(db: DataSource): Promise<Schema> {
  const columns: { table_name: string; column_name: string; data_type: string; is_nullable: string }[] = await db.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const indexes: { table: string; columns: string; unique: boolean; partial: boolean }[] = await db.query(
    `SELECT t.relname AS table, string_agg(a.attname, ', ' ORDER BY k.ord) AS columns, i.indisunique AS unique, i.indpred IS NOT NULL AS partial
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE t.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary
     GROUP BY t.relname, i.indexrelid, i.indisunique, i.indpred`,
  );
  const foreignKeys: { table: string; column: string; references: string; on_delete: string }[] = await db.query(
    `SELECT t.relname AS table, a.attname AS column, r.relname AS references, c.confdeltype AS on_delete
     FROM pg_constraint c
     JOIN pg_class t ON t.oid = c.conrelid
     JOIN pg_class r ON r.oid = c.confrelid
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace`,
  );
  const ours = (table: string) => !OWN_TABLES.has(table);
  return {
    columns: columns.filter((c) => ours(c.table_name)).map((c) => `${c.table_name}.${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' NOT NULL' : ''}`),
    indexes: indexes.filter((i) => ours(i.table)).map((i) => `${i.table}(${i.columns})${i.unique ? ' UNIQUE' : ''}${i.partial ? ' PARTIAL' : ''}`),
    foreignKeys: foreignKeys.filter((f) => ours(f.table)).map((f) => `${f.table}.${f.column} → ${f.references}.id ON DELETE ${ON_DELETE[f.on_delete]}`),
  };
}

let sqlite: Database;
let postgres: Database;
beforeAll(async () => {
  [sqlite, postgres] = await Promise.all([openDatabase(tempSqliteUrl()), openTempDatabase()]);
});
afterAll(async () => {
  await sqlite.dataSource.destroy();
  await postgres.dataSource.destroy();
});

describe('the PostgreSQL migrations', () => {
  it('create the tables, columns, indexes and foreign keys the SQLite migrations create', async () => {
    const [expected, actual] = [await sqliteSchema(sqlite.dataSource), await postgresSchema(postgres.dataSource)];
    expect(postgres.dialect).toBe('postgres');
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(expected.foreignKeys.length).toBeGreaterThan(15);
    expect(actual.columns.sort()).toEqual(expected.columns.sort());
    expect(actual.indexes.sort()).toEqual(expected.indexes.sort());
    expect(actual.foreignKeys.sort()).toEqual(expected.foreignKeys.sort());
  });

  it('run once: a second start finds the schema up to date', async () => {
    const url = (postgres.dataSource.options as { url: string }).url;
    const again = await openDatabase(url);
    try {
      const executed: { name: string }[] = await again.dataSource.query('SELECT name FROM migrations');
      expect(executed.map((m) => m.name)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.name));
    } finally {
      await again.dataSource.destroy();
    }
  });
});
