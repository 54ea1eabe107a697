import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';
import { PersonalData } from '../access/auth-checker.js';
import type { ParsedDocument } from '../ingest/document.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';
import {
  Approval,
  CompetencyGroup,
  ContractAnnex,
  Duty,
  NamedDescription,
  ParseWarning,
  Requirements,
  Signature,
  SignedContainer,
  SourceRange,
} from './sections.types.js';
import { HeaderFieldConfidence, headerConfidence } from './confidence.types.js';
import { HEADER_FIELDS } from '../ingest/document.js';

@ObjectType({ implements: Node, description: 'A job description (ametijuhend) as imported: every section, and the text it was read from.' })
@Entity('job_description')
@Index(['organizationId', 'sourceName'], { unique: true })
export class JobDescription implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the job description.' })
  get id(): string {
    return toGlobalId('JobDescription', this.rowId);
  }

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  @Field(() => String, { description: 'Name of the file it was imported from.' })
  @Column('varchar', { name: 'source_name' })
  sourceName: string;

  @Field(() => String, { description: 'SHA-256 of the source text; an unchanged file is not imported again.' })
  @Column('varchar', { name: 'content_hash' })
  contentHash: string;

  @Field(() => String, { description: 'Layout the reader recognised, e.g. "table".' })
  @Column('varchar')
  layout: string;

  @Field(() => String, {
    nullable: true,
    description: 'The original text, line numbers as in `sources`. Personal data (it names the employee and the signatories): null with a FORBIDDEN error below the hr role.',
  })
  @PersonalData()
  @Column('text', { name: 'source_text' })
  sourceText: string;

  @Column('simple-json')
  document: ParsedDocument;

  @Field(() => Date, { description: 'When this version was imported.' })
  @Column({ type: Date, name: 'imported_at' })
  importedAt: Date;

  @Field(() => String, { nullable: true, description: 'Purpose of the position (ametikoha eesmärk).' })
  get purpose(): string | null {
    return this.document.purpose;
  }

  @Field(() => [Duty], { description: `Duties (teenistusülesanded) with their expected results, in document order (the first ${LIST_BOUNDS.duties}).`, complexity: boundedList(LIST_BOUNDS.duties) })
  get duties(): Duty[] {
    return this.document.duties;
  }

  @Field(() => [String], { description: `Rights (õigused) (the first ${LIST_BOUNDS.sectionItems}).`, complexity: boundedList(LIST_BOUNDS.sectionItems) })
  get rights(): string[] {
    return this.document.rights;
  }

  @Field(() => [String], { description: `Responsibilities (vastutus) (the first ${LIST_BOUNDS.sectionItems}).`, complexity: boundedList(LIST_BOUNDS.sectionItems) })
  get responsibilities(): string[] {
    return this.document.responsibilities;
  }

  @Field(() => String, { nullable: true, description: 'Work tools provided (töövahendid).' })
  get workTools(): string | null {
    return this.document.workTools;
  }

  @Field(() => Requirements, { description: 'Requirements for the position (nõuded): education, experience, languages, skills.' })
  get requirements(): Requirements {
    return this.document.requirements as Requirements;
  }

  @Field(() => [CompetencyGroup], { description: `Competencies needed for the work (tööks vajalikud kompetentsid) (the first ${LIST_BOUNDS.competencies}).`, complexity: boundedList(LIST_BOUNDS.competencies) })
  get competencies(): CompetencyGroup[] {
    return this.document.competencies;
  }

  @Field(() => [NamedDescription], { description: `Additional competencies, personal qualities and knowledge (täiendavad kompetentsid) (the first ${LIST_BOUNDS.competencies}).`, complexity: boundedList(LIST_BOUNDS.competencies) })
  get additionalCompetencies(): NamedDescription[] {
    return this.document.additionalCompetencies;
  }

  @Field(() => String, { nullable: true, description: 'How the description is reviewed and changed (ametijuhendi muutmine).' })
  get amendment(): string | null {
    return this.document.amendment;
  }

  @Field(() => Approval, { nullable: true, description: 'The directive that approved the description (kinnitatud käskkirjaga), where stated.' })
  get approval(): Approval | null {
    return this.document.approval;
  }

  @Field(() => ContractAnnex, { nullable: true, description: 'Set when the description is an annex to an employment contract.' })
  get contractAnnex(): ContractAnnex | null {
    return this.document.contractAnnex;
  }

  @Field(() => [Signature], { description: `Signatures (allkirjad). The names are personal data (see \`Signature.name\`) (the first ${LIST_BOUNDS.signatures}).`, complexity: boundedList(LIST_BOUNDS.signatures) })
  get signatures(): Signature[] {
    return this.document.signatures as Signature[];
  }

  @Field(() => SignedContainer, { nullable: true, description: 'The signed container (.asice/.bdoc) the document came in, with its signers; null otherwise.' })
  get container(): SignedContainer | null {
    return this.document.container ?? null;
  }

  @Field(() => [ParseWarning], { description: `What the reader could not place or had to guess, with line numbers (the first ${LIST_BOUNDS.warnings}).`, complexity: boundedList(LIST_BOUNDS.warnings) })
  get warnings(): ParseWarning[] {
    return this.document.warnings;
  }

  @Field(() => [HeaderFieldConfidence], {
    description: `How sure the reader is of each header field (title, specialization, unitPath, manager, subordinates, substitutedBy, substitutes), with the reasons; one entry per field, in that order (the first ${HEADER_FIELDS.length}). Computed from the stored text for documents imported before it was kept.`,
    complexity: boundedList(HEADER_FIELDS.length),
  })
  get fieldConfidence(): HeaderFieldConfidence[] {
    return headerConfidence(this.document, this.sourceText);
  }

  @Field(() => [SourceRange], { description: `The source lines of every extracted value (the first ${LIST_BOUNDS.sources}).`, complexity: boundedList(LIST_BOUNDS.sources) })
  get sources(): SourceRange[] {
    return Object.entries(this.document.sources).map(([field, range]) => ({ field, ...range }));
  }
}
