/**
 * A correction HR made to one header field of one job description. It is stored on its own,
 * beside the parsed document, and applied whenever the graph is rebuilt; the document is never
 * overwritten, so the reading stays visible and the correction can be undone.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { HeaderField } from '../ingest/document.js';

/** A header field's value: one string or null (title, specialization, manager) or a list. */
export type FieldValue = string | null | string[];

export type CorrectionStatus = 'active' | 'stale';

@Entity('field_correction')
@Index(['jobDescriptionId', 'field'], { unique: true })
export class FieldCorrection {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  /** The document row; kept across re-imports, which update the row in place by source name. */
  @Column('integer', { name: 'job_description_id' })
  jobDescriptionId: number;

  /** The document's source name, so that corrections can move to another database. */
  @Column('varchar', { name: 'source_name' })
  sourceName: string;

  @Column('varchar')
  field: HeaderField;

  /** What the reader read when the correction was made. */
  @Column('simple-json', { name: 'read_value' })
  readValue: FieldValue;

  @Column('simple-json', { name: 'corrected_value' })
  correctedValue: FieldValue;

  /** `stale`: the document changed since and now reads the field differently (`staleReading`). */
  @Column('varchar')
  status: CorrectionStatus;

  @Column('simple-json', { name: 'stale_reading', nullable: true })
  staleReading: FieldValue | null;

  /** Who made it (a token name or cli:<user>): personal data. */
  @Column('varchar')
  author: string;

  @Column({ type: Date, name: 'created_at' })
  createdAt: Date;

  @Column('text', { nullable: true })
  comment: string | null;
}
