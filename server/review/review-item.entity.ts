/**
 * One thing in an organisation's graph that deserves a person's look. Items are derived from the
 * documents and the graph on every rebuild and synchronised by `key`, so that how HR settled an
 * item (status, who, when, comment) survives re-imports while the item still arises.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REVIEW_KINDS = [
  'LOW_CONFIDENCE_FIELD',
  'TYPO_MERGE',
  'CROSS_UNIT_REFERENCE',
  'AMBIGUOUS_REFERENCE',
  'REPORTING_CONFLICT',
  'CONTRADICTED_SUBSTITUTION',
  'IMPORT_WARNINGS',
  'STALE_CORRECTION',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_STATUSES = ['open', 'accepted', 'corrected', 'dismissed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

@Entity('review_item')
@Index(['organizationId', 'key'], { unique: true })
export class ReviewItem {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  /** Stable identity of the item within its organisation, from what it is about. */
  @Column('varchar')
  key: string;

  @Column('varchar')
  kind: ReviewKind;

  @Column('integer', { name: 'job_description_id', nullable: true })
  jobDescriptionId: number | null;

  /** Positions the item is about, first the one to open. */
  @Column('simple-json', { name: 'position_ids' })
  positionIds: number[];

  /** The unit the item belongs to (of its first position), for filtering by unit. */
  @Column('integer', { name: 'unit_id', nullable: true })
  unitId: number | null;

  /** The header field concerned, when the item is about one. */
  @Column('varchar', { nullable: true })
  field: string | null;

  @Column('integer', { name: 'line_start', nullable: true })
  lineStart: number | null;

  @Column('integer', { name: 'line_end', nullable: true })
  lineEnd: number | null;

  @Column('text', { name: 'explanation_en' })
  explanationEn: string;

  @Column('text', { name: 'explanation_et' })
  explanationEt: string;

  @Column('varchar')
  status: ReviewStatus;

  /** Who settled it (a token name or cli:<user>): personal data. */
  @Column('varchar', { name: 'settled_by', nullable: true })
  settledBy: string | null;

  @Column({ type: Date, name: 'settled_at', nullable: true })
  settledAt: Date | null;

  @Column('text', { nullable: true })
  comment: string | null;

  /** Order of the list: by kind's rank, then document and field (set on every rebuild). */
  @Column('integer', { name: 'sort_order' })
  sortOrder: number;
}
