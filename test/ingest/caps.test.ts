/**
 * A document over the caps is refused before it is parsed, with an error naming the file (and the
 * line, for a line too long); a quoted line is cut with its length said; a document's warnings are
 * capped with a count of the rest.
 */
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../server/ingest/parse.js';
import { errorOf } from './document-error.js';
import { DOCUMENT_CAPS, QUOTE_CHARACTERS, quote } from '../../server/ingest/caps.js';
import { LIMITS } from '../../server/limits/limits.js';
import { documentText, SAMPLE, withInsertedLines } from './large-documents.js';


const sample = documentText(SAMPLE);
const sampleLines = sample.split('\n').length;

describe('per-document caps', () => {
  it('are 20,000 lines and 10,000 characters a line, from LIMITS', () => {
    expect(DOCUMENT_CAPS).toMatchObject({ lines: 20_000, lineCharacters: 10_000 });
    expect(LIMITS).toMatchObject({ documentLines: 20_000, lineCharacters: 10_000 });
  });

  it('read a document of exactly 20,000 lines', () => {
    const text = withInsertedLines(sample, '3.1 ', 20_000 - sampleLines);
    expect(text.split('\n')).toHaveLength(20_000);
    expect(parseDocuments('long.txt', text)[0].duties[0].text).toMatch(/^KLAT-i suunamise/);
  });

  it('refuse a document of 20,001 lines, naming the file and both numbers', () => {
    const text = withInsertedLines(sample, '3.1 ', 20_001 - sampleLines);
    const error = errorOf(() => parseDocuments('long.txt', text));
    expect(error.line).toBeNull();
    expect(error.message).toBe('long.txt: the document has 20,001 lines; a document may have at most 20,000 (split it into one file per job description)');
  });

  it('count lines as the parser splits them: \\r\\n, \\r and \\n each end one', () => {
    const crlf = withInsertedLines(sample, '3.1 ', 20_001 - sampleLines).replace(/\n/g, '\r\n');
    expect(errorOf(() => parseDocuments('crlf.txt', crlf)).message).toMatch(/has 20,001 lines/);
    const cr = withInsertedLines(sample, '3.1 ', 20_001 - sampleLines).replace(/\n/g, '\r');
    expect(errorOf(() => parseDocuments('cr.txt', cr)).message).toMatch(/has 20,001 lines/);
  });

  it('refuse a line of 10,001 characters, naming the file and the line, without quoting it', () => {
    const lines = sample.split('\n');
    const at = lines.findIndex((line) => line.startsWith('3.1 '));
    lines[at] = '3.1 ' + 'a'.repeat(10_001 - 4);
    const error = errorOf(() => parseDocuments('wide.txt', lines.join('\n')));
    expect(error.line).toBe(at + 1);
    expect(error.message).toBe(`wide.txt:${at + 1}: the line is 10,001 characters long; a line may have at most 10,000 (is this a job description?)`);
  });

  it('read a line of exactly 10,000 characters', () => {
    const lines = sample.split('\n');
    const at = lines.findIndex((line) => line.startsWith('3.1 '));
    lines[at] = '3.1 ' + 'a'.repeat(10_000 - 4);
    expect(parseDocuments('wide.txt', lines.join('\n'))[0].duties[0].text).toMatch(/^a{100}/);
  });

  it('refuse a 45 MB line at once with an error of a few dozen characters', () => {
    const text = sample.replace('3.1 KLAT-i', `3.1 ${'süsteemi korraldamine '.repeat(2_000_000)}KLAT-i`);
    const error = errorOf(() => parseDocuments('huge.txt', text));
    expect(error.message).toMatch(/^huge\.txt:\d+: the line is 44,000,0\d\d characters long/);
    expect(error.message.length).toBeLessThan(200);
  });
});

describe('quoted text', () => {
  it('is quoted whole up to 200 characters', () => {
    expect(quote('Mari Maasikas')).toBe('"Mari Maasikas"');
    expect(quote('x'.repeat(QUOTE_CHARACTERS))).toBe(`"${'x'.repeat(200)}"`);
  });

  it('is cut to 200 characters beyond, with its length said', () => {
    expect(quote('x'.repeat(45_000_000))).toBe(`"${'x'.repeat(200)}…" (45,000,000 characters)`);
  });

  it('is never cut inside a surrogate pair', () => {
    const text = 'x'.repeat(199) + '😀' + 'y'.repeat(10);
    expect(quote(text)).toBe(`"${'x'.repeat(199)}…" (211 characters)`);
  });

  it('is cut in a warning about a long line that could not be placed', () => {
    const long = 'Midagi muud ' + 'kui ametijuhend '.repeat(500);
    const text = sample.replace('Põhiülesanded Oodatavad tulemused', `Põhiülesanded Oodatavad tulemused\n\n${long}`);
    const warning = parseDocuments('note.txt', text)[0].warnings.find((w) => w.message.startsWith('could not be placed (before the first duty)'));
    expect(warning?.message).toBe(`could not be placed (before the first duty): "${long.trim().slice(0, 200)}…" (${long.trim().length.toLocaleString('en')} characters)`);
  });
});

describe('warnings of a document', () => {
  it('are kept whole up to 100', () => {
    const text = withInsertedLines(sample, 'Põhiülesanded Oodatavad tulemused', 99, 'Midagi muud');
    const warnings = parseDocuments('notes.txt', text)[0].warnings;
    expect(warnings.length).toBeLessThanOrEqual(100);
    expect(warnings.some((w) => w.message.startsWith('and '))).toBe(false);
  });

  it('are capped at 100, the last one counting the rest', () => {
    const text = withInsertedLines(sample, 'Põhiülesanded Oodatavad tulemused', 5000, 'Midagi muud');
    const all = parseDocuments('notes.txt', text, { caps: { warnings: Number.POSITIVE_INFINITY } })[0].warnings;
    const warnings = parseDocuments('notes.txt', text)[0].warnings;
    expect(all.length).toBeGreaterThan(5000);
    expect(warnings).toHaveLength(100);
    expect(warnings.slice(0, 99)).toEqual(all.slice(0, 99));
    expect(warnings[99]).toEqual({ line: all[99].line, message: `and ${(all.length - 99).toLocaleString('en')} more warnings (from line ${all[99].line} on)` });
  });
});
