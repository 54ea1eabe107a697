/**
 * `orgraph migrate-db --to postgres://…`: a SQLite database with the samples imported and tokens
 * made, copied into an empty PostgreSQL database, serves the same organisation with the same node
 * IDs, search hits, audit log and tokens; new rows get new IDs; a second copy into the now full
 * database is refused with a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { SAMPLES_DIR, jobDescriptionText, tempDatabaseUrl, tempSqliteUrl } from '../factories.js';
import { orgraph } from '../access/cli.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A correction of one sample, as `orgraph corrections export` writes it. */
function correctionsFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'orgraph-migrate-')), 'corrections.json');
  const correction = { organization: 'Sotsiaalkindlustusamet', sourceName: '002_42ab01ed87798dfc.txt', field: 'substitutes', readValue: [], correctedValue: ['Nõunik'], status: 'active', author: 'Mari (HR)', createdAt: '2026-01-05T10:00:00.000Z', comment: 'stated in the contract' };
  writeFileSync(path, JSON.stringify({ format: 'orgraph-corrections', version: 1, corrections: [correction] }));
  return path;
}

const CHART = `{
  organizations { id name }
  units(first: 100) { id name kind parent { id } aliases { name } }
  positions(first: 50) { totalCount nodes {
    id title documented holder aliases unit { id } manager { id } reports(first: 20) { id }
    substitutes { kind label status statedBy position { id } }
  } }
  reportingConflicts { kind }
}`;
/** The job descriptions, a page at a time (a page of whole descriptions is what one request may ask for). */
const DESCRIPTIONS = `query($after: String) {
  positions(first: 10, after: $after) { pageInfo { hasNextPage endCursor } nodes {
    id jobDescription { id sourceName importedAt purpose duties { text results } corrections { id field readValue correctedValue status author createdAt comment } }
  } }
}`;
const AUDIT = '{ auditLog(first: 100) { totalCount nodes { at actor role operation summary ok } } }';
/**
 * Words that trigram and tsvector search find alike: where each occurs it begins a word. (A word
 * inside a compound, "koordinaator" in "Teenusekoordinaator", is found by SQLite's search only.)
 */
const SEARCHES = ['perelepituse', 'rehabilitatsioon', 'ohvriabi', 'laste heaolu', 'erihoolekande', 'psühholoogiline'];

async function gql(server: RunningServer, query: string, token: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

/**
 * What a client sees of the database: the chart, the audit log, and the positions search finds
 * (as sets: the two rank differently, and SQLite's snippets mark trigrams, so their fields differ).
 */
async function snapshot(server: RunningServer, hr: string, admin: string) {
  const chart = await gql(server, CHART, hr);
  // One page holds every position of the samples.
  expect(chart.body.data?.positions.totalCount).toBeLessThanOrEqual(50);
  const descriptions: unknown[] = [];
  for (let after: string | null = null, more = true; more; ) {
    const page = await gql(server, DESCRIPTIONS, hr, { after });
    expect(page.body.errors).toBeUndefined();
    descriptions.push(...page.body.data.positions.nodes);
    ({ hasNextPage: more, endCursor: after } = page.body.data.positions.pageInfo);
  }
  const audit = await gql(server, AUDIT, admin);
  const searches: Record<string, string[]> = {};
  for (const text of SEARCHES) {
    const { body } = await gql(server, 'query($t: String!) { search(text: $t, first: 100) { position { id } } }', hr, { t: text });
    searches[text] = body.data.search.map((hit: any) => hit.position.id).sort();
  }
  expect(chart.body.errors).toBeUndefined();
  expect(audit.body.errors).toBeUndefined();
  return { chart: chart.body.data, descriptions, audit: audit.body.data, searches };
}

const sqlite = { DATABASE_URL: tempSqliteUrl() };
let target: string;
let hr: string;
let admin: string;
let before: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  expect((await orgraph(['import', SAMPLES_DIR], sqlite)).code).toBe(0);
  expect((await orgraph(['corrections', 'import', correctionsFile()], sqlite)).code).toBe(0);
  hr = (await orgraph(['token', 'create', '--role', 'hr', '--name', 'Mari (HR)'], sqlite)).stdout.trim();
  admin = (await orgraph(['token', 'create', '--role', 'admin', '--name', 'auditor'], sqlite)).stdout.trim();
  expect((await orgraph(['token', 'revoke', 'Mari (HR)'], sqlite)).code).toBe(0);
  hr = (await orgraph(['token', 'create', '--role', 'hr', '--name', 'Mari (HR)'], sqlite)).stdout.trim();
  const server = await startServer({ databaseUrl: sqlite.DATABASE_URL, port: 0, samples: false });
  try {
    before = await snapshot(server, hr, admin);
  } finally {
    await server.close();
  }
  target = await tempDatabaseUrl();
}, 120_000);

