/**
 * Import throughput: generated job descriptions through the real importer, as `orgraph import`
 * runs it (files read from a folder, one transaction into a fresh SQLite file), against the
 * floor: the rows that import stored, inserted with plain prepared statements in one
 * transaction into an empty database of the same schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { openDatabase } from '../server/db/data-source.js';
import { readDocumentFiles } from '../server/imports/files.js';
import { importDocuments } from '../server/imports/import.service.js';
import { profiled } from './profile.js';

/** What the floor inserts, parents before children. */
const TABLES = ['organization', 'unit', 'job_description', 'position', 'substitution_line'];

export interface ImportFigures {
  positions: number;
  documents: number;
  importMs: number;
  floorMs: number;
  floorRows: number;
}

/** Imports `files` into `<dir>/orgraph.sqlite` (left there for the API benchmarks) and times the floor. */
export async function benchImport(files: { name: string; content: string }[], dir: string): Promise<ImportFigures & { databasePath: string }> {
  const documentsDir = join(dir, 'documents');
  mkdirSync(documentsDir, { recursive: true });
  for (const file of files) writeFileSync(join(documentsDir, file.name), file.content);
  const databasePath = join(dir, 'orgraph.sqlite');
  const database = await openDatabase(`sqlite:${databasePath}`);
  const start = performance.now();
  const result = await profiled(`${files.length}-import`, async () => importDocuments(database.dataSource, await readDocumentFiles([documentsDir])));
  const importMs = performance.now() - start;
  if (!result.ok) throw new Error(`the generated organisation did not import: ${result.files.find((f) => f.error)?.error?.message}`);
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLES) rows[table] = await database.dataSource.query(`SELECT * FROM ${table} ORDER BY id`);
  await database.dataSource.destroy();

  const floorPath = join(dir, 'floor.sqlite');
  await (await openDatabase(`sqlite:${floorPath}`)).dataSource.destroy();
  const floorMs = await insertRows(floorPath, rows);
  return {
    databasePath,
    positions: rows.position.length,
    documents: rows.job_description.length,
    importMs,
    floorMs,
    floorRows: TABLES.reduce((n, t) => n + rows[t].length, 0),
  };
}

/** Plain SQL: one prepared INSERT per table, every row in one transaction. */
async function insertRows(path: string, rows: Record<string, Record<string, unknown>[]>): Promise<number> {
  const db = new sqlite3.Database(path);
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
  // The app's connection settings; foreign keys are checked at commit, as rows refer forwards too.
  await exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON');
  const start = performance.now();
  await exec('BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON');
  for (const table of TABLES) {
    if (!rows[table].length) continue;
    const columns = Object.keys(rows[table][0]);
    const statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of rows[table]) {
      await new Promise<void>((resolve, reject) => statement.run(columns.map((c) => row[c]), (e: Error | null) => (e ? reject(e) : resolve())));
    }
    await new Promise<void>((resolve) => statement.finalize(() => resolve()));
  }
  await exec('COMMIT');
  const ms = performance.now() - start;
  await new Promise<void>((resolve) => db.close(() => resolve()));
  return ms;
}
