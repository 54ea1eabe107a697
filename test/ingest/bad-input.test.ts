/**
 * Files that are not job descriptions get a clear error naming the file, the line and the reason.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/ingest/parse.js';
import { decodeText } from '../../server/ingest/read.js';
import { errorOf } from './document-error.js';


describe('bad input', () => {
  it('rejects an empty file', () => {
    const error = errorOf(() => parseDocument('empty.txt', ' \n\n '));
    expect(error.message).toBe('empty.txt: the file is empty');
    expect(errorOf(() => decodeText('zero.txt', new Uint8Array())).message).toBe('zero.txt: the file is empty');
  });

  it('rejects a binary file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errorOf(() => decodeText('logo.png', bytes)).message).toMatch(/^logo\.png: the file is binary, not text/);
  });

  it('rejects text with no job-description header, naming its first line', () => {
    const error = errorOf(() => parseDocument('minutes.txt', '\nKoosoleku protokoll\nOsalesid: …'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^minutes\.txt:2: not a job description/);
  });

  it('reads a job description with a heading and one label, warning that its layout is not known', () => {
    const doc = parseDocument('other.txt', 'Asutus\n\nAMETIJUHEND\n\nAmetikoht: jurist');
    expect(doc.title).toBe('Jurist');
    expect(doc.warnings.map((w) => w.message)).toContain('the header follows no known layout: only what its heading and labels say was read');
  });

  it('rejects a text that speaks of job descriptions but shows no header, naming the line it recognised', () => {
    const error = errorOf(() => parseDocument('other.txt', 'Asutus\n\nAMETIJUHENDI KINNITAMINE\n\nKinnitan osakonna ametijuhendid.'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^other\.txt:3: unknown layout/);
  });

  it('decodes Windows-1257 text with Estonian letters', () => {
    const bytes = new Uint8Array([0x4e, 0xf5, 0x75, 0x6e, 0x69, 0x6b]); // "Nõunik"
    expect(decodeText('vana.txt', bytes)).toBe('Nõunik');
  });
});
