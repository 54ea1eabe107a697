/**
 * Concurrency on SQLite: `orgraph serve` as a real process, one writer importing batches (over
 * GraphQL into the server, and with `orgraph import` from a second process on the same file, one
 * after the other) while 50 readers query the whole organisation for a bounded time. No response
 * carries SQLITE_BUSY or any other error, every import succeeds, and no import is lost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/data-source.js';
import { jobDescriptionText } from '../factories.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/orgraph.js');
const READERS = 50;
const DURATION_MS = 10_000;
const BATCH = 15;

const work = mkdtempSync(join(tmpdir(), 'orgraph-concurrency-'));
const databaseUrl = `sqlite:${join(work, 'orgraph.sqlite')}`;
const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', NODE_ENV: 'test' };

/** As much of the organisation as one request may ask for: units with their positions and lines. */
const WHOLE_ORGANISATION = `{
  organizations(first: 1) {
    name
    units(first: 20) {
      name kind depth positionCount
      positions(first: 10) { id title documented manager { title } substitutes { kind label position { title } } reports(first: 10) { title } }
    }
  }
}`;

const IMPORT = `mutation($input: ImportDocumentsInput!) {
  importDocuments(input: $input) { ok summary { documents { created } } errors { message } }
}`;

let server: ChildProcess;
let url: string;
let token: string;

function batchFiles(batch: number) {
  return Array.from({ length: BATCH }, (_, i) => ({
    name: `samaaegne-${batch}-${i}.txt`,
    content: jobDescriptionText({ title: `Samaaegne spetsialist ${batch}-${i}`, unit: `Samaaegsuse osakond ${batch}`, manager: '-' }),
  }));
}

beforeAll(async () => {
  const created = spawnSync(process.execPath, [BIN, 'token', 'create', '--role', 'hr', '--name', 'concurrency test'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(created.status, created.stderr).toBe(0);
  token = created.stdout.trim();
  server = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.on('data', (chunk) => (stderr += chunk));
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: { message: string }[] } };
}

function cliImport(folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', folder], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c) => (stdout += c));
    child.stderr!.on('data', (c) => (stderr += c));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('1 writer importing while 50 readers query', () => {
  it('gives no reader or writer an error (no SQLITE_BUSY) and loses no import', async () => {
    const deadline = Date.now() + DURATION_MS;
    const problems: string[] = [];
    let reads = 0;
    let writing = true;

    const reader = async () => {
      while (writing || Date.now() < deadline) {
        try {
          const { status, text, body } = await gql(WHOLE_ORGANISATION);
          reads++;
          if (status !== 200 || body.errors || !body.data?.organizations?.length || /SQLITE_BUSY/i.test(text)) {
            problems.push(`read ${status}: ${text.slice(0, 300)}`);
          }
        } catch (error) {
          problems.push(`read failed: ${(error as Error).message}`);
        }
      }
    };

    const imported: string[] = [];
    const writer = async () => {
      // At least one batch each way, then batches until the time is up; the readers read until both end.
      for (let batch = 0; batch < 2 || Date.now() < deadline; batch++) {
        const files = batchFiles(batch);
        if (batch % 2 === 0) {
          const { status, text, body } = await gql(IMPORT, { input: { files, organization: 'Sotsiaalkindlustusamet' } });
          if (status !== 200 || body.errors || !body.data?.importDocuments?.ok || body.data.importDocuments.summary.documents.created !== BATCH) {
            problems.push(`import ${batch} over GraphQL ${status}: ${text.slice(0, 500)}`);
          }
        } else {
          const folder = join(work, `batch-${batch}`);
          mkdirSync(folder);
          for (const file of files) writeFileSync(join(folder, file.name), file.content);
          const { code, stdout, stderr } = await cliImport(folder);
          if (code !== 0 || !stdout.includes(`documents: ${BATCH} created`)) problems.push(`import ${batch} with the CLI exited ${code}: ${stderr.slice(0, 500)}`);
        }
        imported.push(...files.map((f) => f.name));
      }
      writing = false;
    };

    await Promise.all([writer(), ...Array.from({ length: READERS }, reader)]);

    expect(problems.slice(0, 10)).toEqual([]);
    expect(imported.length).toBeGreaterThanOrEqual(2 * BATCH);
    expect(reads).toBeGreaterThan(READERS);

    // No lost import: the server sees every document, and so does the file itself.
    const { body } = await gql(`{ positions(first: 1, filter: { titleContains: "Samaaegne spetsialist" }) { totalCount } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.positions.totalCount).toBe(imported.length);
    const { dataSource } = await openDatabase(databaseUrl);
    try {
      const rows: { source_name: string }[] = await dataSource.query(`SELECT source_name FROM job_description WHERE source_name LIKE 'samaaegne-%'`);
      expect(rows.map((r) => r.source_name).sort()).toEqual([...imported].sort());
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);
});
