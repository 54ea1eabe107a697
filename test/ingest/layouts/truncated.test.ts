/**
 * A document that ends right after its header (a register excerpt cut off) still imports its
 * header, with a warning saying where it ends.
 */
import { describe, expect, it } from 'vitest';
import { headerOf, parseFixture } from './fixtures.js';

describe('a document that ends right after its header', () => {
  const [doc] = parseFixture('truncated-01-after-header.txt');

  it('imports the whole header', () => {
    expect(headerOf(doc)).toEqual({
      layout: 'numbered-rows',
      title: 'Juhtivspetsialist',
      unitPath: ['Lennundusteenistus', 'Lennuväljade osakond'],
      manager: 'Lennuväljade osakonna juhataja',
      subordinates: [],
      substitutedBy: ['Juhataja', 'Peaspetsialist'],
      substitutes: ['Juhataja', 'Peaspetsialist'],
    });
  });

  it('has no body and carries a warning that it ends right after the header, on its last line', () => {
    expect([doc.purpose, doc.duties, doc.signatures]).toEqual([null, [], []]);
    expect(doc.warnings).toEqual([
      { line: 12, message: 'the document ends inside or right after its header (truncated?): only the header was read' },
    ]);
  });
});
