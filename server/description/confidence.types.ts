/**
 * GraphQL shape of field confidence (server/ingest/confidence.ts): how sure the reader is of each
 * header field, and why not when it is not.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { assessConfidence } from '../ingest/confidence.js';
import { HEADER_FIELDS, type FieldConfidence, type HeaderField, type ParsedDocument } from '../ingest/document.js';
import { toLines } from '../ingest/lines.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

export enum ConfidenceLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ConfidenceLevel, {
  name: 'ConfidenceLevel',
  description: 'How sure the reader is of a value it read from a job description.',
  valuesConfig: {
    HIGH: { description: 'Nothing about the value was doubtful.' },
    MEDIUM: { description: 'Read by a rule that is usually right but had to guess (a label matched by its stem, no label found, a warning on its lines).' },
    LOW: { description: 'Probably wrong: the value reads as prose, keeps a case ending, names a unit in the title, or holds a label; check it against the source text.' },
  },
});

@ObjectType({ description: 'The confidence of one header field of a job description, with the reasons that lowered it.' })
export class HeaderFieldConfidence {
  @Field(() => String, { description: 'The header field, named as in `sources`: title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes.' })
  field: HeaderField;

  @Field(() => ConfidenceLevel, { description: 'The lowest level any reason gives; HIGH when there is no reason.' })
  level: ConfidenceLevel;

  @Field(() => [String], {
    description: `Why the level is not HIGH, as short English phrases ("label recognised by stem only", "value reads as prose"); empty when HIGH (the first ${LIST_BOUNDS.confidenceReasons}).`,
    complexity: boundedList(LIST_BOUNDS.confidenceReasons),
  })
  reasons: string[];
}

const LEVELS = { high: ConfidenceLevel.HIGH, medium: ConfidenceLevel.MEDIUM, low: ConfidenceLevel.LOW } as const;

/**
 * Confidence of every header field, in the order of HEADER_FIELDS. A document stored before confidence
 * was kept has none: it is computed from the stored document and its source text.
 */
export function headerConfidence(document: ParsedDocument, sourceText: string | null | undefined): HeaderFieldConfidence[] {
  const confidence: Record<HeaderField, FieldConfidence> = document.fieldConfidence ?? assessConfidence(document, sourceText ? toLines(sourceText) : [], document.readingNotes ?? []);
  return HEADER_FIELDS.map((field) => ({ field, level: LEVELS[confidence[field].level], reasons: confidence[field].reasons }));
}
