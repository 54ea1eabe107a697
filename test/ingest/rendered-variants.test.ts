/**
 * The header reader on thousands of rendered headers: every layout family and arrangement, with
 * wrapping, numbering, headings, scopes, aliases, no-break spaces, bullet glyphs, casing, a body
 * straight after and cuts inside the header. The renderer writes the answer from its own model.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatRendered, measureRendered, MEASURED_FIELDS } from '../../server/ingest/accuracy.js';
import { FAMILIES, renderHeaderVariant, variantSeed } from '../../server/generate/header-variants/index.js';
import { FAMILY_RENDERERS } from '../../server/generate/header-variants/families.js';
import { labelsOf } from '../../server/generate/header-variants/words.js';
import { seededRandom } from '../../server/generate/random.js';

const RUN = { headers: 5000, seed: 1 };

/** Every family, and all fields together, must be read at least this well (percent of counted fields). */
const TARGET = 99;

describe('rendered header variants', () => {
  const report = measureRendered(RUN.headers, RUN.seed);
  const variants = Array.from({ length: RUN.headers }, (_, i) => renderHeaderVariant(variantSeed(RUN.seed, i)));

  it('renders the same text and answer from the same seed (given or drawn from a seeded random), and other texts from other seeds', () => {
    for (let i = 0; i < 50; i++) {
      const seed = variantSeed(RUN.seed, i);
      expect(renderHeaderVariant(seed)).toEqual(renderHeaderVariant(seed));
    }
    expect(new Set(variants.slice(0, 200).map((v) => v.text)).size).toBe(200);
    const drawn = renderHeaderVariant(seededRandom(5));
    expect(renderHeaderVariant(seededRandom(5))).toEqual(drawn);
    expect(renderHeaderVariant(drawn.seed)).toEqual(drawn);
  });

  it('renders every arrangement of every family at least 30 times in the run', () => {
    const counts = new Map<string, number>();
    for (const v of variants) counts.set(`${v.family}/${v.arrangement}`, (counts.get(`${v.family}/${v.arrangement}`) ?? 0) + 1);
    const all = FAMILY_RENDERERS.flatMap((r) => r.arrangements.map((a) => `${r.family}/${a}`));
    expect(all.length).toBeGreaterThanOrEqual(17);
    expect([...new Set(FAMILY_RENDERERS.map((r) => r.family))].sort()).toEqual([...FAMILIES].sort());
    for (const arrangement of all) expect(counts.get(arrangement) ?? 0, arrangement).toBeGreaterThanOrEqual(30);
  });

  it('prints every label wording of every field, the lexicon\'s and those read by grammar alone', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fields = ['title', 'unit', 'manager', 'subordinates', 'substitutedBy', 'substitutes'] as const;
    const wordings = fields.flatMap((field) => labelsOf(field).map((w) => w.text));
    expect(wordings.length).toBeGreaterThanOrEqual(40);
    for (const wording of wordings) {
      const atLineStart = new RegExp(`^([\\d.]+ )?${escape(wording)}:? `, 'im');
      expect(variants.some((v) => atLineStart.test(v.text)), wording).toBe(true);
    }
  });

  it('varies what a page does to the same words: no-break spaces, symbol-font bullets, scopes, aliases, prose rows, pronoun alternatives, tabs, aligned columns, dashes after labels, register tables, cuts, CRLF', () => {
    const count = (test: (text: string) => boolean) => variants.filter((v) => test(v.text)).length;
    expect(count((t) => t.includes('\u00A0'))).toBeGreaterThanOrEqual(200);
    expect(count((t) => /[\uF0B7\uF0A7\uF0D8]/.test(t))).toBeGreaterThanOrEqual(20);
    expect(count((t) => / [–—-] (igapäevastes|allkirjaõiguse|tema puudumise|oma pädevuse|eelarve)/.test(t))).toBeGreaterThanOrEqual(200);
    expect(count((t) => t.includes('(edaspidi '))).toBeGreaterThanOrEqual(100);
    expect(count((t) => t.includes('\r\n'))).toBeGreaterThanOrEqual(200);
    expect(count((t) => /^(\d\.\d\.? )?(Alluvus|ALLUVUS): allub /m.test(t))).toBeGreaterThanOrEqual(20);
    expect(count((t) => /^(\d\.\d\.? )?(Asendamine|ASENDAMINE): (teda|tema) asendab /m.test(t))).toBeGreaterThanOrEqual(20);
    expect(count((t) => / või tema määratud /.test(t))).toBeGreaterThanOrEqual(50);
    expect(count((t) => /^(\d\.\d\.? )?\p{L}[\p{L} ]+\t\S/mu.test(t))).toBeGreaterThanOrEqual(50);
    expect(count((t) => /^(\d\.\d\.? )?\p{L}[\p{L} ]+\S {5}\S/mu.test(t))).toBeGreaterThanOrEqual(50);
    expect(count((t) => /^(\d\.\d\.? )?(Vahetu juht|Allub|Alluvad|Asendaja|Asendab|Struktuuriüksus) [–-] \S/m.test(t))).toBeGreaterThanOrEqual(20);
    expect(count((t) => t.startsWith('| Dokumendiregister |'))).toBeGreaterThanOrEqual(100);
    expect(variants.filter((v) => v.expected.truncated).length).toBeGreaterThanOrEqual(100);
    expect(variants.filter((v) => v.expected.uncounted?.length).length).toBeGreaterThanOrEqual(50);
  });

  it('answers every list with distinct titles, none of them blank', () => {
    for (const v of variants) {
      for (const field of ['subordinates', 'substitutedBy', 'substitutes'] as const) {
        const keys = v.expected[field].map((title) => title.toLocaleLowerCase('et'));
        expect(new Set(keys).size, `${v.seed} ${field}`).toBe(keys.length);
        expect(keys.every((key) => key.trim().length > 1), `${v.seed} ${field}`).toBe(true);
      }
    }
  });

  it('counts every field of every header except those after a cut', () => {
    const uncounted = variants.reduce((n, v) => n + (v.expected.uncounted?.length ?? 0), 0);
    const counted = MEASURED_FIELDS.reduce((n, f) => n + report.fields[f].total, 0);
    expect(counted).toBe(RUN.headers * MEASURED_FIELDS.length - uncounted);
  });

  it(`reads at least ${TARGET}% of the fields of all headers`, () => {
    const correct = MEASURED_FIELDS.reduce((n, f) => n + report.fields[f].correct, 0);
    const total = MEASURED_FIELDS.reduce((n, f) => n + report.fields[f].total, 0);
    const share = (100 * correct) / total;
    expect(share, share < TARGET ? formatRendered(report, Infinity) : '').toBeGreaterThanOrEqual(TARGET);
  });

  it.each(FAMILIES)(`reads at least ${TARGET}% of the fields of %s headers`, (family) => {
    const { correct, total } = report.families[family];
    expect(total).toBeGreaterThan(0);
    const share = (100 * correct) / total;
    // Every miss of the family, with its text, only when the target is not met (the list is long).
    const misses = () => formatRendered({ ...report, mismatches: report.mismatches.filter((m) => m.file.startsWith(`${family}/`)) }, Infinity);
    expect(share, share < TARGET ? misses() : '').toBeGreaterThanOrEqual(TARGET);
  });
});

