/**
 * GraphQL shapes of corrections: a header field as read and as in effect, and the inputs and
 * payloads of correcting and undoing.
 */
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { HEADER_FIELDS, type HeaderField } from '../ingest/document.js';
import { ConfidenceLevel, headerConfidence } from '../description/confidence.types.js';
import { JobDescription } from '../description/job-description.entity.js';
import { UserError } from '../imports/import.types.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';
import { FieldCorrection } from './correction.entity.js';
import { asList, readField } from './field-values.js';

const VALUE_ITEMS = `(the first ${LIST_BOUNDS.fieldValueItems})`;

/** Most characters of a correction's comment. */
const MAX_COMMENT = 2000;

@ObjectType({ description: 'One header field of a job description: what the reader read, what is in effect, and its correction if any.' })
export class HeaderFieldReading {
  @Field(() => String, { description: 'The header field: title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes.' })
  field: HeaderField;

  @Field(() => [String], { description: `The value in effect: the corrected value when an ACTIVE correction exists, else the reading; a single-valued field gives 0 or 1 item ${VALUE_ITEMS}.`, complexity: boundedList(LIST_BOUNDS.fieldValueItems) })
  value: string[];

  @Field(() => [String], { description: `What the reader read from the current text ${VALUE_ITEMS}.`, complexity: boundedList(LIST_BOUNDS.fieldValueItems) })
  readValue: string[];

  @Field(() => Boolean, { description: 'True when an ACTIVE correction is applied.' })
  corrected: boolean;

  @Field(() => FieldCorrection, { nullable: true, description: 'The correction of this field (ACTIVE or STALE); null when there is none.' })
  correction: FieldCorrection | null;

  @Field(() => ConfidenceLevel, { description: 'How sure the reader is of its reading (see `JobDescription.fieldConfidence` for the reasons).' })
  confidence: ConfidenceLevel;
}

/** Every header field of a document, in HEADER_FIELDS order, with the document's corrections applied where active. */
export function headerReadings(description: JobDescription, corrections: readonly FieldCorrection[]): HeaderFieldReading[] {
  const confidence = new Map(headerConfidence(description.document, description.sourceText).map((c) => [c.field, c.level]));
  const byField = new Map(corrections.map((c) => [c.field, c]));
  return HEADER_FIELDS.map((field) => {
    const correction = byField.get(field) ?? null;
    const readValue = asList(readField(description.document, field));
    const corrected = correction?.status === 'active';
    return { field, readValue, value: corrected ? asList(correction.correctedValue) : readValue, corrected, correction, confidence: confidence.get(field) ?? ConfidenceLevel.HIGH };
  });
}

@InputType({ description: 'A new value for one header field of a job description.' })
export class CorrectFieldInput {
  @Field(() => ID, { description: 'ID of the job description.' })
  @MaxLength(100)
  jobDescriptionId: string;

  @Field(() => String, { description: 'The header field: title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes.' })
  @MaxLength(40)
  field: string;

  @Field(() => [String], {
    description: 'The corrected value as a list: a title exactly one item; specialization and manager 0 or 1; the others a list (items trimmed, none empty or repeated, each at most 200 characters, at most 50). Problems come back as `errors`.',
  })
  // Far above the rule the payload reports, so that a huge list is refused before it is read.
  @ArrayMaxSize(1000)
  value: string[];

  @Field(() => String, { nullable: true, description: `Why, for the record (at most ${MAX_COMMENT} characters).` })
  @IsOptional()
  @MaxLength(MAX_COMMENT)
  comment?: string | null;
}

@ObjectType({ description: 'Result of `correctField`. Problems with the input (an unknown document, a field that does not exist, a value that does not fit) come back here as data; nothing is written then.' })
export class CorrectFieldPayload {
  @Field(() => Boolean, { description: 'True when the correction was stored and the graph rebuilt with it.' })
  ok: boolean;

  @Field(() => FieldCorrection, { nullable: true, description: 'The correction as stored; null when nothing was stored.' })
  correction: FieldCorrection | null;

  @Field(() => JobDescription, { nullable: true, description: 'The job description, its `headerFields` now showing the correction; null when the ID names none.' })
  jobDescription: JobDescription | null;

  @Field(() => [UserError], { description: 'Every problem that stopped the correction.' })
  errors: UserError[];
}

@InputType({ description: 'A correction to remove, returning its field to the reading.' })
export class UndoCorrectionInput {
  @Field(() => ID, { description: 'ID of the correction (FieldCorrection.id).' })
  @MaxLength(100)
  id: string;

  @Field(() => String, { nullable: true, description: `Why, for the record (at most ${MAX_COMMENT} characters).` })
  @IsOptional()
  @MaxLength(MAX_COMMENT)
  comment?: string | null;
}

@ObjectType({ description: 'Result of `undoCorrection`. An unknown correction comes back as an error; nothing is written then.' })
export class UndoCorrectionPayload {
  @Field(() => Boolean, { description: 'True when the correction was removed and the graph rebuilt from the reading.' })
  ok: boolean;

  @Field(() => JobDescription, { nullable: true, description: 'The job description the correction was on; null when nothing was undone.' })
  jobDescription: JobDescription | null;

  @Field(() => [UserError], { description: 'Every problem that stopped the undo.' })
  errors: UserError[];
}
