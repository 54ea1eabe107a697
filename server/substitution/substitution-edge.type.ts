import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { boundedList } from '../limits/cost.js';

export enum LineStatus {
  CONFIRMED = 'CONFIRMED',
  UNCONFIRMED = 'UNCONFIRMED',
  CONTRADICTED = 'CONTRADICTED',
}
registerEnumType(LineStatus, {
  name: 'LineStatus',
  description: 'How well the documents back a substitution line.',
  valuesConfig: {
    CONFIRMED: { description: 'Both documents state the line: the substituted position’s "Kes asendab" and the substitute’s "Keda asendab".' },
    UNCONFIRMED: { description: 'One document states it; the other side has no document on file to confirm it.' },
    CONTRADICTED: { description: 'One document states it; the other side’s document exists and does not state it.' },
  },
});

export enum LineSource {
  SUBSTITUTED_DOCUMENT = 'SUBSTITUTED_DOCUMENT',
  SUBSTITUTE_DOCUMENT = 'SUBSTITUTE_DOCUMENT',
}
registerEnumType(LineSource, {
  name: 'LineSource',
  description: 'Which document states a substitution line.',
  valuesConfig: {
    SUBSTITUTED_DOCUMENT: { description: 'The substituted position’s document, in its "who substitutes" list (Kes asendab / Asendaja).' },
    SUBSTITUTE_DOCUMENT: { description: 'The substitute’s document, in its "whom it substitutes" list (Keda asendab / Asendab).' },
  },
});

export enum SubstituteKind {
  POSITION = 'POSITION',
  GROUP = 'GROUP',
  PLACEHOLDER = 'PLACEHOLDER',
}
registerEnumType(SubstituteKind, {
  name: 'SubstituteKind',
  description: 'What the other end of a substitution line is.',
  valuesConfig: {
    POSITION: { description: 'A position (see `position`).' },
    GROUP: { description: 'Any staff of a unit and its sub-units, e.g. "osakonna teenistujad" (see `group`). It covers only while it has other members.' },
    PLACEHOLDER: { description: 'Someone to be designated, e.g. "valdkonnajuhi poolt määratud ametnik" or "vastavalt asendusskeemile" (see `label`).' },
  },
});

@ObjectType({ description: 'A substitution line seen from one position: what is on the other end and how the line is backed.' })
export class SubstitutionEdge {
  @Field(() => SubstituteKind, { description: 'Whether the other end is a position, a group of a unit’s staff, or a placeholder.' })
  kind: SubstituteKind;

  /** Row id of the position on the other end (see the `position` field). */
  positionRowId: number | null;

  /** Row id of the group's unit (see the `group` field). */
  groupRowId: number | null;

  @Field(() => String, { description: 'The other end as a document names it, in base form ("Koordinaator", "Osakonna teenistujad").' })
  label: string;

  @Field(() => [LineSource], { description: 'Which documents state the line (one or both).', complexity: boundedList(2) })
  statedBy: LineSource[];

  @Field(() => Boolean, { description: 'True when both documents state the line.' })
  confirmed: boolean;

  @Field(() => LineStatus, { description: 'Confirmed, unconfirmed (other side undocumented) or contradicted (other side’s document omits it).' })
  status: LineStatus;

  @Field(() => Int, { nullable: true, description: 'Place (0-based) in this position’s own list ("Kes asendab" for `substitutes`, "Keda asendab" for `substitutedFor`); null when only the other side’s document states the line.' })
  order: number | null;
}
