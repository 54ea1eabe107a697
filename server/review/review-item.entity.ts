/**
 * One thing in an organisation's graph that deserves a person's look. Items are derived from the
 * documents and the graph on every rebuild and synchronised by `key`, so that how HR settled an
 * item (status, who, when, comment) survives re-imports while the item still arises.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';
import { PersonalData } from '../access/auth-checker.js';
import { ReviewKindName, ReviewStatusName } from './review-enums.js';

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

@ObjectType({ description: 'Why a review item deserves a person\'s look, in English and Estonian.' })
export class ReviewExplanation {
  @Field(() => String, { description: 'In English.' })
  en: string;

  @Field(() => String, { description: 'In Estonian.' })
  et: string;
}

@ObjectType({ description: 'A range of source lines: 1-based, inclusive, as in `JobDescription.sources`.' })
export class LineSpan {
  @Field(() => Int, { description: 'First line (1-based).' })
  start: number;

  @Field(() => Int, { description: 'Last line (inclusive).' })
  end: number;
}

@ObjectType({
  implements: Node,
  description:
    'One thing in the org graph that deserves a person\'s look: a reading the reader was unsure of, a merge, a reference or a line the documents disagree on. ' +
    'Derived again on every import or correction; how HR settled it survives while it still arises.',
})
@Entity('review_item')
@Index(['organizationId', 'key'], { unique: true })
export class ReviewItem implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the item.' })
  get id(): string {
    return toGlobalId('ReviewItem', this.rowId);
  }

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  /** Stable identity of the item within its organisation, from what it is about. */
  @Column('varchar')
  key: string;

  @Field(() => ReviewKindName, { description: 'Why the item is in the queue.' })
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
  @Field(() => String, { nullable: true, description: 'The header field concerned (title, specialization, unitPath, manager, subordinates, substitutedBy or substitutes); null when the item is about no one field.' })
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

  @Field(() => ReviewStatusName, { description: 'Open, or how HR settled it.' })
  @Column('varchar')
  status: ReviewStatus;

  /** Who settled it (a token name or cli:<user>): personal data. */
  @Field(() => String, { nullable: true, description: 'Who settled it (a token name or cli:<user>). Personal data: null with a FORBIDDEN error below the hr role.' })
  @PersonalData()
  @Column('varchar', { name: 'settled_by', nullable: true })
  settledBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was settled; null while open.' })
  @Column({ type: Date, name: 'settled_at', nullable: true })
  settledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The comment HR gave when settling it.' })
  @Column('text', { nullable: true })
  comment: string | null;

  /** Order of the list: by kind's rank, then document and field (set on every rebuild). */
  @Column('integer', { name: 'sort_order' })
  sortOrder: number;

  @Field(() => ReviewExplanation, { description: 'Why the item deserves a look, naming positions by title and unit.' })
  get explanation(): ReviewExplanation {
    return { en: this.explanationEn, et: this.explanationEt };
  }

  @Field(() => LineSpan, { nullable: true, description: 'The source lines of the job description the item is about; null when it points at no lines.' })
  get lines(): LineSpan | null {
    return this.lineStart === null ? null : { start: this.lineStart, end: this.lineEnd ?? this.lineStart };
  }
}
