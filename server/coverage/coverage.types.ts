/**
 * GraphQL shapes of coverage analysis results.
 */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Position } from '../org/position.entity.js';
import { Unit } from '../org/unit.entity.js';
import { LineStatus, SubstituteKind } from '../substitution/substitution-edge.type.js';
import { boundedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

export enum GapKind {
  NO_SUBSTITUTE = 'NO_SUBSTITUTE',
  SINGLE_SUBSTITUTE = 'SINGLE_SUBSTITUTE',
  ONLY_UNDOCUMENTED_SUBSTITUTES = 'ONLY_UNDOCUMENTED_SUBSTITUTES',
  UNCONFIRMED_LINE = 'UNCONFIRMED_LINE',
  CONTRADICTED_LINE = 'CONTRADICTED_LINE',
  MUTUAL_PAIR_ONLY = 'MUTUAL_PAIR_ONLY',
  MANAGER_ONLY = 'MANAGER_ONLY',
  OVERLOADED_SUBSTITUTE = 'OVERLOADED_SUBSTITUTE',
  CROSS_UNIT = 'CROSS_UNIT',
  QUALIFICATION_MISMATCH = 'QUALIFICATION_MISMATCH',
  SUBSTITUTE_CHAIN_CYCLE = 'SUBSTITUTE_CHAIN_CYCLE',
  VACANT_SUBSTITUTE = 'VACANT_SUBSTITUTE',
}
registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'A gap in a position’s substitution coverage, most severe first.',
  valuesConfig: {
    NO_SUBSTITUTE: { description: 'Nobody stands in for the position.' },
    ONLY_UNDOCUMENTED_SUBSTITUTES: { description: 'Every substitute is undocumented (no job description on file) or a placeholder.' },
    SINGLE_SUBSTITUTE: { description: 'Exactly one substitute: one absence away from no cover.' },
    MANAGER_ONLY: { description: 'The only substitute is the direct manager.' },
    MUTUAL_PAIR_ONLY: { description: 'Two positions only stand in for each other.' },
    CONTRADICTED_LINE: { description: 'A line one document states is not stated by the other side’s document, which exists.' },
    SUBSTITUTE_CHAIN_CYCLE: { description: 'Following first substitutes leads back to the position through three or more positions.' },
    VACANT_SUBSTITUTE: { description: 'A substitute position has no holder.' },
    QUALIFICATION_MISMATCH: { description: 'A substitute’s own requirements fall short of the position’s (education level, or a language level by CEFR order).' },
    OVERLOADED_SUBSTITUTE: { description: 'The position stands in for more positions than the overload threshold.' },
    CROSS_UNIT: { description: 'A substitute sits in another department.' },
    UNCONFIRMED_LINE: { description: 'A line is stated by one document and the other side has no document to confirm it.' },
  },
});

@ObjectType({ description: 'One gap found for a position, with a human explanation.' })
export class CoverageGap {
  @Field(() => GapKind, { description: 'What kind of gap.' })
  kind: GapKind;

  @Field(() => String, { description: 'What is wrong, in English.' })
  explanation: string;

  @Field(() => String, { description: 'What is wrong, in Estonian.' })
  explanationEt: string;

  @Field(() => [Position], { description: `The other positions involved (the substitutes concerned, the overloaded substitute, …) (the first ${LIST_BOUNDS.relatedPositions}).`, complexity: boundedList(LIST_BOUNDS.relatedPositions) })
  relatedPositions: Position[];
}

@ObjectType({ description: 'One substitute of a position, as the coverage analysis counts it.' })
export class CoverageSubstitute {
  @Field(() => SubstituteKind, { description: 'A position, a group of a unit’s staff, or a placeholder.' })
  kind: SubstituteKind;

  @Field(() => Position, { nullable: true, description: 'The substitute position, when it is one.' })
  position: Position | null;

  @Field(() => Unit, { nullable: true, description: 'For a group: the unit whose staff stand in.' })
  group: Unit | null;

  @Field(() => String, { description: 'The substitute as named: a title, a group or a placeholder.' })
  label: string;

  @Field(() => LineStatus, { description: 'Confirmed by both documents, unconfirmed, or contradicted.' })
  status: LineStatus;

  @Field(() => Boolean, { description: 'The substituted position’s own "Kes asendab" list names it.' })
  statedBySubstituted: boolean;

  @Field(() => Boolean, { description: 'The substitute’s own "Keda asendab" list names the position.' })
  statedBySubstitute: boolean;
}

@ObjectType({ description: 'Substitution coverage of one position.' })
export class PositionCoverage {
  @Field(() => Position, { description: 'The position.' })
  position: Position;

  @Field(() => [CoverageSubstitute], { description: `Its substitutes, in the order its own list gives them, then those only the other side states (the first ${LIST_BOUNDS.substitutes}).`, complexity: boundedList(LIST_BOUNDS.substitutes) })
  substitutes: CoverageSubstitute[];

  @Field(() => Int, { description: 'How many distinct stand-ins it has: positions (groups expanded to their other members) and placeholders.' })
  substituteCount: number;

  @Field(() => [CoverageGap], { description: `Every gap found, most severe first (the first ${LIST_BOUNDS.gaps}).`, complexity: boundedList(LIST_BOUNDS.gaps) })
  gaps: CoverageGap[];

