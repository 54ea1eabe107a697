/**
 * A correction HR made to one header field of one job description. It is stored on its own,
 * beside the parsed document, and applied whenever the graph is rebuilt; the document is never
 * overwritten, so the reading stays visible and the correction can be undone.
 */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';
import { PersonalData } from '../access/auth-checker.js';
import type { HeaderField } from '../ingest/document.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';
import { asList } from './field-values.js';

/** A header field's value: one string or null (title, specialization, manager) or a list. */
export type FieldValue = string | null | string[];

export type CorrectionStatus = 'active' | 'stale';

/** The GraphQL names of the stored statuses. */
enum CorrectionStatusValue {
  ACTIVE = 'active',
  STALE = 'stale',
}
registerEnumType(CorrectionStatusValue, {
  name: 'CorrectionStatus',
  description: 'Whether a correction is applied to the graph.',
  valuesConfig: {
    ACTIVE: { description: 'The document still reads the field as when it was corrected: the corrected value is in effect.' },
    STALE: { description: 'The document changed since and now reads the field differently (`staleReading`): the new reading is in effect until HR keeps the correction for the new text or undoes it.' },
  },
});

/** Values as JSON text, null included: `simple-json` would store a field read as empty as SQL NULL. */
const JSON_TEXT: ValueTransformer = {
  to: (value: FieldValue | undefined) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (text: string | null) => (text === null ? null : JSON.parse(text)),
};

const VALUE_ITEMS = `(the first ${LIST_BOUNDS.fieldValueItems})`;

@ObjectType({ implements: Node, description: 'A correction HR made to one header field of one job description, kept beside the document (never overwriting it) and applied whenever the graph is rebuilt.' })
@Entity('field_correction')
@Index(['jobDescriptionId', 'field'], { unique: true })
export class FieldCorrection implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the correction.' })
  get id(): string {
    return toGlobalId('FieldCorrection', this.rowId);
  }

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  /** The document row; kept across re-imports, which update the row in place by source name. */
  @Column('integer', { name: 'job_description_id' })
  jobDescriptionId: number;

  /** The document's source name, so that corrections can move to another database. */
  @Column('varchar', { name: 'source_name' })
  sourceName: string;

  @Field(() => String, { description: 'The header field corrected: title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes.' })
  @Column('varchar')
  field: HeaderField;

  /** What the reader read when the correction was made. */
  @Column('text', { name: 'read_value', transformer: JSON_TEXT })
  readValue: FieldValue;

  @Field(() => [String], { name: 'readValue', description: `What the reader read when the field was corrected; a single-valued field gives 0 or 1 item ${VALUE_ITEMS}.`, complexity: boundedList(LIST_BOUNDS.fieldValueItems) })
  get readList(): string[] {
    return asList(this.readValue);
  }

  @Column('text', { name: 'corrected_value', transformer: JSON_TEXT })
  correctedValue: FieldValue;

  @Field(() => [String], { name: 'correctedValue', description: `The value HR gave; a single-valued field gives 0 or 1 item ${VALUE_ITEMS}.`, complexity: boundedList(LIST_BOUNDS.fieldValueItems) })
  get correctedList(): string[] {
    return asList(this.correctedValue);
  }

  /** `stale`: the document changed since and now reads the field differently (`staleReading`). */
  @Field(() => CorrectionStatusValue, { description: 'ACTIVE while the document reads the field as when it was corrected; STALE (not applied) once it reads differently.' })
  @Column('varchar')
  status: CorrectionStatus;

  @Column('text', { name: 'stale_reading', nullable: true, transformer: JSON_TEXT })
  staleReading: FieldValue | null;

  @Field(() => [String], { name: 'staleReading', nullable: true, description: `The document's new reading of the field when STALE; null when ACTIVE ${VALUE_ITEMS}.`, complexity: boundedList(LIST_BOUNDS.fieldValueItems) })
  get staleList(): string[] | null {
    return this.status === 'stale' ? asList(this.staleReading) : null;
  }

  /** Who made it (a token name or cli:<user>): personal data. */
  @Field(() => String, { nullable: true, description: 'Who made the correction (a token name, or "cli:<user>" for the orgraph command). Personal data: null with a FORBIDDEN error below the hr role.' })
  @PersonalData()
  @Column('varchar')
  author: string;

  @Field(() => Date, { description: 'When the correction was made.' })
  @Column({ type: Date, name: 'created_at' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Why it was corrected, as HR wrote it.' })
  @Column('text', { nullable: true })
  comment: string | null;
}
