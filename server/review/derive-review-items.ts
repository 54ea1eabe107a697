/**
 * The review queue of one organisation, derived from what a rebuild holds in memory: the documents
 * as read and as the graph used them (corrections applied), their field confidence, the graph and
 * its notes, and the stale corrections. Pure; each item has a key that stays the same while what it
 * is about stays, so that how HR settled it survives re-imports.
 */
import { HEADER_FIELDS, type FieldConfidence, type HeaderField, type ParsedDocument } from '../ingest/document.js';
import { assessConfidence } from '../ingest/confidence.js';
import { toLines } from '../ingest/lines.js';
import { classifyReference } from '../ingest/estonian/references.js';
import { unitKey } from '../ingest/estonian/units.js';
import type { GraphPosition, OrgGraph } from '../org/graph.js';
import type { PositionPlace } from '../org/reference-notes.js';
import { lineStatus } from '../substitution/line-status.js';
import type { FieldValue } from './correction.entity.js';
import { readField } from './field-values.js';
import type { ReviewKind } from './review-item.entity.js';
import { RANKS, staleCorrectionKey, type Rank } from './review-order.js';
import * as explain from './review-explanations.js';

export interface ReviewDocument {
  rowId: number;
  sourceName: string;
  /** The document as the reader read it. */
  read: ParsedDocument;
  /** The document as the graph was built from it: HR's active corrections applied. */
  used: ParsedDocument;
  sourceText: string;
}

export interface StaleCorrection {
  rowId: number;
  jobDescriptionId: number;
  field: HeaderField;
  readValue: FieldValue;
  staleReading: FieldValue | null;
  correctedValue: FieldValue;
}

export interface ReviewInput {
  documents: ReviewDocument[];
  graph: OrgGraph;
  /** Position row IDs by graph key. */
  positionIds: Map<string, number>;
  /** Unit row IDs by graph key. */
  unitIds: Map<string, number>;
  staleCorrections: StaleCorrection[];
}

export interface DerivedReviewItem {
  key: string;
  kind: ReviewKind;
  jobDescriptionId: number | null;
  positionIds: number[];
  unitId: number | null;
  field: HeaderField | null;
  lineStart: number | null;
  lineEnd: number | null;
  explanationEn: string;
  explanationEt: string;
  sortOrder: number;
}

/** Most positions one item names (a unit merge may concern a whole unit). */
export const MAX_ITEM_POSITIONS = 50;

/** Reference fields, in the order a reference's field is looked for. */
const REFERENCE_FIELDS = ['manager', 'substitutedBy', 'substitutes', 'subordinates'] as const satisfies readonly HeaderField[];

interface Draft {
  key: string;
  kind: ReviewKind;
  rank: Rank;
  document: ReviewDocument | null;
  field: HeaderField | null;
  positionKeys: string[];
  explanation: explain.Explanation;
  /** Lines when they are not the field's own (a warning's line). */
  lines?: { start: number; end: number } | null;
}

export function deriveReviewItems(input: ReviewInput): DerivedReviewItem[] {
  const context = new Derivation(input);
  const drafts = [
    ...context.fieldItems(),
    ...context.mergeItems(),
    ...context.referenceItems(),
    ...context.conflictItems(),
    ...context.lineItems(),
    ...context.warningItems(),
    ...context.staleItems(),
  ];
  return context.finish(drafts);
}

class Derivation {
  private readonly positions: Map<string, GraphPosition>;
  private readonly units: Map<string, OrgGraph['units'][number]>;
  private readonly documents: Map<string, ReviewDocument>;
  private readonly unitPaths = new Map<string | null, string[]>();

  constructor(private readonly input: ReviewInput) {
    this.positions = new Map(input.graph.positions.map((p) => [p.key, p]));
    this.units = new Map(input.graph.units.map((u) => [u.key, u]));
    this.documents = new Map(input.documents.map((d) => [d.sourceName, d]));
  }

