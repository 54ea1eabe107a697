/**
 * Structural unit names (struktuuriüksus) and their paths.
 * "Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus" and
 * "Teenuste osakond, erihoolekande ja rehabilitatsiooni talitus" are the same two units.
 */
import { capitalize, isBaseHead } from './titles.js';
import { UNIT_HEAD_TITLES, UNIT_NOUNS, type UnitNoun, type UnitNounKind } from './lexicon.js';

export type UnitKind = UnitNounKind;

type Form = 'base' | 'genitive' | 'oblique';

/** Endings a word may close with, longest first, each with the unit noun and the case it is in. */
const ENDINGS: { ending: string; noun: UnitNoun; form: Form }[] = UNIT_NOUNS.flatMap((noun) => [
  { ending: noun.base, noun, form: 'base' as const },
  { ending: noun.genitive, noun, form: 'genitive' as const },
  ...noun.oblique.map((ending) => ({ ending, noun, form: 'oblique' as const })),
])
  // A form shared by two cases ("büroo", "tiimi") is read as the one listed first: base, then genitive.
  .filter((entry, i, all) => all.findIndex((other) => other.ending === entry.ending && other.noun === entry.noun) === i)
  .sort((a, b) => b.ending.length - a.ending.length);

interface NounOf {
  noun: UnitNoun;
  form: Form;
  /** The word before its ending ("finants" in "finantsosakonna"). */
  stem: string;
}

function nounOf(word: string): NounOf | null {
  const lower = word.toLocaleLowerCase('et').replace(/[,.;:]+$/, '');
  for (const { ending, noun, form } of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    // "amet" is a unit only as a word of its own ("Linnaplaneerimise amet"); "Maa-amet" is an agency.
    if (noun.standalone && stem) continue;
    return { noun, form, stem };
  }
  return null;
}

/** A unit noun in nominative or genitive (the forms of a name), not a sentence's local case. */
function nameNounOf(word: string): NounOf | null {
  const found = nounOf(word);
  return found && found.form !== 'oblique' ? found : null;
}

/** The bare unit noun a name consists of ("Osakond" → osakond), or null for a named unit. */
export function bareUnitNoun(name: string): string | null {
  const key = name.trim().toLocaleLowerCase('et');
  return UNIT_NOUNS.find((noun) => noun.base === key || noun.genitive === key)?.base ?? null;
}

/** True when the word ends in a unit noun in any supported case ("ennetustalitus", "osakonna", "osakonnas"). */
export function isUnitWord(word: string): boolean {
  return nounOf(word) !== null;
}

/** True when the word ends in a unit noun in genitive ("osakonna", "teenistuse", "büroo"). */
export function isUnitGenitive(word: string): boolean {
  const found = nounOf(word);
  return !!found && (found.form === 'genitive' || found.noun.genitive === found.noun.base);
}

/** The kind of unit a name denotes, from its last word. */
export function unitKind(name: string): UnitKind {
  const words = name.trim().split(/\s+/);
  return nounOf(words[words.length - 1])?.noun.kind ?? 'OTHER';
}

/** Base form of a unit name whose last word may be in another case: "teenuste osakonna" → "Teenuste osakond". */
export function baseUnitName(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  const last = words[words.length - 1].replace(/[,.;:]+$/, '');
  const found = nounOf(last);
  words[words.length - 1] = found && found.form !== 'base' ? last.slice(0, found.stem.length) + found.noun.base : last;
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
    .split(/\s*[,;›>]\s*/)
    .filter(Boolean)
    .flatMap(splitGenitiveChain);
  return [...parts, ...trailing].map(baseUnitName);
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1];
}

/**
 * "Teenuste osakonna erihoolekande ja rehabilitatsiooni talitus" and "Finantsosakond
 * Eelarvetalitus" → two names each. A unit noun inside a name ends a parent: in genitive (the
 * parent owns what follows), or in nominative when another unit name follows (two names on one
 * line without a comma; a name never holds a nominative unit noun before its own).
 */
function splitGenitiveChain(text: string): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let start = 0;
  const endsInUnit = isUnitWord(words[words.length - 1]);
  words.forEach((word, i) => {
    const found = nameNounOf(word);
    if (!found || i === words.length - 1) return;
    const genitive = found.form === 'genitive' || found.noun.genitive === found.noun.base;
    if (genitive || endsInUnit) {
      out.push(words.slice(start, i + 1).join(' '));
      start = i + 1;
    }
  });
  if (start < words.length) out.push(words.slice(start).join(' '));
  return out;
}

