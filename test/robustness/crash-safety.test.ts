/**
 * Crash safety: the server (`orgraph serve`) killed with SIGKILL in the middle of an import of a
 * large batch sent over GraphQL, 20 times. Every time the database file passes
 * PRAGMA integrity_check and holds all of the batch or none.
 *
 * The kill moments: SQLite writes the transaction's pages to the -wal file only when it commits,
 * so half the kills are spread over the whole import (from the moment the request is sent to
 * just after the commit of a measured run) and half land while the commit is being written
 * (right after the -wal file first grows past its header).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/data-source.js';
import { jobDescriptionText, SAMPLES_DIR, sampleFiles } from '../factories.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/orgraph.js');
const BATCH = 400;
const RUNS = 20;
/** The -wal file's header; anything beyond it is pages being written. */
const WAL_HEADER = 32;

const work = mkdtempSync(join(tmpdir(), 'orgraph-crash-'));
const template = join(work, 'template.sqlite');
let token = '';
let body = '';

function walSize(db: string): number {
  try {
    return statSync(`${db}-wal`).size;
  } catch {
    return -1;
  }
}

interface Timeline {
  /** ms from spawn until the -wal file exists (the database is open). */
  open: number | null;
  /** ms until the -wal file grows past its header (the commit is being written). */
  commit: number | null;
  exit: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  killedAt: number | null;
}

/**
 * Starts the server on a fresh copy of the template database, sends the batch to
 * `importDocuments`, and kills the server with SIGKILL when `when` says so (given the time since
 * the request was sent and the -wal size); null lets the import finish and stops the server.
 */
async function runImport(db: string, when: ((elapsed: number, timeline: Timeline) => boolean) | null): Promise<Timeline> {
  copyFileSync(template, db);
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${db}`, PORT: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const timeline: Timeline = { open: 0, commit: null, exit: 0, code: null, signal: null, killedAt: null };
  const started = Date.now();
  const answered = fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  }).then(
    (response) => response.json() as Promise<{ data?: { importDocuments?: { ok: boolean } } }>,
    () => null,
  );
  const baseline = walSize(db);
  const poll = setInterval(() => {
    const elapsed = Date.now() - started;
    const size = walSize(db);
    if (size > Math.max(baseline, WAL_HEADER) && timeline.commit === null) timeline.commit = elapsed;
    if (when && timeline.killedAt === null && when(elapsed, timeline)) {
      timeline.killedAt = elapsed;
      child.kill('SIGKILL');
    }
  }, 1);
  const result = await answered;
  if (timeline.killedAt === null) {
    // Finished before the kill moment (or a measuring run): stop the server normally.
    if (when === null) expect(result?.data?.importDocuments?.ok).toBe(true);
    child.kill('SIGTERM');
  }
  const { code, signal } = await exited;
  clearInterval(poll);
  return { ...timeline, exit: Date.now() - started, code, signal };
}

const samples = sampleFiles().length;
let measured: Timeline;
let samplePositions: number;

beforeAll(async () => {
  const files = Array.from({ length: BATCH }, (_, i) => ({
    name: `absturz-${String(i).padStart(4, '0')}.txt`,
    content: jobDescriptionText({ title: `Katsespetsialist ${i}`, unit: `Katseosakond ${Math.floor(i / 10)}` }),
  }));
  body = JSON.stringify({
    query: 'mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok } }',
    variables: { input: { files, organization: 'Sotsiaalkindlustusamet' } },
  });
  const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${template}` }, encoding: 'utf8' });
  const prepared = cli(['import', SAMPLES_DIR]);
  expect(prepared.status, prepared.stderr).toBe(0);
  // One hr token in the template serves every copy.
  const created = cli(['token', 'create', '--role', 'hr', '--name', 'crash test']);
  expect(created.status, created.stderr).toBe(0);
  token = /og_[A-Za-z0-9_-]+/.exec(created.stdout)![0];
  expect(walSize(template)).toBe(-1); // closed cleanly: everything is in the main file
  const copy = join(work, 'positions.sqlite');
  copyFileSync(template, copy);
  const db = await openDatabase(`sqlite:${copy}`);
  samplePositions = Number((await db.dataSource.query('SELECT COUNT(*) AS n FROM position'))[0].n);
  await db.dataSource.destroy();
  // One whole import, to know when the database opens and when the commit happens.
  measured = await runImport(join(work, 'measure.sqlite'), null);
  expect(measured.code).toBe(0);
  expect(measured.open).not.toBeNull();
  expect(measured.commit).not.toBeNull();
}, 120_000);

async function inspect(db: string) {
  const { dataSource } = await openDatabase(`sqlite:${db}`);
  try {
    const integrity = (await dataSource.query('PRAGMA integrity_check')).map((row: { integrity_check: string }) => row.integrity_check);
    const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);
    return {
      integrity,
      foreignKeyProblems: (await dataSource.query('PRAGMA foreign_key_check')).length,
      documents: await count('SELECT COUNT(*) AS n FROM job_description'),
      batchDocuments: await count(`SELECT COUNT(*) AS n FROM job_description WHERE source_name LIKE 'absturz-%'`),
      positions: await count('SELECT COUNT(*) AS n FROM position'),
      batchPositions: await count(`SELECT COUNT(*) AS n FROM position WHERE title LIKE 'Katsespetsialist %'`),
    };
  } finally {
    await dataSource.destroy();
  }
}

describe('the server killed with SIGKILL during an import', () => {
  it(`leaves an intact database with all or none of the batch, ${RUNS} times`, async () => {
    const open = measured.open!;
    const commit = measured.commit!;
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const db = join(work, `run-${run}.sqlite`);
      const half = RUNS / 2;
      // Even runs: spread from the database opening to just past the measured commit.
      // Odd runs: 0–20 ms after this run's commit starts writing the -wal file.
      const when =
        run % 2 === 0
          ? (elapsed: number, t: Timeline) => t.open !== null && elapsed >= t.open + ((commit - open) * 1.05 * (run / 2)) / (half - 1)
          : (elapsed: number, t: Timeline) => t.commit !== null && elapsed >= t.commit + ((run - 1) / 2) * 2;
      const timeline = await runImport(db, when);
      const state = await inspect(db);
      expect(state.integrity, `run ${run}`).toEqual(['ok']);
      expect(state.foreignKeyProblems, `run ${run}`).toBe(0);
      const all = state.batchDocuments === BATCH;
      expect(state.batchDocuments === 0 || all, `run ${run}: ${state.batchDocuments} of the batch`).toBe(true);
      expect(state.documents, `run ${run}`).toBe(samples + (all ? BATCH : 0));
      expect(state.batchPositions, `run ${run}`).toBe(all ? BATCH : 0);
      expect(state.positions, `run ${run}`).toBe(samplePositions + (all ? BATCH : 0));
      outcomes.push(`${timeline.killedAt !== null ? `killed at ${timeline.killedAt} ms` : `exit ${timeline.code}`}: ${all ? 'all' : 'none'}`);
    }
    // The kills did land in the middle: some before the commit finished, and most runs were killed.
    expect(outcomes.filter((o) => o.startsWith('killed')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(RUNS / 2);
    expect(outcomes.filter((o) => o.startsWith('killed') && o.endsWith('none')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
