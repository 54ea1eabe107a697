import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A substitution line: the substitute stands in for the substituted position.
 * Each side's document may state it: the substituted's "who substitutes" list (Kes asendab)
 * and the substitute's "whom it substitutes" list (Keda asendab).
 */
@Entity('substitution_line')
@Index(['substituteId', 'substitutedId'], { unique: true })
export class SubstitutionLine {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  @Index()
  @Column('integer', { name: 'substitute_id' })
  substituteId: number;

  @Index()
  @Column('integer', { name: 'substituted_id' })
  substitutedId: number;

  /** Place in the substituted position's "Kes asendab" list, or null when that list does not name it. */
  @Column('integer', { name: 'substituted_list_order', nullable: true })
  substitutedListOrder: number | null;

  /** Place in the substitute's "Keda asendab" list, or null when that list does not name it. */
  @Column('integer', { name: 'substitute_list_order', nullable: true })
  substituteListOrder: number | null;
}
