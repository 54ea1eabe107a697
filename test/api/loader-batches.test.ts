/**
 * A request that needs more rows than one statement may bind ids for (SQLite's 32,766 bound values,
 * PostgreSQL's 65,535) reads them a batch at a time: a statement per batch, every answer right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/data-source.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { createLoaders, MAX_BATCH } from '../../server/request/loaders.js';
import { Position } from '../../server/org/position.entity.js';
import { jobDescriptionText } from '../factories.js';

let database: Database;
let positions: Position[];

beforeAll(async () => {
  database = await openDatabase('sqlite::memory:');
  const files = ['Spetsialist', 'Analüütik', 'Nõustaja'].map((title) => ({
    name: `${title}.txt`,
    content: jobDescriptionText({ title, unit: 'Arendusosakond', manager: 'Juhataja', substitutedBy: 'Juhataja', substitutes: 'Nõustajat' }),
  }));
  expect((await importDocuments(database.dataSource, files, { organization: 'Amet' })).ok).toBe(true);
  positions = await database.dataSource.getRepository(Position).find({ order: { rowId: 'ASC' } });
});

afterAll(() => database.dataSource.destroy());

/** Statements `work` issues. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = database.queries.count;
  await work();
  return database.queries.count - before;
}

describe('loaders asked for more ids than one batch', () => {
  it('read the positions of eight times the batch size in eight statements, every one found', async () => {
    const loaders = createLoaders(database.dataSource);
    const last = positions[positions.length - 1].rowId;
    // The real positions, then ids of no row: far more bound values than SQLite takes in one statement.
    const ids = [...positions.map((p) => p.rowId), ...Array.from({ length: 8 * MAX_BATCH - positions.length }, (_, i) => last + 1 + i)];
    let answers: (Position | Error | null)[] = [];
    expect(await statements(async () => (answers = await loaders.position.loadMany(ids)))).toBe(8);
    expect(answers.slice(0, positions.length).map((p) => (p as Position).title)).toEqual(positions.map((p) => p.title));
    expect(answers.slice(positions.length).every((p) => p === null)).toBe(true);
  });

  it('read grouped rows a batch at a time, each group the same as when read in one batch', async () => {
    const ids = positions.map((p) => p.rowId);
    const whole = await createLoaders(database.dataSource).linesBySubstituted.loadMany(ids);
    const batched = createLoaders(database.dataSource, 2);
    let answers: unknown[] = [];
    expect(await statements(async () => (answers = await batched.linesBySubstituted.loadMany(ids)))).toBe(Math.ceil(ids.length / 2));
    expect(answers).toEqual(whole);
    expect(whole.some((lines) => Array.isArray(lines) && lines.length > 0)).toBe(true);
  });
});
