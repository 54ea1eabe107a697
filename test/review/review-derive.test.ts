/**
 * Deriving the review queue is pure: from documents, a graph and stale corrections made by hand,
 * the items, their keys, order, positions and lines follow.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_FIELDS, type FieldConfidence, type HeaderField, type ParsedDocument } from '../../server/ingest/document.js';
import type { OrgGraph } from '../../server/org/graph.js';
import { deriveReviewItems, type ReviewDocument, type ReviewInput } from '../../server/review/derive-review-items.js';

function parsed(title: string, fields: Partial<ParsedDocument> = {}, doubts: Partial<Record<HeaderField, FieldConfidence>> = {}): ParsedDocument {
  const confidence = Object.fromEntries(HEADER_FIELDS.map((f) => [f, doubts[f] ?? { level: 'high', reasons: [] }])) as Record<HeaderField, FieldConfidence>;
  return {
    title, specialization: null, unitPath: ['Arendusosakond'], manager: null, subordinates: [], substitutedBy: [], substitutes: [],
    sources: { title: { start: 3, end: 3 }, manager: { start: 5, end: 6 } }, warnings: [], fieldConfidence: confidence,
    ...fields,
  } as ParsedDocument;
}

const doc = (rowId: number, sourceName: string, read: ParsedDocument): ReviewDocument => ({ rowId, sourceName, read, used: read, sourceText: '' });

function graphOf(titles: [string, string][]): OrgGraph {
  return {
    units: [{ key: 'arendusosakond', name: 'Arendusosakond', kind: 'DEPARTMENT' as never, parentKey: null, depth: 0 }],
    positions: titles.map(([key, title]) => ({ key, unitKey: 'arendusosakond', title, titleKey: title.toLowerCase(), specialization: null, documentKey: key.startsWith('doc:') ? key.slice(4) : null, managerKey: null, holder: null })),
    substitutions: [], merges: [], groupLabels: new Map(), conflicts: [], crossUnitReferences: [], ambiguousReferences: [],
  };
}

function input(documents: ReviewDocument[], graph: OrgGraph, extra: Partial<ReviewInput> = {}): ReviewInput {
  return { documents, graph, positionIds: new Map(graph.positions.map((p, i) => [p.key, 100 + i])), unitIds: new Map([['arendusosakond', 7]]), staleCorrections: [], ...extra };
}

describe('deriving the review queue', () => {
  it('gives each doubtful field an item keyed by document and field, low before medium, with the field’s lines', () => {
    const documents = [
      doc(1, 'b.txt', parsed('Nõunik', {}, { manager: { level: 'medium', reasons: ['no manager found'] } })),
      doc(2, 'a.txt', parsed('Jurist', {}, { title: { level: 'low', reasons: ['value reads as prose'] }, manager: { level: 'medium', reasons: ['no manager found'] } })),
    ];
    const items = deriveReviewItems(input(documents, graphOf([['doc:b.txt', 'Nõunik'], ['doc:a.txt', 'Jurist']])));
    expect(items.map((i) => [i.key, i.sortOrder, i.positionIds, i.unitId, i.jobDescriptionId, i.lineStart, i.lineEnd])).toEqual([
      ['field:a.txt:title', 0, [101], 7, 2, 3, 3],
      ['field:a.txt:manager', 1, [101], 7, 2, 5, 6],
      ['field:b.txt:manager', 2, [100], 7, 1, 5, 6],
    ]);
  });

  it('puts a stale correction first and a contradicted line before doubtful fields', () => {
    const documents = [
      doc(1, 'a.txt', parsed('Analüütik', {}, { manager: { level: 'medium', reasons: [] } })),
      doc(2, 'b.txt', parsed('Nõunik', { substitutedBy: ['Analüütik'] })),
    ];
    const graph = graphOf([['doc:a.txt', 'Analüütik'], ['doc:b.txt', 'Nõunik']]);
    graph.substitutions = [{ substituteKey: 'doc:a.txt', substitutedKey: 'doc:b.txt', substitutedListOrder: 0, substituteListOrder: null }];
    const items = deriveReviewItems(
      input(documents, graph, { staleCorrections: [{ rowId: 9, jobDescriptionId: 2, field: 'manager', readValue: 'Juhataja', staleReading: 'Peadirektor', correctedValue: 'Arendusjuht' }] }),
    );
    expect(items.map((i) => [i.kind, i.key, i.field, i.positionIds])).toEqual([
      ['STALE_CORRECTION', 'stale:9', 'manager', [101]],
      ['CONTRADICTED_SUBSTITUTION', 'line:doc:a.txt>doc:b.txt', 'substitutes', [100, 101]],
      ['LOW_CONFIDENCE_FIELD', 'field:a.txt:manager', 'manager', [100]],
    ]);
  });

  it('names no internal numbers or graph keys in the explanations', () => {
    const documents = [doc(1, 'a.txt', parsed('Analüütik', { warnings: [{ line: 40, message: 'duplicate duty number 3.1' }] }))];
    const [item] = deriveReviewItems(input(documents, graphOf([['doc:a.txt', 'Analüütik']])));
    expect(item).toMatchObject({ kind: 'IMPORT_WARNINGS', lineStart: 40, lineEnd: 40 });
    for (const text of [item.explanationEn, item.explanationEt]) {
      expect(text).toContain('Analüütik (Arendusosakond)');
      expect(text).not.toMatch(/doc:|a\.txt|\b10[0-9]\b/);
    }
  });

  it('leaves out a line to a group or placeholder, which has no document to contradict it', () => {
    const documents = [doc(1, 'a.txt', parsed('Analüütik', { substitutedBy: ['osakonna teenistujad'] }))];
    const graph = graphOf([['doc:a.txt', 'Analüütik']]);
    graph.substitutions = [{ substituteKey: 'group:arendusosakond', substitutedKey: 'doc:a.txt', substitutedListOrder: 0, substituteListOrder: null }];
    expect(deriveReviewItems(input(documents, graph))).toEqual([]);
  });
});
