/**
 * Groups and placeholders as documents write them in "Kes asendab": "tiimi teenistujad" (the
 * writer's own team), "hüvitiste osakonna teenistujad" (a named unit), "tiimijuhi määratud ametnik".
 */
import { capitalize } from '../ingest/estonian/titles.js';
import type { GenEnd, GenUnit, GenUnitKind } from './model.js';
import type { Random } from './random.js';
import { UNIT_NOUNS } from './vocabulary.js';

type Group = Extract<GenEnd, { kind: 'GROUP' }>;
type Placeholder = Extract<GenEnd, { kind: 'PLACEHOLDER' }>;

const PLACEHOLDERS = [
  'tiimijuhi määratud ametnik',
  'talituse juhataja määratud teenistuja',
  'osakonna juhataja poolt määratud ametnik',
  'vahetu juhi määratud teenistuja',
];

export function placeholder(random: Random): Placeholder {
  const written = random.pick(PLACEHOLDERS);
  return { kind: 'PLACEHOLDER', written, label: capitalize(written) };
}

/** The staff of the team, or of its division or department, named by the bare unit noun. */
export function ownGroup(team: GenUnit, random: Random): Group {
  const units = [team, ancestorOf(team, 'DIVISION'), ancestorOf(team, 'DEPARTMENT')].filter((u): u is GenUnit => u !== null);
  const unit = random.pick(units);
  const written = `${UNIT_NOUNS[unit.kind][1]} teenistujad`;
  return { kind: 'GROUP', unit, written, label: capitalize(written) };
}

/** The staff of a unit named in full: "hüvitiste osakonna teenistujad". */
export function namedGroup(unit: GenUnit): Group {
  const written = `${unitGenitive(unit)} teenistujad`;
  return { kind: 'GROUP', unit, written: lowerFirst(written), label: written };
}

/** "Hüvitiste osakond" → "Hüvitiste osakonna"; "Nõustamistalitus" → "Nõustamistalituse". */
export function unitGenitive(unit: GenUnit): string {
  const [base, genitive] = UNIT_NOUNS[unit.kind];
  return unit.name.slice(0, unit.name.length - base.length) + genitive;
}

export function ancestorOf(unit: GenUnit, kind: GenUnitKind): GenUnit | null {
  for (let at: GenUnit | null = unit; at; at = at.parent) if (at.kind === kind) return at;
  return null;
}

export function lowerFirst(text: string): string {
  return text ? text[0].toLocaleLowerCase('et') + text.slice(1) : text;
}