describe('orgraph accuracy --rendered', () => {
  const bin = fileURLToPath(new URL('../../bin/orgraph.js', import.meta.url));
  const orgraph = (args: string[]) => spawnSync(process.execPath, [bin, 'accuracy', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints per-field and per-family accuracy and the first misses with the seed and text that reproduce them', () => {
    const { status, stdout } = orgraph(['--rendered', '60', '--seed', '3']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^60 files, 60 positions$/m);
    for (const field of MEASURED_FIELDS) expect(stdout).toMatch(new RegExp(`^${field}\\s+\\d+\\.\\d%`, 'm'));
    for (const family of FAMILIES) expect(stdout).toMatch(new RegExp(`^  ${family}\\s+\\d+\\.\\d%`, 'm'));
    // Either every field is right, or the first miss names a seed that renders a header of its family again.
    const miss = /^([a-z-]+)\/[a-z-]+ seed (\d+) \w+: expected/m.exec(stdout);
    if (!miss) expect(stdout).toMatch(/^all fields\s+100\.0%/m);
    else expect(renderHeaderVariant(Number(miss[2])).family).toBe(miss[1]);
  });

  it('refuses a count that is not a whole number, saying what it takes', () => {
    const { status, stderr } = orgraph(['--rendered', 'many']);
    expect(status).toBe(1);
    expect(stderr).toContain('--rendered takes a whole number');
  });
});
