/**
 * The generator's own picture of the organisation it writes: units, positions and the
 * substitution lists each document will state. Documents are rendered from it, and the
 * statistics are counted from it, so the two always agree.
 */
import type { TitleWords } from './vocabulary.js';

export type GenUnitKind = 'DEPARTMENT' | 'DIVISION' | 'TEAM';

export interface GenUnit {
  id: number;
  kind: GenUnitKind;
  name: string;
  parent: GenUnit | null;
  children: GenUnit[];
  /** Positions directly in the unit, its head first, in document order. */
  positions: GenPosition[];
}

/** HEAD leads a unit (or, without a unit, the organisation); MEMBER sits in a team; STAFF in a division or department. */
export type GenRole = 'HEAD' | 'DEPUTY' | 'ADVISER' | 'STAFF' | 'MEMBER';

/** One entry of a "Kes asendab" or "Keda asendab" list. */
export type GenEnd =
  | { kind: 'POSITION'; position: GenPosition }
  /** Any staff of a unit: "tiimi teenistujad" (the writer's own unit) or a named unit. */
  | { kind: 'GROUP'; unit: GenUnit; written: string; label: string }
  /** Someone to be designated: "tiimijuhi määratud ametnik". */
  | { kind: 'PLACEHOLDER'; written: string; label: string }
  /** "Vastavalt asendusskeemile": names no one, so it makes no line. */
  | { kind: 'SCHEME' };

export interface GenPosition {
  /** Place in document order (units pre-order, each unit's head first). */
  id: number;
  title: TitleWords;
  /** The title's comparison key, as the importer computes it. */
  key: string;
  unit: GenUnit | null;
  manager: GenPosition | null;
  reports: GenPosition[];
  role: GenRole;
  documented: boolean;
  /** The document's file name; null when the position has no job description on file. */
  file: string | null;
  /** Kes asendab: who stands in for it, in list order. */
  kes: GenEnd[];
  /** Keda asendab: whom it stands in for (positions only), in list order. */
  keda: GenPosition[];
  /** Its first substitute position, which substitution chains follow. */
  first: GenPosition | null;
  /** How many positions it stands in for. */
  load: number;
  /** Its lines were set by a planted gap: the background adds none into it. */
  closed: boolean;
  education: 'Kõrgharidus' | 'Magistrikraad';
  english: 'B1' | 'C1';
}

export interface GenOrganization {
  name: string;
  /** Every position in document order. */
  positions: GenPosition[];
  /** Every unit in pre-order. */
  units: GenUnit[];
  /** Positions without a unit: the head of the organisation, deputies, advisers. */
  top: GenPosition[];
}

export const isTeam = (unit: GenUnit | null): unit is GenUnit => unit?.kind === 'TEAM';
