import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

@ObjectType({
  implements: Node,
  description:
    'A position (ametikoht, teenistuskoht). Documented when its own job description is on file; ' +
    'undocumented when it is only named by other documents (as a manager or substitute).',
})
@Entity('position')
@Index(['organizationId', 'key'], { unique: true })
export class Position implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the position.' })
  get id(): string {
    return toGlobalId('Position', this.rowId);
  }

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  @Index()
  @Column('integer', { name: 'unit_id', nullable: true })
  unitId: number | null;

  /** "doc:<source name>" for documented positions, "ref:<unit key>|<title key>" for the rest. */
  @Column('varchar')
  key: string;

  @Field(() => String, { description: 'Title (ametinimetus) in base form, specialisation included: "Arendusnõunik (rehabilitatsioon)".' })
  @Column('varchar')
  title: string;

  /** Case-folded base form, for matching. */
  @Column('varchar', { name: 'title_key' })
  titleKey: string;

  @Field(() => String, { nullable: true, description: 'The bracketed specialisation of the title, e.g. "rehabilitatsioon".' })
  @Column('varchar', { nullable: true })
  specialization: string | null;

  @Field(() => Boolean, { description: 'True when the position has its own job description on file.' })
  @Column('boolean')
  documented: boolean;

  @Index()
  @Column('integer', { name: 'manager_id', nullable: true })
  managerId: number | null;

  @Column('integer', { name: 'job_description_id', nullable: true })
  jobDescriptionId: number | null;

  /** Other spellings of the title merged into this position as likely typos or wrong case forms, one per line. */
  @Column('varchar', { nullable: true })
  aliases: string | null;

  @Field(() => [String], { name: 'aliases', description: `Other spellings of the title that documents used, merged into this position as likely typos or titles with a case ending (never silently: listed here and in the import summary) (the first ${LIST_BOUNDS.aliases}).`, complexity: boundedList(LIST_BOUNDS.aliases) })
  get titleAliases(): string[] {
    return this.aliases ? this.aliases.split('\n') : [];
  }

  /** Name of the employee who signed the job description: personal data. */
  @Column('varchar', { name: 'holder_name', nullable: true })
  holderName: string | null;
}
