/**
 * Base (nominative) forms of position titles written in other cases.
 * Job descriptions name positions in partitive ("Koordinaatorit"), genitive ("juhi"),
 * allative ("direktorile") and plural forms; the graph needs one form per title.
 * Only the last word of the title's head (before a bracketed specialisation) is inflected.
 */

import { ACRONYMS, AGENT_SUFFIXES, GENITIVE_ENDINGS, GENERIC_HEAD_ENDINGS, GROUP_PLURALS, ORGANIZATION_GENITIVES, PLURAL_ENDINGS, STAFF_WORDS, TITLE_HEADS } from './lexicon.js';
import { isUnitGenitive } from './units.js';

/** Inflected ending → base ending, longest first so "juhatajat" wins over "jat". */
const INFLECTED = Object.entries(TITLE_HEADS)
  .flatMap(([base, forms]) => forms.map((form) => ({ form, base })))
  .sort((a, b) => b.form.length - a.form.length);
const BASES = Object.keys(TITLE_HEADS).sort((a, b) => b.length - a.length);
/** Suffix rules for heads not in the table, from the lexicon's endings. */
const GENERIC: [RegExp, string][] = GENERIC_HEAD_ENDINGS.map(([ending, base]) => [new RegExp(`${ending}$`), base]);
const GENITIVES = [...GENITIVE_ENDINGS].sort((a, b) => b[0].length - a[0].length);
/** Genitive endings that differ from the nominative, longest genitive first (their plurals end in "-d"). */
const GENITIVE_PLURAL_BASES = GENITIVES.filter(([base, genitive]) => base !== genitive).sort((a, b) => b[1].length - a[1].length);

/** Nominative agent-noun suffixes ("siseaudiitor", "laborant"), after a stem of three letters at least. */
const AGENT_BASE = new RegExp(`^\\p{L}{3,}(?:${AGENT_SUFFIXES.map(([base]) => base).join('|')})$`, 'u');
/** Nominative endings of agent nouns not in the table ("uurija", "mehaanik"); "maja" is a house. */
const GENERIC_BASE = /(?<!ma)ja$|ik$/;

/** True when the word (last word of a title head) ends in a known base-form head noun. */
export function isBaseHead(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_PLURALS[lower] === lower || BASES.some((base) => lower.endsWith(base)) || GENERIC_BASE.test(lower) || AGENT_BASE.test(lower);
}

/** Base form of one word, keeping its capitalisation. */
export function baseWord(word: string): string {
  const lower = word.toLowerCase();
  const group = GROUP_PLURALS[lower];
  if (group) return /^\p{Lu}/u.test(word) ? capitalize(group) : group;
  if (isBaseHead(lower)) return word;
  for (const { form, base } of INFLECTED) {
    if (lower.endsWith(form)) return word.slice(0, word.length - form.length) + base;
  }
  for (const [pattern, replacement] of GENERIC) {
    if (pattern.test(lower)) return word.replace(pattern, replacement);
  }
  // A plural is the genitive plus "-d" (plural allative "-dele"): "administraatorid" → "administraator", "referendid" → "referent".
  for (const [base, genitive] of GENITIVE_PLURAL_BASES) {
    for (const ending of [`${genitive}d`, `${genitive}dele`]) {
      if (lower.endsWith(ending) && lower.length > ending.length) return word.slice(0, word.length - ending.length) + base;
    }
  }
  // Agent nouns not in the table, in any case: "metoodiku" → "metoodik", "laboranti" → "laborant".
  for (const { form, base } of AGENT_FORMS) {
    if (lower.endsWith(form) && lower.length > form.length + 2) return word.slice(0, word.length - form.length) + base;
  }
  return word;
}

/** Each case form of the lexicon's agent-noun suffixes with its nominative, longest first. */
const AGENT_FORMS = AGENT_SUFFIXES.flatMap(([base, genitive]) => [
  ...['', 't', 'le', 'ga'].map((ending) => ({ form: genitive + ending, base })),
  // "-nt", "-rt" take "-i" in partitive: "laborant" → "laboranti", "ekspert" → "eksperti".
  ...(/[nr]t$/.test(base) ? [{ form: `${base}i`, base }] : []),
]).sort((a, b) => b.form.length - a.form.length);

/** True when the word is in the allative ("juhatajale", "temale"): the case "allub" governs. */
export const isAllative = (word: string) => /le$/u.test(word);

/** True when the word is a recognisably inflected (non-nominative) head noun. */
export function isInflectedHead(word: string): boolean {
  return baseWord(word) !== word;
}

/** Splits "Arendusnõunikku (rehabilitatsioon)" into head and bracketed specialisation. */
export function splitSpecialization(title: string): { head: string; specialization: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(title.trim());
  if (!match || !match[1]) return { head: title.trim(), specialization: null };
  return { head: match[1].trim(), specialization: match[2].trim() };
}

