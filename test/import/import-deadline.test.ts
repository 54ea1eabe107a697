/**
 * An import stops at its deadline and writes nothing: while its files are read on a parse worker
 * (the worker is abandoned, the import fails with TIMEOUT), and when the deadline passes after
 * reading, before anything is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/data-source.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { readInPool } from '../../server/imports/parse-pool.js';
import { readInline, type FileReader } from '../../server/imports/read-file.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { Deadline, DeadlineExceededError } from '../../server/limits/deadline.js';
import { jobDescriptionText, openTempDatabase, sampleFiles } from '../factories.js';
import { documentText, SAMPLE, withInsertedLines } from '../ingest/large-documents.js';
import { snapshot } from './snapshot.js';

let db: Database;
beforeEach(async () => {
  db = await openTempDatabase();
  expect((await importDocuments(db.dataSource, sampleFiles())).ok).toBe(true);
});
afterEach(() => db.dataSource.destroy());

const stored = async () => ({ graph: (({ ids: _ids, ...rest }) => rest)(await snapshot(db.dataSource)), documents: await db.dataSource.getRepository(JobDescription).count() });
const analyst = { name: 'analuutik.txt', content: jobDescriptionText({ title: 'Analüütik', unit: 'Arendusosakond', manager: 'Osakonna juhataja' }) };
// Header lines that take the parser seconds to read (linearly): longer than the deadlines below.
const slow = { name: 'suur.txt', content: withInsertedLines(documentText(SAMPLE), 'Koordinaator Ohvriabi', 10_000, 'Teenuse kvaliteedi ja kättesaadavuse korraldamine, ning '.repeat(17)) };

describe('an import with a deadline', () => {
  it('reads on a parse worker and imports as an inline read does', async () => {
    const result = await importDocuments(db.dataSource, [analyst], { readFile: readInPool, deadline: new Deadline(60_000) });
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => [f.name, f.status])).toEqual([['analuutik.txt', 'CREATED']]);
  });

  it('fails with TIMEOUT when the deadline passes while a worker reads, and stores nothing of the batch', async () => {
    const before = await stored();
    const attempt = importDocuments(db.dataSource, [analyst, slow], { readFile: readInPool, deadline: new Deadline(300) });
    await expect(attempt).rejects.toThrow(DeadlineExceededError);
    await expect(attempt).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(await stored()).toEqual(before);
  });

  it('stores nothing when the deadline passes after the files were read', async () => {
    const before = await stored();
    const deadline = new Deadline(60_000);
    // The files are read in full, then the time is up: the import must not go on to write them.
    const readThenExpire: FileReader = async (file, organization, d) => {
      const read = await readInline(file, organization, d);
      deadline.expire();
      return read;
    };
    await expect(importDocuments(db.dataSource, [analyst], { readFile: readThenExpire, deadline })).rejects.toThrow(DeadlineExceededError);
    expect(await stored()).toEqual(before);
  });
});
