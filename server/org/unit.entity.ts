import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';
import type { UnitKind as UnitKindName } from '../ingest/estonian/units.js';

export enum UnitKind {
  DEPARTMENT = 'DEPARTMENT',
  DIVISION = 'DIVISION',
  TEAM = 'TEAM',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Level of a structural unit (struktuuriüksus).',
  valuesConfig: {
    DEPARTMENT: { description: 'Department (osakond).' },
    DIVISION: { description: 'Division (talitus).' },
    TEAM: { description: 'Team (tiim, grupp).' },
    OTHER: { description: 'Any other unit (keskus, büroo, teenistus, …).' },
  },
});

@ObjectType({ implements: Node, description: 'A structural unit (struktuuriüksus): department › division › team.' })
@Entity('unit')
@Index(['organizationId', 'key'], { unique: true })
export class Unit implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the unit.' })
  get id(): string {
    return toGlobalId('Unit', this.rowId);
  }

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  @Column('integer', { name: 'parent_id', nullable: true })
  parentId: number | null;

  /** Path of name keys from the top unit; stable across imports. */
  @Column('varchar')
  key: string;

  @Field(() => String, { description: 'Name in base form, e.g. "Erihoolekande ja rehabilitatsiooni talitus".' })
  @Column('varchar')
  name: string;

  @Field(() => UnitKind, { description: 'Level of the unit, read from its name (osakond, talitus, tiim).' })
  @Column('varchar')
  kind: UnitKindName;

  @Field(() => Int, { description: 'Depth below the organisation: 0 for a top department.' })
  @Column('integer')
  depth: number;
}
