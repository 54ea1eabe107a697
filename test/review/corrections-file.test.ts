/**
 * Corrections on the command line, as a user runs it (real processes, real database files):
 * `orgraph corrections export` / `import` move them to another database with the graph they make,
 * a bad file or a missing document writes nothing, and `orgraph gaps` follows a correction.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/data-source.js';
import { toGlobalId } from '../../server/common/node.js';
import { AuditEntry } from '../../server/access/audit-entry.entity.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { Position } from '../../server/org/position.entity.js';
import { SubstitutionLine } from '../../server/substitution/substitution-line.entity.js';
import { FieldCorrection } from '../../server/review/correction.entity.js';
import { correctField } from '../../server/review/correction.service.js';
import { CORRECTIONS_FORMAT } from '../../server/review/corrections-file.js';
import { orgraph } from '../access/cli.js';
import { tempDatabaseUrl } from '../factories.js';
import { adviser, analyst, lawyer, ORGANIZATION, team } from './helpers.js';

function folder(files: { name: string; content: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgraph-corrections-'));
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  return dir;
}

/** A database holding the team's documents, imported by the command. */
async function database(files = team()): Promise<string> {
  const url = await tempDatabaseUrl();
  const imported = await orgraph(['import', '--org', ORGANIZATION, folder(files)], { DATABASE_URL: url });
  expect(imported.code, imported.stderr).toBe(0);
  return url;
}

