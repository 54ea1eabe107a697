/**
 * Calibration of field confidence on a small labelled set: of the fields marked high, how many are
 * right; of the wrong fields, how many said they were unsure.
 */
import { describe, expect, it } from 'vitest';
import { formatAccuracy, measure, measureRendered, type LabelledFile } from '../../server/ingest/accuracy.js';
import { parseDocuments } from '../../server/ingest/parse.js';
import type { ParsedDocument } from '../../server/ingest/document.js';

const colonRows = (title: string, manager: string) =>
  [
    'Ametijuhend',
    '',
    `Ametinimetus: ${title}`,
    'Struktuuriüksus: Finantsosakond',
    `Allub: ${manager}`,
    'Tema asendaja: Nõunik',
    'Tema asendab: Nõunikku',
    '',
    '2. EESMÄRK',
    '',
    'Eelarve koostamise korraldamine.',
  ].join('\n');

const position = (title: string, manager: string) => ({ title, unitPath: ['Finantsosakond'], manager, subordinates: [], substitutedBy: ['Nõunik'], substitutes: ['Nõunik'] });

const labels: LabelledFile[] = [
  // Read right, nothing doubtful: six fields high and right.
  { file: 'selge.txt', positions: [position('Peaspetsialist', 'Osakonnajuhataja')] },
  // The unit's name glued to the title: wrong, and marked low.
  { file: 'liimitud.txt', positions: [position('Peaspetsialist', 'Osakonnajuhataja')] },
  // The label says another manager than the text: wrong, and the reader had no way to know.
  { file: 'vale-silt.txt', positions: [position('Nõunik', 'Direktor')] },
];
const texts: Record<string, string> = {
  'selge.txt': colonRows('Peaspetsialist', 'Osakonnajuhataja'),
  'liimitud.txt': colonRows('Finantsosakond peaspetsialist', 'Osakonnajuhataja'),
  'vale-silt.txt': colonRows('Nõunik', 'Osakonnajuhataja'),
};
const parsed = new Map(Object.entries(texts).map(([file, text]) => [file, parseDocuments(file, text, { organization: 'Amet' })]));

describe('confidence calibration', () => {
  it('counts the high fields that are right and the wrong fields that were marked unsure', () => {
    const { calibration } = measure(labels, parsed);
    expect(calibration.high).toEqual({ right: 16, total: 17 });
    expect(calibration.wrong).toEqual({ flagged: 1, total: 2 });
    expect(calibration.levels.low).toEqual({ right: 0, wrong: 1 });
  });

  it('prints both shares beside their goals', () => {
    const text = formatAccuracy(measure(labels, parsed));
    expect(text).toMatch(/marked high, right +94\.1% +\(16\/17; goal ≥ 99%\)/);
    expect(text).toMatch(/wrong, marked med\/low +50\.0% +\(1\/2; goal ≥ 80%\)/);
  });

  it('leaves a document that could not be read out of the calibration', () => {
    const withFailure = new Map<string, ParsedDocument[] | Error>([...parsed, ['selge.txt', new Error('unreadable')]]);
    expect(measure(labels, withFailure).calibration.high.total).toBe(11);
  });
});

describe('confidence calibration on rendered headers', () => {
  it('meets both goals on 2,000 rendered headers: high is right at least 99% of the time, and at least 80% of wrong fields said they were unsure', () => {
    const { calibration } = measureRendered(2000, 7);
    expect(calibration.high.total).toBeGreaterThan(5000);
    expect(calibration.high.right / calibration.high.total).toBeGreaterThanOrEqual(0.99);
    expect(calibration.wrong.flagged / Math.max(calibration.wrong.total, 1)).toBeGreaterThanOrEqual(0.8);
  });
});
