import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConflictKind } from './graph.js';

export enum ReportingConflictKind {
  SUBORDINATE_NAMES_OTHER_MANAGER = 'SUBORDINATE_NAMES_OTHER_MANAGER',
  MANAGER_DOES_NOT_LIST_SUBORDINATE = 'MANAGER_DOES_NOT_LIST_SUBORDINATE',
}
registerEnumType(ReportingConflictKind, {
  name: 'ReportingConflictKind',
  description: 'How the two documents of a reporting line disagree.',
  valuesConfig: {
    SUBORDINATE_NAMES_OTHER_MANAGER: { description: 'A manager lists the position among its reports (Alluvad), but the position’s own document names another direct manager (Vahetu juht).' },
    MANAGER_DOES_NOT_LIST_SUBORDINATE: { description: 'The position names a direct manager whose document lists its reports and leaves this position out.' },
  },
});

/**
 * A reporting line the manager's and the subordinate's documents disagree on. It is reported as
 * it is: the subordinate's own document decides the chart's reporting line meanwhile.
 */
@ObjectType({ description: 'A reporting line the manager’s "Alluvad" list and the subordinate’s own "Vahetu juht" disagree on. The chart follows the subordinate’s own document.' })
@Entity('reporting_conflict')
export class ReportingConflict {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Column('integer', { name: 'organization_id' })
  organizationId: number;

  @Field(() => ReportingConflictKind, { description: 'How the documents disagree.' })
  @Column('varchar')
  kind: ConflictKind;

  @Column('integer', { name: 'subordinate_id' })
  subordinateId: number;

  @Column('integer', { name: 'claimed_manager_id' })
  claimedManagerId: number;

  @Column('integer', { name: 'stated_manager_id', nullable: true })
  statedManagerId: number | null;
}