export function capitalize(text: string): string {
  return text ? text[0].toLocaleUpperCase('et') + text.slice(1) : text;
}

/** The base form of a title as written in any case: "teenuse juhti" → "Teenuse juht". */
/** "peadirektori asetäitjale arenduse alal": a field after the head noun, which stays as written. */
const FIELD = /\s+\p{L}+\s+alal$/u;

/** The head noun of a title as written: its last word before a specialisation or a field ("asetäitjale"). */
export function headWord(title: string): string {
  const { head } = splitSpecialization(title);
  return head.replace(FIELD, '').split(/\s+/).pop() ?? '';
}

export function baseTitle(title: string): string {
  const { head: written, specialization } = splitSpecialization(joinSpacedHyphen(title.replace(/\s+/g, ' ')));
  const group = groupPlural(written);
  if (group) return capitalize(group) + (specialization ? ` (${specialization})` : '');
  const field = FIELD.exec(written)?.[0] ?? '';
  const head = written.slice(0, written.length - field.length);
  const words = head.split(' ');
  words[words.length - 1] = words[words.length - 1]
    .split('-')
    .map((part, i, parts) => (i === parts.length - 1 ? baseWord(part) : part))
    .join('-');
  const base = restoreAcronyms(capitalize(words.join(' '))) + field;
  return specialization ? `${base} (${specialization})` : base;
}

/** A comparison key: case-folded, spacing folded, base form. */
export function titleKey(title: string): string {
  return baseTitle(title).toLocaleLowerCase('et').replace(/\s*\(\s*/g, ' (').replace(/\s*\)\s*/g, ')').trim();
}

/** The key of the title without its specialisation ("koordinaator" for "Koordinaator (ISTE)"). */
export function headKey(title: string): string {
  return titleKey(splitSpecialization(baseTitle(title)).head);
}

/**
 * "Sekretär - asjaajaja" is the compound "Sekretär-asjaajaja": a spaced hyphen between a head
 * noun and one more head noun. A dash before several words is a scope ("juhataja - allkirjaõiguse osas").
 */
function joinSpacedHyphen(title: string): string {
  const match = /^(.*?\p{L})\s+-\s+(\p{L}+)(\s*\([^()]*\))?\s*$/u.exec(title.trim());
  if (!match) return title;
  const left = match[1].split(' ').pop()!;
  const right = match[2];
  if (!isBaseHead(left) || !(isBaseHead(right) || isInflectedHead(right))) return title;
  return `${match[1]}-${right}${match[3] ?? ''}`;
}

const PLURALS = [...PLURAL_ENDINGS].sort((a, b) => b[0].length - a[0].length);

/**
 * The nominative plural of a group of staff, or null when the phrase is not one: a plural head
 * after the genitive of a unit or of the organisation ("valla sotsiaaltöötajad", "talituse
 * spetsialiste" → "talituse spetsialistid"). A plural alone names a position ("autojuhid" → "Autojuht").
 */
export function groupPlural(phrase: string): string | null {
  const words = phrase.trim().split(' ');
  if (words.length < 2) return null;
  const modifier = words[words.length - 2].toLocaleLowerCase('et');
  const last = words[words.length - 1];
  const lower = last.toLocaleLowerCase('et');
  // After a unit only the staff words make a group: "patrullgrupi konstaablid" are positions titled "Patrullgrupi konstaabel".
  const staff = STAFF_WORDS.some((word) => lower.startsWith(word.replace(/d$/, '')));
  if (!ORGANIZATION_GENITIVES.includes(modifier) && !(isUnitGenitive(modifier) && staff)) return null;
  const plural = PLURALS.find(([ending]) => lower.endsWith(ending));
  if (!plural || lower.length <= plural[0].length + 1) return null;
  words[words.length - 1] = last.slice(0, last.length - plural[0].length) + plural[1];
  return words.join(' ');
}



/** The genitive of a base-form title, as a designator before "määratud": "Direktor" → "Direktori". */
export function genitiveTitle(title: string): string {
  const { head, specialization } = splitSpecialization(title);
  const lower = head.toLocaleLowerCase('et');
  const rule = GENITIVES.find(([ending]) => lower.endsWith(ending));
  const genitive = rule ? head.slice(0, head.length - rule[0].length) + rule[1] : head;
  return specialization ? `${genitive} (${specialization})` : genitive;
}

const ACRONYM = new RegExp(`(?<![\\p{L}])(${ACRONYMS.join('|')})(?=-|\\s|$)`, 'giu');

/** "It-arendaja" from an upper-case heading read in lower case is "IT-arendaja". */
function restoreAcronyms(title: string): string {
  return title.replace(ACRONYM, (word) => word.toLocaleUpperCase('et'));
}