/**
 * A heading naming units before the title, in genitive: "EHITUSE OSAKONNA PEASPETSIALISTI" →
 * units ["Ehituse osakond"] and the rest "peaspetsialisti". A bare unit noun is part of the
 * title ("osakonna juhataja"); so is the unit noun before a unit head's title ("Hoolduse
 * osakonna juhataja" is the unit Hoolduse osakond and the title "Osakonna juhataja").
 */
export function splitUnitPrefix(text: string): { units: string[]; rest: string } {
  const words = text.trim().split(/\s+/);
  let at = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    if (isUnitGenitive(words[i])) {
      at = i;
      break;
    }
  }
  if (at < 0) return { units: [], rest: text.trim() };
  const unitText = words.slice(0, at + 1).join(' ');
  const rest = words.slice(at + 1).join(' ');
  if (bareUnitNoun(unitText)) return { units: [], rest: text.trim() };
  const noun = nounOf(words[at])!.noun;
  const headOfUnit = UNIT_HEAD_TITLES.includes(rest.toLocaleLowerCase('et'));
  return { units: splitUnitPath(unitText), rest: headOfUnit ? `${noun.genitive} ${rest}` : rest };
}

/**
 * Two spellings of one unit: the same words, each perhaps in another case or cut short by a
 * typo of case ("ehitus osakond" for "Ehituse osakond", "hankebüroo" for "HANKEBÜROO").
 */
export function isSameUnitName(a: string, b: string): boolean {
  const wa = unitKey(a).split(' ');
  const wb = unitKey(b).split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((word, i) => {
    const other = wb[i];
    if (word === other) return true;
    const [short, long] = word.length <= other.length ? [word, other] : [other, word];
    // A case ending is at most two letters ("-e", "-te", "-de") on a stem of at least four.
    return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
  });
}

/**
 * Units named by the heading (parents, possibly the unit itself) and by the unit row (the unit
 * itself, possibly with its parents), top first, each unit once. Where both name a unit, the
 * heading's spelling wins: it is printed in a grammatical case, the row is often typed by hand.
 */
export function joinUnitPaths(heading: string[], row: string[]): string[] {
  if (!row.length) return heading;
  if (!heading.length) return row;
  const at = heading.findIndex((u) => row.some((r) => isSameUnitName(u, r)));
  const spelled = row.map((r) => heading.find((u) => isSameUnitName(u, r)) ?? r);
  return at >= 0 ? [...heading.slice(0, at), ...spelled] : [...heading, ...spelled];
}

/**
 * A title with a unit name after it, read as one value ("Vaneminspektor Tugiteenuste osakond",
 * "IT-arendaja Kliimateenistus Õigusosakond"): a title never ends in a unit noun in nominative,
 * so the unit starts after the title's head noun. Null when the text does not end in a unit name.
 */
export function splitTrailingUnit(text: string): { title: string; units: string[] } | null {
  // A bracketed sub-unit at the end ("… erihoolekandetalitus (Toetuste tiim)") belongs to the unit part.
  const core = text.trim().replace(/(?:\s*\(([^()]+)\))+$/u, (brackets) => (/\(([^()]+)\)$/u.test(brackets) && isUnitWord(lastWord(brackets.replace(/\)$/u, ''))) ? '' : brackets));
  const words = core.split(/\s+/);
  const last = nameNounOf(words[words.length - 1]);
  if (words.length < 2 || !last || last.form !== 'base') return null;
  // After the head noun or its bracketed specialisation ("Peaspetsialist (pered) Lastekaitse osakond").
  const endsTitle = (word: string) => word.endsWith(')') || (isBaseHead(word) && !isUnitWord(word));
  // The title holds every bracket (its specialisation) and no comma; both bounds are found once, not per word (linear in the value).
  const firstComma = words.findIndex((w) => w.includes(','));
  const afterLastBracket = words.findLastIndex((w) => w.includes('(')) + 1;
  const commaFree = firstComma < 0 ? words.length : firstComma;
  const starts = words.map((_, k) => k).filter((k) => k >= Math.max(1, afterLastBracket) && k <= commaFree && endsTitle(words[k - 1]));
  // The unit's name begins with a capital where it is written with one; else right after the first head noun.
  const k = starts.find((i) => /^\p{Lu}/u.test(words[i])) ?? starts[0];
  if (k === undefined) return null;
  const title = words.slice(0, k).join(' ');
  return { title, units: splitUnitPath(text.trim().slice(title.length)) };
}
