import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Another spelling of a unit name, merged into the unit (a typo in a document, for example).' })
@Entity('unit_alias')
export class UnitAlias {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'unit_id' })
  unitId: number;

  @Field(() => String, { description: 'The spelling found in a document.' })
  @Column('varchar')
  name: string;

  @Field(() => String, { description: 'Why it was treated as the same unit.' })
  @Column('varchar')
  reason: string;
}
