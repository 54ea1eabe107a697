import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoleName } from './roles.js';

/** One change to the data or to the tokens: who, what, when. */
@ObjectType({ description: 'One entry of the audit log: a change to the data (a mutation, an upload) or to the tokens, with who made it and when.' })
@Entity('audit_entry')
export class AuditEntry {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => Date, { description: 'When the change was made.' })
  @Column({ type: Date })
  at: Date;

  @Field(() => String, { description: 'Who made it: the name of the token, "anonymous" for a request without one, or "cli:<user>" for the orgraph command on the server.' })
  @Column('varchar')
  actor: string;

  @Field(() => RoleName, { description: 'The role the change was made with.' })
  @Column('varchar')
  role: RoleName;

  @Field(() => String, { description: 'What was done: a mutation name ("importDocuments"), "upload", "token.create" or "token.revoke".' })
  @Column('varchar')
  operation: string;

  @Field(() => String, { description: 'What changed, in a sentence (files and counts, the token concerned); never file contents or token secrets.' })
  @Column('text')
  summary: string;

  @Field(() => Boolean, { description: 'False when the change failed or was rolled back.' })
  @Column('boolean')
  ok: boolean;
}