  /** Header fields the reader read with LOW or MEDIUM confidence. */
  *fieldItems(): Iterable<Draft> {
    for (const document of this.input.documents) {
      const confidence = confidenceOf(document);
      const place = this.documentPlace(document);
      for (const field of HEADER_FIELDS) {
        const { level, reasons } = confidence[field];
        if (level === 'high') continue;
        yield {
          key: `field:${document.sourceName}:${field}`,
          kind: 'LOW_CONFIDENCE_FIELD',
          rank: level === 'low' ? 'LOW_FIELD' : 'MEDIUM_FIELD',
          document,
          field,
          positionKeys: [ownKey(document)],
          explanation: explain.lowConfidence(place, field, level, reasons, readField(document.read, field)),
        };
      }
    }
  }

  /** Unit names and titles taken as one despite their spelling. */
  *mergeItems(): Iterable<Draft> {
    const references = this.input.graph.merges.some((m) => m.positionKey) ? this.referenceIndex() : new Map<string, { document: ReviewDocument; field: HeaderField }>();
    for (const merge of this.input.graph.merges) {
      if (merge.positionKey) {
        const target = this.positions.get(merge.positionKey);
        if (!target) continue;
        const from = references.get(merge.alias) ?? null;
        yield {
          key: `merge:title:${merge.positionKey}:${merge.alias}`,
          kind: 'TYPO_MERGE',
          rank: 'TYPO_MERGE',
          document: from?.document ?? null,
          field: from?.field ?? null,
          positionKeys: [...(from ? [ownKey(from.document)] : []), merge.positionKey],
          explanation: explain.titleMerge(merge.alias, from ? this.documentPlace(from.document) : null, from?.field ?? null, this.place(target), merge.reason.includes('case ending')),
        };
        continue;
      }
      const depth = merge.path.length - 1;
      const users = this.input.documents.filter((d) => d.used.unitPath[depth] === merge.alias && sameParents(d.used.unitPath, merge.path, depth));
      const unitKeyOfMerge = merge.path.map(unitKey).join('/');
      const first = users[0] ?? null;
      yield {
        key: `merge:unit:${unitKeyOfMerge}:${merge.alias}`,
        kind: 'TYPO_MERGE',
        rank: 'TYPO_MERGE',
        document: first,
        field: 'unitPath',
        positionKeys: users.slice(0, MAX_ITEM_POSITIONS).map(ownKey),
        explanation: explain.unitMerge(merge.alias, merge.name, merge.path, first ? this.documentPlace(first) : null),
      };
    }
  }

  /** References resolved across units, and those left undocumented with several candidates. */
  *referenceItems(): Iterable<Draft> {
    for (const note of this.input.graph.crossUnitReferences) {
      const document = this.documents.get(note.documentKey) ?? null;
      yield {
        key: `cross:${note.documentKey}:${note.reference}`,
        kind: 'CROSS_UNIT_REFERENCE',
        rank: 'CROSS_UNIT_REFERENCE',
        document,
        field: document ? referenceField(document.used, note.reference) : null,
        positionKeys: [`doc:${note.documentKey}`, note.targetKey],
        explanation: explain.crossUnit(note.message, note.reference, note.referrer, note.target),
      };
    }
    for (const note of this.input.graph.ambiguousReferences) {
      const document = this.documents.get(note.documentKey) ?? null;
      yield {
        key: `ambiguous:${note.documentKey}:${note.reference}`,
        kind: 'AMBIGUOUS_REFERENCE',
        rank: 'AMBIGUOUS_REFERENCE',
        document,
        field: document ? referenceField(document.used, note.reference) : null,
        positionKeys: [`doc:${note.documentKey}`, note.positionKey],
        explanation: explain.ambiguous(note.message, note.reference, note.referrer, note.candidates),
      };
    }
  }

