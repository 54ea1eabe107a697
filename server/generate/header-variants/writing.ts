/**
 * Writing the model's values as documents write them: reference lists with their separators,
 * unit paths in the forms rows use, and "nobody".
 */
import type { Random } from '../random.js';
import { unitGenitive, type Case } from './inflection.js';
import type { ReferenceList } from './model.js';
import { lowerFirst } from './text.js';


/** "A, B või C", "A ja B", "A; B": the separators lists are printed with. */
export function writeList(random: Random, list: ReferenceList, grammaticalCase: Case): string {
  if (!list.items.length) return list.none ?? '-';
  const words = list.items.map((item) => item.write(grammaticalCase));
  if (words.length === 1) return words[0];
  const last = random.pick([', ', ' või ', ' ja ', ', ', '; ']);
  const between = last === '; ' ? '; ' : ', ';
  return words.reduce((text, word, i) => {
    if (i === 0) return word;
    return text + (list.items[i].before ?? (i === words.length - 1 ? last : between)) + word;
  }, '');
}

/** Each item on its own line, as a bulleted list ("\uF0B7 peaspetsialist"). */
export function writeBullets(list: ReferenceList, grammaticalCase: Case, bullet: string): string[] {
  if (!list.items.length) return [list.none ?? '-'];
  // An item that needs its separator ("või tema määratud …") stays on the line of the item before it.
  const lines: string[] = [];
  for (const item of list.items) {
    if (item.before && lines.length) lines[lines.length - 1] += item.before + item.write(grammaticalCase);
    else lines.push(`${bullet} ${item.write(grammaticalCase)}`);
  }
  return lines;
}

export type UnitStyle = 'comma' | 'no-comma' | 'genitive' | 'bracket-team';

/** A unit path on one row: "Hüvitiste osakond, ennetustalitus", "hüvitiste osakonna ennetustalitus". */
export function writeUnits(random: Random, path: string[], style: UnitStyle): string {
  if (!path.length) return '-';
  if (path.length === 1) return random.chance(0.3) ? lowerFirst(path[0]) : path[0];
  if (style === 'genitive') return [...path.slice(0, -1).map(unitGenitive), lowerFirst(path[path.length - 1])].join(' ');
  if (style === 'no-comma') return path.join(' ');
  if (style === 'bracket-team' && path.length === 3) return `${path[0]}, ${lowerFirst(path[1])} (${path[2]})`;
  return [path[0], ...path.slice(1).map(lowerFirst)].join(', ');
}

/** Which unit styles fit a path: no comma only where each unit starts a word a reader can tell apart. */
export function unitStyles(path: string[]): UnitStyle[] {
  const styles: UnitStyle[] = ['comma', 'genitive'];
  if (path.length === 2 && path.every((unit) => !unit.includes(' '))) styles.push('no-comma');
  if (path.length === 3) styles.push('bracket-team');
  return styles;
}