async function withDb<T>(url: string, work: (db: Awaited<ReturnType<typeof openDatabase>>['dataSource']) => Promise<T>): Promise<T> {
  const { dataSource } = await openDatabase(url);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function correctAnalyst(url: string, field: string, value: string[], comment: string | null = null) {
  await withDb(url, async (db) => {
    const document = await db.getRepository(JobDescription).findOneByOrFail({ sourceName: 'analyytik.txt' });
    const outcome = await correctField(db, { jobDescriptionId: toGlobalId('JobDescription', document.rowId), field, value, comment }, 'Heli (hr)');
    expect(outcome.errors).toEqual([]);
  });
}

/** The analyst's substitutes, by title, as the graph holds them. */
const analystSubstitutes = (url: string) =>
  withDb(url, async (db) => {
    const positions = await db.getRepository(Position).find();
    const title = new Map(positions.map((p) => [p.rowId, p.title]));
    const analystId = positions.find((p) => p.title === 'Analüütik')!.rowId;
    const lines = await db.getRepository(SubstitutionLine).find({ where: { substitutedId: analystId } });
    return lines.map((l) => title.get(l.substituteId!)).sort();
  });

const corrections = (url: string) => withDb(url, (db) => db.getRepository(FieldCorrection).find({ order: { rowId: 'ASC' } }));

function writeJson(value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'orgraph-corrections-file-')), 'corrections.json');
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('orgraph corrections export and import', () => {
  it('move the corrections to a fresh database, which then holds the same graph', async () => {
    const source = await database();
    await correctAnalyst(source, 'substitutedBy', ['Jurist', 'Nõunik'], 'the cell was read as empty');
    await correctAnalyst(source, 'title', ['Vanemanalüütik']);
    const exported = await orgraph(['corrections', 'export'], { DATABASE_URL: source });
    expect(exported.code, exported.stderr).toBe(0);
    const file = JSON.parse(exported.stdout);
    expect(file).toEqual({
      format: CORRECTIONS_FORMAT,
      version: 1,
      corrections: [
        { organization: ORGANIZATION, sourceName: 'analyytik.txt', field: 'title', readValue: 'Analüütik', correctedValue: 'Vanemanalüütik', status: 'active', author: 'Heli (hr)', createdAt: expect.any(String), comment: null },
        { organization: ORGANIZATION, sourceName: 'analyytik.txt', field: 'substitutedBy', readValue: [], correctedValue: ['Jurist', 'Nõunik'], status: 'active', author: 'Heli (hr)', createdAt: expect.any(String), comment: 'the cell was read as empty' },
      ],
    });

    const target = await database();
    const path = writeJson(exported.stdout);
    const imported = await orgraph(['corrections', 'import', path], { DATABASE_URL: target });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`imported 2 correction(s) from ${path} into ${ORGANIZATION} (0 replaced, 0 stale`);
    const stored = await corrections(target);
    expect(stored.map((c) => [c.field, c.correctedValue, c.status, c.author, c.createdAt.toISOString(), c.comment])).toEqual(
      file.corrections.map((c: any) => [c.field, c.correctedValue, 'active', c.author, c.createdAt, c.comment]),
    );
    const titles = (url: string) => withDb(url, async (db) => (await db.getRepository(Position).find()).map((p) => p.title).sort());
    expect(await titles(target)).toEqual(await titles(source));
    expect(await titles(target)).toContain('Vanemanalüütik');
    const audit = await withDb(target, (db) => db.getRepository(AuditEntry).findOneByOrFail({ operation: 'corrections.import' }));
    expect(audit).toMatchObject({ actor: `cli:${userInfo().username}`, ok: true });

    // Once more: each correction replaces its own, nothing is added.
    const again = await orgraph(['corrections', 'import', path], { DATABASE_URL: target });
    expect(again.stdout).toContain('imported 2 correction(s)');
    expect(again.stdout).toContain('(2 replaced, 0 stale');
    expect(await corrections(target)).toHaveLength(2);
  });

  it('stores a correction whose document now reads the field differently as stale, and does not apply it', async () => {
    const target = await database([analyst('Jurist'), lawyer(), adviser()]);
    const path = writeJson({
      format: CORRECTIONS_FORMAT,
      version: 1,
      corrections: [{ organization: ORGANIZATION, sourceName: 'analyytik.txt', field: 'substitutedBy', readValue: [], correctedValue: ['Nõunik'], status: 'active', author: 'Heli (hr)', createdAt: '2026-01-05T10:00:00.000Z', comment: null }],
    });
    const imported = await orgraph(['corrections', 'import', path], { DATABASE_URL: target });
    expect(imported.stdout).toContain('(0 replaced, 1 stale');
    expect((await corrections(target)).map((c) => [c.status, c.staleReading])).toEqual([['stale', ['Jurist']]]);
    // The reading holds: the analyst's own document names the lawyer, the adviser's names the analyst.
    expect(await analystSubstitutes(target)).toEqual(['Jurist', 'Nõunik']);
  });

  const entry = { organization: ORGANIZATION, sourceName: 'analyytik.txt', field: 'title', readValue: 'Analüütik', correctedValue: 'Vanemanalüütik', status: 'active', author: 'Heli (hr)', createdAt: '2026-01-05T10:00:00.000Z', comment: null };

  it.each([
    ['text that is not JSON', '{ "format": ', 'is not JSON'],
    ['JSON of another format', { format: 'something-else', corrections: [] }, 'is not an orgraph corrections file'],
    ['another version', { format: CORRECTIONS_FORMAT, version: 2, corrections: [] }, 'has version 2; this orgraph reads version 1'],
    ['an entry with a field that does not exist', { format: CORRECTIONS_FORMAT, version: 1, corrections: [entry, { ...entry, field: 'salary' }] }, ', entry 2: "salary" is not a header field'],
    ['an entry whose list field holds a string', { format: CORRECTIONS_FORMAT, version: 1, corrections: [{ ...entry, field: 'substitutes', readValue: [], correctedValue: 'Jurist' }] }, ', entry 1: "correctedValue" of substitutes must be a list of strings'],
    ['an entry with two titles', { format: CORRECTIONS_FORMAT, version: 1, corrections: [{ ...entry, correctedValue: '' }] }, ', entry 1: "correctedValue": title cannot hold an empty item'],
  ])('refuse %s, naming the file and the entry, and write nothing', async (_case, content, message) => {
    const target = await database();
    const path = writeJson(content);
    const imported = await orgraph(['corrections', 'import', path], { DATABASE_URL: target });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`error: ${path}`);
    expect(imported.stderr).toContain(message);
    expect(imported.stderr).toContain('nothing was imported');
    expect(await corrections(target)).toEqual([]);
  });

  it('refuse a file naming a document the database does not hold, unless --skip-missing', async () => {
    const target = await database();
    const path = writeJson({ format: CORRECTIONS_FORMAT, version: 1, corrections: [entry, { ...entry, sourceName: 'kadunud.txt' }] });
    const refused = await orgraph(['corrections', 'import', path], { DATABASE_URL: target });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`nothing imported from ${path}`);
    expect(refused.stdout).toContain(`${path}, entry 2: no job description "kadunud.txt" in "${ORGANIZATION}" (title)`);
    expect(await corrections(target)).toEqual([]);

    const skipped = await orgraph(['corrections', 'import', '--skip-missing', path], { DATABASE_URL: target });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('imported 1 correction(s)');
    expect(skipped.stdout).toContain(`skipped 1 whose document is missing:\n  ${path}, entry 2: no job description "kadunud.txt"`);
    expect((await corrections(target)).map((c) => c.correctedValue)).toEqual(['Vanemanalüütik']);
  });
});

describe('orgraph gaps', () => {
  it('follows a correction: the analyst’s contradicted lines leave the worklist once its substitutes are corrected', async () => {
    const url = await database();
    const analystRows = async () => JSON.parse((await orgraph(['gaps', '--format', 'json'], { DATABASE_URL: url })).stdout).filter((r: any) => r.position.startsWith('Analüütik')).map((r: any) => r.gapKind);
    expect(await analystRows()).toContain('CONTRADICTED_LINE');
    await correctAnalyst(url, 'substitutedBy', ['Jurist', 'Nõunik']);
    expect(await analystRows()).toEqual([]);
  });
});