  /** Reporting lines the two documents disagree on: on the subordinate's document, its manager. */
  *conflictItems(): Iterable<Draft> {
    for (const conflict of this.input.graph.conflicts) {
      const subordinate = this.positions.get(conflict.subordinateKey);
      const claimed = this.positions.get(conflict.claimedManagerKey);
      if (!subordinate || !claimed) continue;
      const stated = conflict.statedManagerKey ? (this.positions.get(conflict.statedManagerKey) ?? null) : null;
      yield {
        key: `conflict:${conflict.kind}:${conflict.subordinateKey}:${conflict.claimedManagerKey}`,
        kind: 'REPORTING_CONFLICT',
        rank: 'REPORTING_CONFLICT',
        document: subordinate.documentKey ? (this.documents.get(subordinate.documentKey) ?? null) : null,
        field: 'manager',
        positionKeys: unique([subordinate.key, claimed.key, ...(stated ? [stated.key] : [])]),
        explanation: explain.reportingConflict(conflict.kind, this.place(subordinate), this.place(claimed), stated ? this.place(stated) : null),
      };
    }
  }

  /** Lines one side states and the other side's document does not: on the silent side's document. */
  *lineItems(): Iterable<Draft> {
    for (const line of this.input.graph.substitutions) {
      const substitute = this.positions.get(line.substituteKey);
      const substituted = this.positions.get(line.substitutedKey);
      if (!substitute || !substituted) continue; // a group or a placeholder has no document to contradict
      if (lineStatus(line, substitute.documentKey !== null, substituted.documentKey !== null) !== 'CONTRADICTED') continue;
      const statedBySubstituted = line.substitutedListOrder !== null;
      const silent = statedBySubstituted ? substitute : substituted;
      const stating = statedBySubstituted ? substituted : substitute;
      yield {
        key: `line:${line.substituteKey}>${line.substitutedKey}`,
        kind: 'CONTRADICTED_SUBSTITUTION',
        rank: 'CONTRADICTED_SUBSTITUTION',
        document: this.documents.get(silent.documentKey!) ?? null,
        field: statedBySubstituted ? 'substitutes' : 'substitutedBy',
        positionKeys: [silent.key, stating.key],
        explanation: explain.contradictedLine(this.place(substitute), this.place(substituted), statedBySubstituted),
      };
    }
  }

  /** Documents imported with warnings, pointing at the first warning's line. */
  *warningItems(): Iterable<Draft> {
    for (const document of this.input.documents) {
      const { warnings } = document.read;
      if (!warnings.length) continue;
      yield {
        key: `warnings:${document.sourceName}`,
        kind: 'IMPORT_WARNINGS',
        rank: 'IMPORT_WARNINGS',
        document,
        field: null,
        positionKeys: [ownKey(document)],
        explanation: explain.importWarnings(this.documentPlace(document), warnings),
        lines: { start: warnings[0].line, end: warnings[0].line },
      };
    }
  }

  /** Corrections whose document now reads the field differently. */
  *staleItems(): Iterable<Draft> {
    const byRowId = new Map(this.input.documents.map((d) => [d.rowId, d]));
    for (const correction of this.input.staleCorrections) {
      const document = byRowId.get(correction.jobDescriptionId);
      if (!document) continue;
      yield {
        key: staleCorrectionKey(correction.rowId),
        kind: 'STALE_CORRECTION',
        rank: 'STALE_CORRECTION',
        document,
        field: correction.field,
        positionKeys: [ownKey(document)],
        explanation: explain.staleCorrection(this.documentPlace(document), correction.field, correction.readValue, correction.staleReading ?? readField(document.read, correction.field), correction.correctedValue),
      };
    }
  }

