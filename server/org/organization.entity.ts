import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../common/node.js';

@ObjectType({ implements: Node, description: 'An organisation (asutus) whose job descriptions make up one org graph.' })
@Entity('organization')
export class Organization implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque, globally unique ID of the organisation.' })
  get id(): string {
    return toGlobalId('Organization', this.rowId);
  }

  @Field(() => String, { description: 'Name as written in the documents, in base form (e.g. "Sotsiaalkindlustusamet").' })
  @Column('varchar', { unique: true })
  name: string;

  @Field(() => Date, { description: 'When the organisation was first imported.' })
  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  /** Raised by every rebuild of the organisation's graph: what is derived from the graph is kept until it changes. */
  @Column('integer', { name: 'graph_version', default: 0 })
  graphVersion: number;
}
