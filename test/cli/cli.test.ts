/**
 * The `orgraph` command as a user runs it: a real process, a real database file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR, tempDatabaseUrl } from '../factories.js';

const BIN = fileURLToPath(new URL('../../bin/orgraph.js', import.meta.url));

function orgraph(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('orgraph --help', () => {
  it('lists the commands and exits 0', () => {
    const { code, stdout } = orgraph(['--help']);
    expect(code).toBe(0);
    for (const command of ['parse', 'import', 'serve']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(stdout).toContain('DATABASE_URL');
  });
});

describe('orgraph parse', () => {
  it('prints the parsed documents as a JSON array', () => {
    const { code, stdout } = orgraph(['parse', join(SAMPLES_DIR, '002_42ab01ed87798dfc.txt')]);
    expect(code).toBe(0);
    const documents = JSON.parse(stdout);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      title: 'Peaspetsialist (perelepitus)',
      specialization: 'perelepitus',
      unitPath: ['Laste heaolu osakond', 'Perelepituse tiim'],
      organization: 'Sotsiaalkindlustusamet',
      manager: 'Perelepitusteenuse juht',
      subordinates: [],
      substitutes: [],
      warnings: [],
    });
    for (const field of ['purpose', 'duties', 'requirements', 'competencies', 'approval', 'signatures', 'substitutedBy']) expect(documents[0]).toHaveProperty(field);
  });

  it('names the file, line and reason of a file it cannot read, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgraph-cli-'));
    writeFileSync(join(dir, 'notes.txt'), 'Koosoleku protokoll\n');
    const { code, stderr } = orgraph(['parse', join(dir, 'notes.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('notes.txt:1: not a job description');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('orgraph import', () => {
  it('imports a folder and prints what it created; a second run changes nothing', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl() };
    const first = orgraph(['import', SAMPLES_DIR], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('documents: 5 created, 0 updated, 0 unchanged, 0 removed');
    expect(first.stdout).toContain('positions: 20 created');
    expect(first.stdout).toContain('relations: 27 created');
    const second = orgraph(['import', SAMPLES_DIR], env);
    expect(second.stdout).toContain('documents: 0 created, 0 updated, 5 unchanged, 0 removed');
  });
});

describe('orgraph gaps', () => {
  it('prints the HR worklist as CSV or JSON for scripts', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl() };
    expect(orgraph(['import', SAMPLES_DIR], env).code).toBe(0);
    const csv = orgraph(['gaps'], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFunit,position,gap kind,explanation,selgitus,source documents')).toBe(true);
    const json = JSON.parse(orgraph(['gaps', '--format', 'json'], env).stdout);
    expect(json).toHaveLength(33);
    expect(json.filter((row: { position: string }) => row.position === 'Peaspetsialist (perelepitus)').map((row: { gapKind: string }) => row.gapKind)).toEqual([
      'ONLY_UNDOCUMENTED_SUBSTITUTES',
      'UNCONFIRMED_LINE',
    ]);
    const wrong = orgraph(['gaps', '--format', 'xml'], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--format must be csv or json');
  });
});

describe('orgraph serve', () => {
  it('imports the samples on a first start, and a restart keeps everything', async () => {
    const env = { DATABASE_URL: await tempDatabaseUrl(), PORT: '0' };
    const count = async () => {
      const { url, stop } = await serve(env);
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ positions(first: 1) { totalCount } }' }),
        });
        return ((await response.json()) as { data: { positions: { totalCount: number } } }).data.positions.totalCount;
      } finally {
        await stop();
      }
    };
    expect(await count()).toBe(20);
    expect(await count()).toBe(20);
  });
});

async function serve(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