  /** Sorted by rank, document and field; row IDs put in place of graph keys. */
  finish(drafts: Draft[]): DerivedReviewItem[] {
    const rank = new Map(RANKS.map((r, i) => [r, i]));
    const fieldOrder = (field: HeaderField | null) => (field ? HEADER_FIELDS.indexOf(field) : HEADER_FIELDS.length);
    drafts.sort(
      (a, b) =>
        rank.get(a.rank)! - rank.get(b.rank)! ||
        compare(a.document?.sourceName ?? '\uffff', b.document?.sourceName ?? '\uffff') ||
        fieldOrder(a.field) - fieldOrder(b.field) ||
        compare(a.key, b.key),
    );
    const seen = new Set<string>();
    const items: DerivedReviewItem[] = [];
    for (const draft of drafts) {
      if (seen.has(draft.key)) continue;
      seen.add(draft.key);
      const positionIds = draft.positionKeys.map((key) => this.input.positionIds.get(key)).filter((id): id is number => id !== undefined);
      const first = this.positions.get(draft.positionKeys[0]);
      const lines = draft.lines !== undefined ? draft.lines : draft.document && draft.field ? (draft.document.read.sources[draft.field] ?? null) : null;
      items.push({
        key: draft.key,
        kind: draft.kind,
        jobDescriptionId: draft.document?.rowId ?? null,
        positionIds,
        unitId: first?.unitKey ? (this.input.unitIds.get(first.unitKey) ?? null) : null,
        field: draft.field,
        lineStart: lines?.start ?? null,
        lineEnd: lines?.end ?? null,
        explanationEn: draft.explanation.en,
        explanationEt: draft.explanation.et,
        sortOrder: items.length,
      });
    }
    return items;
  }

  private place(position: GraphPosition): PositionPlace {
    return { title: position.title, unitPath: this.unitPath(position.unitKey) };
  }

  private documentPlace(document: ReviewDocument): PositionPlace {
    const position = this.positions.get(ownKey(document));
    return position ? this.place(position) : { title: document.used.title, unitPath: document.used.unitPath };
  }

  private unitPath(key: string | null): string[] {
    let path = this.unitPaths.get(key);
    if (!path) {
      const unit = key ? this.units.get(key) : undefined;
      path = unit ? [...this.unitPath(unit.parentKey), unit.name] : [];
      this.unitPaths.set(key, path);
    }
    return path;
  }

  /** The first document and field that wrote each reference text, as written and as the title it names. */
  private referenceIndex(): Map<string, { document: ReviewDocument; field: HeaderField }> {
    const index = new Map<string, { document: ReviewDocument; field: HeaderField }>();
    const add = (text: string, document: ReviewDocument, field: HeaderField) => {
      if (!index.has(text)) index.set(text, { document, field });
    };
    for (const document of this.input.documents) {
      for (const field of REFERENCE_FIELDS) {
        for (const value of valuesOf(document.used, field)) {
          add(value, document, field);
          const reference = classifyReference(value);
          if (reference.kind === 'POSITION') add(reference.title, document, field);
        }
      }
    }
    return index;
  }
}

const ownKey = (document: ReviewDocument) => `doc:${document.sourceName}`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const unique = (keys: string[]) => [...new Set(keys)];

function confidenceOf(document: ReviewDocument): Record<HeaderField, FieldConfidence> {
  // Documents stored before confidence was kept are judged from their text now.
  return document.read.fieldConfidence ?? assessConfidence(document.read, toLines(document.sourceText), document.read.readingNotes ?? []);
}

function valuesOf(document: ParsedDocument, field: (typeof REFERENCE_FIELDS)[number]): string[] {
  return field === 'manager' ? (document.manager ? [document.manager] : []) : document[field];
}

/** Which list of the document a reference came from: the first that holds it, as written or as the title it names. */
function referenceField(document: ParsedDocument, reference: string): HeaderField | null {
  for (const field of REFERENCE_FIELDS) {
    for (const value of valuesOf(document, field)) {
      if (value === reference) return field;
      const named = classifyReference(value);
      if (named.kind === 'POSITION' && named.title === reference) return field;
    }
  }
  return null;
}

function sameParents(path: string[], keptPath: string[], depth: number): boolean {
  for (let i = 0; i < depth; i++) if (unitKey(path[i] ?? '') !== unitKey(keptPath[i])) return false;
  return true;
}
