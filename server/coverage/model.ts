/**
 * The in-memory graph that substitution-coverage analysis works on. Built from the database
 * (or a test factory) once; the analysis itself is pure functions over it, with no SQL.
 */
import type { CefrLevel, EducationLevel } from '../ingest/document.js';

export type PositionId = number;

/**
 * Called once per step of an analysis (a position, a unit); it throws to abandon the analysis.
 * The API passes its request's deadline here, so a report asked for too late stops part-way.
 */
export type Tick = () => void;

/** No limit: the command line and tests. */
export const NO_TICK: Tick = () => {};
export type UnitId = number;

export interface CoverageUnit {
  id: UnitId;
  name: string;
  parentId: UnitId | null;
}

export interface CoveragePosition {
  id: PositionId;
  title: string;
  /** The unit the position sits in; null at the top of the organisation. */
  unitId: UnitId | null;
  managerId: PositionId | null;
  /** True when the position's own job description is on file. */
  documented: boolean;
  /** True when the position is known to have no holder; null when holders are not known. */
  vacant: boolean | null;
  /** Requirements from the job description; null for undocumented positions. */
  requirements: {
    educationLevel: EducationLevel | null;
    languages: { language: string; level: CefrLevel | null }[];
  } | null;
  /** Source file of the job description, for the HR worklist. */
  documentName: string | null;
  /** Header fields of its job description read with low confidence ("substitutedBy", …); none when undocumented. */
  lowConfidenceFields?: readonly string[];
}

/**
 * One end of a substitution line: a position, a group (any staff of a unit, e.g.
 * "osakonna teenistujad"), or a placeholder ("valdkonnajuhi määratud ametnik").
 */
export type SubstituteRef =
  | { kind: 'POSITION'; positionId: PositionId }
  | { kind: 'GROUP'; unitId: UnitId; label: string }
  | { kind: 'PLACEHOLDER'; label: string };

/**
 * A substitution line: `substitute` stands in for `substituted`.
 * `statedBySubstituted`: the substituted position's "who substitutes" list (Kes asendab) names it.
 * `statedBySubstitute`: the substitute's "whom it substitutes" list (Keda asendab) names it.
 * A group on the substituted side means the substitute stands in for every member of the group.
 */
export interface CoverageLine {
  substitute: SubstituteRef;
  substituted: SubstituteRef;
  statedBySubstituted: boolean;
  statedBySubstitute: boolean;
  /** Place in the list that states it (the substituted's list first), for ordering. */
  order: number;
}

export interface CoverageGraph {
  units: CoverageUnit[];
  positions: CoveragePosition[];
  lines: CoverageLine[];
}

export type GapKind =
  | 'NO_SUBSTITUTE'
  | 'SINGLE_SUBSTITUTE'
  | 'ONLY_UNDOCUMENTED_SUBSTITUTES'
  | 'UNCONFIRMED_LINE'
  | 'CONTRADICTED_LINE'
  | 'MUTUAL_PAIR_ONLY'
  | 'MANAGER_ONLY'
  | 'OVERLOADED_SUBSTITUTE'
  | 'CROSS_UNIT'
  | 'QUALIFICATION_MISMATCH'
  | 'SUBSTITUTE_CHAIN_CYCLE'
  | 'VACANT_SUBSTITUTE';

export type LineStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'CONTRADICTED';
