/**
 * `orgraph generate` as a user runs it: a real process, real files, a real database file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDatabaseUrl } from '../factories.js';

const BIN = fileURLToPath(new URL('../../bin/orgraph.js', import.meta.url));

function orgraph(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newFolder = () => join(mkdtempSync(join(tmpdir(), 'orgraph-generate-')), 'documents');

// Each case starts the command a few times; on a busy machine that takes a while.
describe('orgraph generate --out', { timeout: 120_000 }, () => {
  it('writes one job description per documented position, which orgraph import then imports as the whole organisation', async () => {
    const out = newFolder();
    const generated = orgraph(['generate', '--positions', '150', '--seed', '5', '--out', out]);
    expect(generated.code).toBe(0);
    const documented = Number(/150 positions \((\d+) documented, (\d+) undocumented\)/.exec(generated.stdout)?.[1]);
    expect(documented).toBeGreaterThan(140);
    expect(generated.stdout).toContain(`wrote ${documented} job descriptions to ${out}`);
    expect(readdirSync(out)).toHaveLength(documented);
    expect(generated.stdout).not.toContain('--org');

    const imported = orgraph(['import', out], { DATABASE_URL: await tempDatabaseUrl() });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`documents: ${documented} created`);
    expect(imported.stdout).toContain('positions: 150 created');
    expect(imported.stdout).toContain('warnings:  0');
  });

  it('refuses a folder that is not empty, and writes nothing into it', () => {
    const out = newFolder();
    expect(orgraph(['generate', '--positions', '20', '--out', out]).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const before = readdirSync(out);
    const again = orgraph(['generate', '--positions', '30', '--seed', '2', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`error: ${out} is not empty; give a new or empty folder (nothing was written)`);
    expect(readdirSync(out)).toEqual(before);
  });
});

describe('orgraph generate', { timeout: 120_000 }, () => {
  it('imports straight into the database, printing the statistics and the import summary', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl() };
    const first = orgraph(['generate', '--positions', '150', '--seed', '5', '--org', 'Maksuamet'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Maksuamet \(seed 5\): 150 positions/);
    expect(first.stdout).toContain('positions: 150 created');
    expect(first.stdout).toContain('warnings:  0');
    // The totals only, not a line per document.
    expect(first.stdout.split('\n').length).toBeLessThan(20);
    // The same seed again: the same documents, so nothing changes.
    const second = orgraph(['generate', '--positions', '150', '--seed', '5', '--org', 'Maksuamet'], env);
    expect(second.stdout).toContain('positions: 0 created, 0 updated, 150 unchanged');
  });

  it('explains what is wrong with its arguments', () => {
    expect(orgraph(['generate', '--positions', 'many']).stderr).toContain('error: --positions must be a whole number from 1 to 500,000, not "many"');
    expect(orgraph(['generate', '--positions', '10', '--seed', '1.5']).stderr).toContain('error: --seed must be a whole number, not "1.5"');
    const missing = orgraph(['generate']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("required option '--positions <n>' not specified");
  });
});