  @Field(() => GapKind, { nullable: true, description: 'The most severe gap; null when there is none.' })
  worstGap: GapKind | null;

  @Field(() => Int, { description: 'Coverage score 0–100: 0 with no substitute, 50 with one, 100 with two or more, minus 10 for each other kind of gap.' })
  score: number;

  @Field(() => Boolean, {
    description:
      'True when its substitution lines rest on a header field read with LOW confidence (see `JobDescription.fieldConfidence`): its own "Kes asendab" list, or the "Keda asendab" list of a substitute’s document that states a line. Check such lines against the source text.',
  })
  lowConfidence: boolean;
}

@ObjectType({ description: 'How many positions have a given gap.' })
export class GapCount {
  @Field(() => GapKind, { description: 'The gap kind.' })
  kind: GapKind;

  @Field(() => Int, { description: 'Positions with at least one gap of this kind.' })
  count: number;
}

@ObjectType({ description: 'Coverage totals of a unit, its sub-units included.' })
export class UnitCoverage {
  @Field(() => Unit, { nullable: true, description: 'The unit; null for totals over the whole scope.' })
  unit: Unit | null;

  @Field(() => Int, { description: 'Positions counted.' })
  positions: number;

  @Field(() => Int, { description: 'Positions with two or more substitutes.' })
  coveredByTwoOrMore: number;

  @Field(() => Int, { description: 'Positions with exactly one substitute.' })
  coveredByOne: number;

  @Field(() => Int, { description: 'Positions with no substitute.' })
  uncovered: number;

  @Field(() => [GapCount], { description: `Positions per gap kind (kinds with none left out) (the first ${LIST_BOUNDS.gaps}).`, complexity: boundedList(LIST_BOUNDS.gaps) })
  gaps: GapCount[];
}

@ObjectType({ description: 'Substitution coverage of a unit (or the whole organisation): per position and per unit.' })
export class CoverageReport {
  /** Every position in scope; paged by CoverageReportResolver. */
  positions: PositionCoverage[];

  /** The scope unit and each unit below it (or every unit); paged by CoverageReportResolver. */
  units: UnitCoverage[];

  @Field(() => UnitCoverage, { description: 'Totals over the whole scope.' })
  totals: UnitCoverage;
}

@ObjectType({ description: 'A position affected by a set of simultaneous absences.' })
export class AbsenceEntry {
  @Field(() => Position, { description: 'The position.' })
  position: Position;

  @Field(() => Boolean, { description: 'True when the position itself is one of the absent ones.' })
  absent: boolean;

  @Field(() => [Position], { description: `Its substitutes who are away (or groups with nobody else present) (the first ${LIST_BOUNDS.substitutes}).`, complexity: boundedList(LIST_BOUNDS.substitutes) })
  unavailableSubstitutes: Position[];

  @Field(() => Position, { nullable: true, description: 'Its direct manager.' })
  manager: Position | null;

  @Field(() => String, { description: 'Why it is listed, in English.' })
  explanation: string;

  @Field(() => String, { description: 'Why it is listed, in Estonian.' })
  explanationEt: string;
}

@ObjectType({ description: 'What happens when several positions are away at once.' })
export class AbsenceImpact {
  @Field(() => [Position], { description: `The positions taken as absent (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  absent: Position[];

  @Field(() => [AbsenceEntry], { description: `Absent positions that no available substitute covers (with escalation: whose manager is also away or missing) (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  uncovered: AbsenceEntry[];

  @Field(() => [AbsenceEntry], { description: `With escalation: absent positions with no available substitute whose present manager takes over (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  fallBackToManager: AbsenceEntry[];

  @Field(() => [AbsenceEntry], { description: `Present positions that had substitutes and now have none available (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  atRisk: AbsenceEntry[];
}

@ObjectType({ description: 'A position whose absence alone leaves others without an available substitute.' })
export class CriticalPosition {
  @Field(() => Position, { description: 'The position.' })
  position: Position;

  @Field(() => Int, { description: 'How many other positions would have no available substitute while it is away.' })
  leavesUncovered: number;

  @Field(() => [Position], { description: `Those positions (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  dependents: Position[];
}

@ObjectType({ description: 'How many absences a unit withstands.' })
export class UnitResilience {
  @Field(() => Unit, { description: 'The unit (its sub-units included).' })
  unit: Unit;

  @Field(() => Int, { nullable: true, description: 'The smallest number of simultaneous absences that leaves some position of the unit uncovered (the position and all its substitutes away); null when no number of absences can (placeholders never count as away).' })
  minimumAbsences: number | null;

  @Field(() => [Position], { description: `The positions that reach that minimum (the first ${LIST_BOUNDS.relatedPositions}).`, complexity: boundedList(LIST_BOUNDS.relatedPositions) })
  weakestPositions: Position[];
}

@ObjectType({ description: 'Single points of failure in substitution.' })
export class CriticalPositions {
  @Field(() => [CriticalPosition], { description: `Positions whose absence alone leaves the most other positions uncovered, most first (at most \`limit\`, and never more than ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  positions: CriticalPosition[];

  @Field(() => [UnitResilience], { description: `Per unit in scope, the smallest number of simultaneous absences that leaves a position uncovered (the first ${LIST_BOUNDS.analysisList}).`, complexity: boundedList(LIST_BOUNDS.analysisList) })
  units: UnitResilience[];
}
