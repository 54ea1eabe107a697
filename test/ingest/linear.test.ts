/**
 * Parsing is linear in the length of a document: four times the text takes about four times the
 * work, never sixteen. Each case grows a real document where a super-linear pass once hid (joining
 * wrapped lines, languages, header rows, alternatives in a long sentence), and compares two sizes
 * measured in the same run (the fastest of several runs each, so a busy machine slows both alike).
 */
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../server/ingest/parse.js';
import { documentText, SAMPLE, withInsertedLines, withLongLine, withRepeatedLine } from './large-documents.js';

/** Linear work gives a ratio of about 4 for 4× the input; quadratic work about 16. */
const MOST_FOR_FOUR_TIMES = 8;
const RUNS = 5;
const noCaps = { caps: { lines: Number.POSITIVE_INFINITY, lineCharacters: Number.POSITIVE_INFINITY } };

function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    parseDocuments('large.txt', text, noCaps);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How much longer the text of size 4n takes than the text of size n. */
function workRatio(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  // Both sizes once before measuring: compiled code, not the first run's interpreter, is compared.
  parseDocuments('warm.txt', small, noCaps);
  parseDocuments('warm.txt', large, noCaps);
  return fastest(large) / fastest(small);
}

/** A made-up header whose substitute value runs over `n` lines of dashes that no scope can end (a bracket closes it). */
function dashedValue(n: number): string {
  const value = new Array<string>(n).fill('a - b - c');
  return ['AMETIJUHEND', '1. ÜLDOSA', '1.1. Ametinimetus: Nõunik', '1.2. Vahetu juht: Osakonna juhataja', '1.3. Asendaja: juhataja - a', ...value, '(x)', '1.4. Asendab: juristi', '2. TÖÖKOHA EESMÄRK', 'Tagab töö.'].join('\n');
}

const cases: { name: string; make: (n: number) => string; n: number }[] = [
  { name: 'a duty wrapped over thousands of lines', make: (n) => withInsertedLines(documentText(SAMPLE), '3.1 ', n), n: 4000 },
  { name: 'a purpose wrapped over thousands of lines', make: (n) => withRepeatedLine(documentText(SAMPLE), 'Kinnise lasteasutuse', n), n: 4000 },
  { name: 'a language requirement repeated over thousands of lines', make: (n) => withRepeatedLine(documentText('003_8fe0a8b85a570b74.txt'), 'Eesti keele valdamine', n), n: 2000 },
  { name: 'a header row whose value runs over thousands of lines', make: (n) => withRepeatedLine(documentText('numbered-03-heading-parent-block-wrapped.txt'), 'juhatajat või osakonna', n), n: 1000 },
  { name: 'a block of thousands of labels waiting for their values', make: (n) => withRepeatedLine(documentText('numbered-03-heading-parent-block-wrapped.txt'), '1.5. Asendaja', n), n: 1000 },
  { name: 'a duty written on one very long line', make: (n) => withLongLine(documentText(SAMPLE), '3.1 ', n), n: 20_000 },
  { name: 'a relation sentence of many alternatives on one line', make: (n) => withLongLine(documentText('sentences-01-accountant.txt'), '1.1 ', n), n: 2000 },
  { name: 'a value of thousands of dashes that open no scope', make: dashedValue, n: 1000 },
];

describe('parsing time grows linearly with the document', () => {
  for (const { name, make, n } of cases) {
    it(`reads ${name} four times as long in less than ${MOST_FOR_FOUR_TIMES} times the time`, () => {
      expect(workRatio(make, n)).toBeLessThan(MOST_FOR_FOUR_TIMES);
    });
  }
});
