/**
 * Structural unit names (struktuuriüksus) and their paths.
 * "Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus" and
 * "Teenuste osakond, erihoolekande ja rehabilitatsiooni talitus" are the same two units.
 */
import { capitalize } from './titles.js';

export type UnitKind = 'DEPARTMENT' | 'DIVISION' | 'TEAM' | 'OTHER';

/** Unit nouns: base form, genitive form, and the kind they denote. */
const UNIT_NOUNS: { base: string; genitive: string; kind: UnitKind }[] = [
  { base: 'osakond', genitive: 'osakonna', kind: 'DEPARTMENT' },
  { base: 'talitus', genitive: 'talituse', kind: 'DIVISION' },
  { base: 'tiim', genitive: 'tiimi', kind: 'TEAM' },
  { base: 'büroo', genitive: 'büroo', kind: 'OTHER' },
  { base: 'keskus', genitive: 'keskuse', kind: 'OTHER' },
  { base: 'teenistus', genitive: 'teenistuse', kind: 'OTHER' },
  { base: 'grupp', genitive: 'grupi', kind: 'TEAM' },
  { base: 'üksus', genitive: 'üksuse', kind: 'OTHER' },
  { base: 'sektor', genitive: 'sektori', kind: 'OTHER' },
  { base: 'valdkond', genitive: 'valdkonna', kind: 'OTHER' },
  { base: 'direktoraat', genitive: 'direktoraadi', kind: 'OTHER' },
  { base: 'kantselei', genitive: 'kantselei', kind: 'OTHER' },
  { base: 'prefektuur', genitive: 'prefektuuri', kind: 'OTHER' },
];

function nounOf(word: string): { base: string; genitive: string; kind: UnitKind; genitiveForm: boolean } | null {
  const lower = word.toLocaleLowerCase('et').replace(/[,.;:]+$/, '');
  for (const noun of UNIT_NOUNS) {
    if (lower.endsWith(noun.base)) return { ...noun, genitiveForm: false };
  }
  for (const noun of UNIT_NOUNS) {
    if (lower.endsWith(noun.genitive)) return { ...noun, genitiveForm: true };
  }
  return null;
}

/** The bare unit noun a name consists of ("Osakond" → osakond), or null for a named unit. */
export function bareUnitNoun(name: string): string | null {
  const key = name.trim().toLocaleLowerCase('et');
  return UNIT_NOUNS.find((noun) => noun.base === key || noun.genitive === key)?.base ?? null;
}

/** True when the word ends in a unit noun in any supported form ("ennetustalitus", "osakonna"). */
export function isUnitWord(word: string): boolean {
  return nounOf(word) !== null;
}

/** The kind of unit a name denotes, from its last word. */
export function unitKind(name: string): UnitKind {
  const words = name.trim().split(/\s+/);
  return nounOf(words[words.length - 1])?.kind ?? 'OTHER';
}

/** Base form of a unit name whose last word may be genitive: "teenuste osakonna" → "Teenuste osakond". */
export function baseUnitName(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  const last = words[words.length - 1];
  const noun = nounOf(last);
  if (noun?.genitiveForm) {
    words[words.length - 1] = last.slice(0, last.length - noun.genitive.length) + noun.base;
  }
  return capitalize(words.join(' '));
}

/** A comparison key for a unit name. */
export function unitKey(name: string): string {
  return baseUnitName(name).toLocaleLowerCase('et');
}

/**
 * Splits a written unit path into unit names, top first:
 * "Ohvriabi ja ennetusteenuste osakond, ennetustalitus (KLAT ja abivajava lapse SRT tiim)"
 * → ["Ohvriabi ja ennetusteenuste osakond", "Ennetustalitus", "KLAT ja abivajava lapse SRT tiim"].
 */
export function splitUnitPath(text: string): string[] {
  let rest = text.replace(/\s+/g, ' ').trim().replace(/[.;]+$/, '');
  const trailing: string[] = [];
  // A bracketed unit at the end is a sub-unit ("… osakond (perelepituse tiim)").
  for (let m = /\(([^()]+)\)\s*$/.exec(rest); m && isUnitWord(lastWord(m[1])); m = /\(([^()]+)\)\s*$/.exec(rest)) {
    trailing.unshift(m[1].trim());
    rest = rest.slice(0, m.index).trim().replace(/,$/, '');
  }
  const parts = rest
    .split(/\s*[,;]\s*/)
    .filter(Boolean)
    .flatMap(splitGenitiveChain);
  return [...parts, ...trailing].map(baseUnitName);
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1];
}

/** "Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus" → two names. */
function splitGenitiveChain(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let start = 0;
  words.forEach((word, i) => {
    const noun = nounOf(word);
    const isLast = i === words.length - 1;
    // A unit noun inside the name is its parent in genitive; "büroo", "kantselei" look the same in both cases.
    if (noun && !isLast && (noun.genitiveForm || noun.genitive === noun.base)) {
      out.push(words.slice(start, i + 1).join(' '));
      start = i + 1;
    }
  });
  if (start < words.length) out.push(words.slice(start).join(' '));
  return out;
}