describe('orgraph migrate-db', { timeout: 120_000 }, () => {
  let server: RunningServer;
  afterAll(() => server?.close());

  it('copies every table and prints how many rows', async () => {
    const copied = await orgraph(['migrate-db', '--to', target], sqlite);
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stdout).toMatch(/^Copied sqlite:.* to postgres:\/\/[^:]+:\*\*\*@/m);
    expect(copied.stdout).toMatch(/^ {2}position +20$/m);
    expect(copied.stdout).toMatch(/^ {2}access_token +3$/m);
    expect(copied.stdout).toMatch(/^ {2}field_correction +1$/m);
    expect(copied.stdout).not.toContain(`:${new URL(target).password}@`);
  });

  it('serves the same organisation with the same IDs, search hits, audit log and tokens on PostgreSQL', async () => {
    server = await startServer({ databaseUrl: target, port: 0 });
    expect(server.database.dialect).toBe('postgres');
    expect(server.loginUrl).toBeNull();
    const after = await snapshot(server, hr, admin);
    expect(before.chart.positions.totalCount).toBe(20);
    expect(before.descriptions.flatMap((p: any) => p.jobDescription?.corrections ?? [])).toEqual([expect.objectContaining({ field: 'substitutes', correctedValue: ['Nõunik'], status: 'ACTIVE', author: 'Mari (HR)' })]);
    expect(Object.values(before.searches).every((hits) => hits.length > 0)).toBe(true);
    expect(after).toEqual(before);
  });

  it('keeps revoked tokens revoked', async () => {
    const tokens = JSON.parse((await orgraph(['token', 'list', '--json'], { DATABASE_URL: target })).stdout);
    expect(tokens.map((t: any) => [t.name, t.revokedAt !== null])).toEqual([
      ['Mari (HR)', true],
      ['auditor', false],
      ['Mari (HR)', false],
    ]);
  });

  it('gives new rows IDs after the copied ones', async () => {
    const file = { name: 'uus.txt', content: jobDescriptionText({ title: 'Uus spetsialist', unit: 'Teenuste osakond', manager: 'Teenuse juht' }) };
    const { body } = await gql(
      server,
      'mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok errors { message } } }',
      hr,
      { input: { files: [file], organization: 'Sotsiaalkindlustusamet' } },
    );
    expect(body.data.importDocuments).toEqual({ ok: true, errors: [] });
    const positions = (await gql(server, '{ positions(first: 100) { totalCount nodes { id title } } }', hr)).body.data.positions;
    expect(positions.totalCount).toBe(21);
    expect(new Set(positions.nodes.map((p: any) => p.id)).size).toBe(21);
  });

  it('refuses to copy into a database that already holds data, and changes nothing there', async () => {
    const again = await orgraph(['migrate-db', '--to', target], sqlite);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: the target database already holds data \(organization: 1 row, unit: \d+ rows, .*\); migrate-db copies only into an empty database\./m);
    expect((await gql(server, '{ positions(first: 1) { totalCount } }', hr)).body.data.positions.totalCount).toBe(21);
  });

  it('refuses a SQLite file that does not exist instead of copying an empty database', async () => {
    const missing = await orgraph(['migrate-db', '--to', await tempDatabaseUrl()], { DATABASE_URL: 'sqlite:/nonexistent/orgraph.sqlite' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no SQLite database at /nonexistent/orgraph.sqlite');
  });

  it('refuses a target that is not PostgreSQL', async () => {
    const wrong = await orgraph(['migrate-db', '--to', tempSqliteUrl()], sqlite);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--to must name a PostgreSQL database (postgres://user:password@host:port/database)');
  });
});
