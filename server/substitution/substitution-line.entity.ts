import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A substitution line: the substitute stands in for the substituted.
 * Each end is a position, a group (any staff of a unit and its sub-units) or a placeholder
 * (someone to be designated). Each side's document may state the line: the substituted's
 * "who substitutes" list (Kes asendab) and the substitute's "whom it substitutes" list (Keda asendab).
 */
@Entity('substitution_line')
@Index(['organizationId', 'pairKey'], { unique: true })
export class SubstitutionLine {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  /** Identity of the line by its two ends, e.g. "p12>p34", "g5>p34", "x:Vastavalt asendusskeemile>p34". */
  @Column('varchar', { name: 'pair_key' })
  pairKey: string;

  @Column('integer', { name: 'substitute_id', nullable: true })
  substituteId: number | null;

  @Column('integer', { name: 'substitute_group_id', nullable: true })
  substituteGroupId: number | null;

  /** For a group or a placeholder: the name the document gives it ("Osakonna teenistujad"). */
  @Column('varchar', { name: 'substitute_label', nullable: true })
  substituteLabel: string | null;

  @Column('integer', { name: 'substituted_id', nullable: true })
  substitutedId: number | null;

  @Column('integer', { name: 'substituted_group_id', nullable: true })
  substitutedGroupId: number | null;

  /** For a group or a placeholder: the name the document gives it. */
  @Column('varchar', { name: 'substituted_label', nullable: true })
  substitutedLabel: string | null;

  /** Place in the substituted position's "Kes asendab" list, or null when that list does not name it. */
  @Column('integer', { name: 'substituted_list_order', nullable: true })
  substitutedListOrder: number | null;

  /** Place in the substitute's "Keda asendab" list, or null when that list does not name it. */
  @Column('integer', { name: 'substitute_list_order', nullable: true })
  substituteListOrder: number | null;
}
