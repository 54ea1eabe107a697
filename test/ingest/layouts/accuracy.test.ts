/**
 * Every layout fixture against its hand labels: the parser must read each header field of each
 * position exactly as labelled (the measure `npm run accuracy -- test/fixtures/layouts` prints).
 */
import { describe, expect, it } from 'vitest';
import { formatAccuracy, measure, MEASURED_FIELDS } from '../../../server/ingest/accuracy.js';
import type { ParsedDocument } from '../../../server/ingest/document.js';
import { labels, parseFixture } from './fixtures.js';

describe('accuracy on the layout fixtures', () => {
  const parsed = new Map<string, ParsedDocument[] | Error>();
  for (const { file } of labels) {
    try {
      parsed.set(file, parseFixture(file));
    } catch (error) {
      parsed.set(file, error as Error);
    }
  }
  const report = measure(labels, parsed);

  it('has at least 25 labelled documents covering every layout', () => {
    expect(labels.length).toBeGreaterThanOrEqual(25);
    const layouts = new Set([...parsed.values()].flatMap((docs) => (docs instanceof Error ? [] : docs.map((d) => d.layout))));
    expect([...layouts].sort()).toEqual(['colon-rows', 'heading-rows', 'labelled-rows', 'numbered-rows', 'sentences', 'table']);
  });

  it('reads every fixture and finds one document per labelled position', () => {
    expect(report.failures, formatAccuracy(report)).toEqual([]);
    for (const { file, positions } of labels) expect((parsed.get(file) as ParsedDocument[]).length, file).toBe(positions.length);
  });

  it.each(MEASURED_FIELDS)('reads %s right in every position', (field) => {
    const { correct, total } = report.fields[field];
    expect(correct, formatAccuracy(report)).toBe(total);
  });
});
