/**
 * The labels of header rows and the field each one fills. A label is known from the table of
 * printed wordings, or else by its words and grammar: a short phrase built on the stems of the
 * lexicon ("Ametnikku asendab", "Asendamine:", "Alluvus:", "Teenistuja asendaja"). The direction of
 * a substitution row comes from the case of the word before "asendab": a partitive object
 * ("Teda asendab") is who substitutes this position, a nominative subject ("Tema asendab") whom it
 * substitutes; the agent noun "asendaja(d)" is who substitutes it.
 */
import type { Line } from '../document.js';
import {
  ALLATIVE_PRONOUNS,
  GENERIC_NOMINATIVES,
  GENERIC_PARTITIVES,
  MANAGER_ADJECTIVES,
  OTHER_LABEL_WORDS,
  POSITION_GENITIVES,
  POSITION_NOUNS,
  QUESTION_ALLATIVE,
  QUESTION_OBJECT,
  QUESTION_SUBJECT,
  RELATION_ADVERBS,
  ROW_LABELS,
  SECTION_WORDS,
  SUBORDINATE_ADJECTIVES,
  SUBORDINATE_STEM,
  SUBORDINATION_NOUNS,
  SUBSTITUTE_AGENT,
  SUBSTITUTE_STEM,
  SUBSTITUTION_NOUNS,
  THIRD_PERSON_PRONOUNS,
  TITLE_NOUNS,
  UNIT_LABEL_STEMS,
  type LabelField,
} from '../estonian/lexicon.js';
import { isAllative, isInflectedHead } from '../estonian/titles.js';

export type Field = LabelField;

/** A label of the lexicon's table (longest first within each field); "Asendaja(d)": a plural ending in brackets belongs to the label. */
const LABEL_PATTERN = new RegExp(
  `^(\\d+(?:\\.\\d+)*\\.?\\s*)?(${ROW_LABELS.map(([label]) => label).join('|')})(?:\\s?\\((?:d|id)\\))?(?=\\s|:|$)\\s*(:?)\\s*(.*)$`,
  'iu',
);
/** A numbered label inside a line: two rows flattened onto one ("1.5. Asendaja 1.6. Asendab"). */
const INNER_LABEL = new RegExp(`\\s(?=\\d+\\.\\d+\\.?\\s*(?:${ROW_LABELS.map(([label]) => label).join('|')})(?:\\s|:|$))`, 'giu');
/** A row's number: "1.2.", "1.2 ", "3.". */
export const NUMBER = /^\d+(?:\.\d+)*\.?\s*/u;
/** Words of a label phrase: letters and hyphens, a bracketed plural ending allowed. */
const LABEL_WORD = /^[\p{L}-]+(?:\((?:d|id)\))?$/u;
/** A finite verb in the third person ("annab", "võtavad"): a phrase with one is a sentence, unless the lexicon says otherwise. */
const FINITE_VERB = /(?:b|vad)$/u;
/** How far into a line a label phrase is looked for: labels are short, so a long line costs no more. */
const LABEL_REACH = 120;
const MAX_LABEL_WORDS = 4;
/** "Asendaja", "Asendajad", "Asendaja(d)": the agent noun, singular or plural. */
const AGENT_LABEL = new RegExp(`^${SUBSTITUTE_AGENT}(?:d|\\(d\\)|\\(id\\))?$`, 'u');

export interface Label {
  field: Field;
  label: string;
  numbered: boolean;
  /** The line has a colon (the colon-rows layout). */
  colon: boolean;
  value: string;
  /** False when the label was recognised by its stems and grammar, not found in the table of printed labels. */
  known: boolean;
  /** The phrase alone makes a label, without a colon or a line end after it ("Teda asendab …"). */
  strong: boolean;
  /** "Asendamine:", "Alluvus:": the row names the relation; its value tells the direction. */
  relation?: 'substitution' | 'subordination';
}

export function readLabel(line: Line): Label | null {
  return readLabelText(line.text);
}

/** The label at the start of a text, if any (a clause of a value is read like a line). */
export function readLabelText(text: string): Label | null {
  const match = LABEL_PATTERN.exec(text);
  if (match) {
    const field = ROW_LABELS.find(([label]) => label === match[2].toLocaleLowerCase('et'))![1];
    return { field, label: match[2], numbered: !!match[1], colon: text.includes(':'), value: afterSeparator(match[4]), known: true, strong: !!match[3] || match[2].includes(' ') };
  }
  return readByGrammar(text);
}

/** "Teenistuskoht - haldusspetsialist": a dash between label and value separates them, as a colon does; "Alluvad -" alone means nobody. */
function afterSeparator(value: string): string {
  return value.trim().replace(/^[-–—]\s+(?=\S)/u, '');
}

interface Reading {
  field: Field;
  strong: boolean;
  relation?: Label['relation'];
}

/** A label not in the table, read from its words: the longest phrase of up to four words that classifies. */
function readByGrammar(text: string): Label | null {
  const number = NUMBER.exec(text)?.[0] ?? '';
  const head = text.slice(number.length, number.length + LABEL_REACH);
  const tokens = [...head.matchAll(/\S+/gu)];
  let best: { reading: Reading; end: number; phrase: string } | null = null;
  for (let n = 1; n <= Math.min(MAX_LABEL_WORDS, tokens.length); n++) {
    const last = tokens[n - 1][0];
    const colon = last.endsWith(':') || tokens[n]?.[0] === ':';
    const words = tokens.slice(0, n).map((t, i) => (i === n - 1 ? t[0].replace(/:$/, '') : t[0]));
    if (!words.every((w) => LABEL_WORD.test(w))) break;
    const atEnd = n === tokens.length && number.length + head.length === text.length;
    const reading = classify(words.map((w) => w.toLocaleLowerCase('et')), colon);
    if (reading && (colon || atEnd || reading.strong)) {
      const end = (tokens[n - 1].index ?? 0) + last.length + (tokens[n]?.[0] === ':' ? tokens[n][0].length + 1 : 0);
      best = { reading, end, phrase: words.join(' ') };
    }
    if (colon) break;
  }
  if (!best) return null;
  // "1.2. Ametnik allub vallavanemale.": a numbered sentence is the sentence reader's, not a row.
  if (!best.reading.field.startsWith('other') && !text.includes(':') && /\.\s*$/u.test(text) && !best.reading.relation) return null;
  const value = afterSeparator(text.slice(number.length + best.end).replace(/^\s*:?\s*/u, ''));
  const { field, strong, relation } = best.reading;
  return { field, label: best.phrase, numbered: !!number.trim(), colon: text.includes(':'), value, known: false, strong, relation };
}

const isPartitive = (word: string) => /-(?:i|t|d|it)$/u.test(word) || (isInflectedHead(word) && !/(?:le|lt|l|ks|ga|s)$/u.test(word));

/** The field a phrase of lower-case words labels, by its stems and the case of the word before the verb. */
function classify(written: string[], colon: boolean): Reading | null {
  if (written.some((w) => SECTION_WORDS.includes(w))) return null;
  // "Vahetult allub", "Keda ta asendab", "Kes teda asendab": an adverb, or a pronoun after a question word, changes nothing.
  const words = written.filter((w, i) => !RELATION_ADVERBS.includes(w) && !(i === 1 && [QUESTION_SUBJECT, QUESTION_OBJECT].includes(written[0]) && THIRD_PERSON_PRONOUNS.includes(w)));
  if (!words.length) return null;
  const last = words[words.length - 1];
  const before = words.slice(0, -1).join(' ');
  const beforeLast = words[words.length - 2] ?? '';
  const short = words.length <= 3;

  // "Asendaja", "Teenistuja asendaja", "Asendajad": the agent noun is who substitutes this position.
  if (AGENT_LABEL.test(last) && short) return { field: 'substitutedBy', strong: words.length >= 2 };
  // "Asendamine:", "Asendus": the substitution as a whole.
  if (SUBSTITUTION_NOUNS.includes(last) && short) return { field: 'substitutedBy', strong: false, relation: 'substitution' };
  if (last === `${SUBSTITUTE_STEM}b` || last === `${SUBSTITUTE_STEM}vad`) {
    if (!before) return { field: 'substitutes', strong: false };
    if (before === QUESTION_SUBJECT) return { field: 'substitutedBy', strong: true };
    if (before === QUESTION_OBJECT) return { field: 'substitutes', strong: true };
    if (GENERIC_PARTITIVES.includes(before)) return { field: 'substitutedBy', strong: true };
    if (GENERIC_NOMINATIVES.includes(before)) return { field: 'substitutes', strong: true };
    // "Peaspetsialisti asendab:" — any title before the verb, but only as a label when a colon ends it.
    if (colon && short) return { field: isPartitive(beforeLast) ? 'substitutedBy' : 'substitutes', strong: false };
    return null;
  }
  if (last === `${SUBORDINATE_STEM}b`) {
    if (!before || before === QUESTION_ALLATIVE) return { field: 'manager', strong: !!before || words.length < written.length };
    if (ALLATIVE_PRONOUNS.includes(before)) return { field: 'subordinates', strong: true };
    if (GENERIC_NOMINATIVES.includes(before)) return { field: 'manager', strong: true };
    if (colon && short) return { field: isAllative(beforeLast) ? 'subordinates' : 'manager', strong: false };
    return null;
  }
  // "Alluvad", "Otsesed alluvad", "Alluvad ametikohad", "Alluvad teenistujad".
  if (words.includes(`${SUBORDINATE_STEM}vad`) && short && (last === `${SUBORDINATE_STEM}vad` || words[0] === `${SUBORDINATE_STEM}vad`)) {
    return { field: 'subordinates', strong: ALLATIVE_PRONOUNS.includes(before) || SUBORDINATE_ADJECTIVES.includes(before) };
  }
  if (SUBORDINATION_NOUNS.includes(last) && short) return { field: 'manager', strong: false, relation: 'subordination' };
  // "Vahetu juht", "Otsene juht", "Vahetu juhi ametinimetus", "Juht:".
  if (MANAGER_ADJECTIVES.includes(words[0]) && /^juh[ti]$/u.test(words[1] ?? '') && (words.length === 2 || (words.length === 3 && TITLE_NOUNS.includes(last)))) {
    return { field: 'manager', strong: true };
  }
  if (words.length === 1 && last === 'juht' && colon) return { field: 'manager', strong: false };
  // "Ametinimetus", "Teenistuskoha nimetus", "Nimetus:", "Ametikoht".
  if (TITLE_NOUNS.includes(last) && (words.length === 1 ? last === 'ametinimetus' || colon : POSITION_GENITIVES.includes(before))) {
    return { field: 'title', strong: words.length === 2 };
  }
  if (words.length === 1 && POSITION_NOUNS.includes(last)) return { field: 'title', strong: false };
  // "Struktuuriüksus", "Üksus", "Struktuuriüksuse nimetus", "Osakond:".
  const unitStem = UNIT_LABEL_STEMS.find((stem) => (words.length === 1 ? words[0] === stem : words[0] === `${stem}e`));
  if (unitStem && (words.length === 1 || (words.length === 2 && TITLE_NOUNS.includes(last)))) {
    // "Üksus …", "Struktuuriüksuse nimi …": a unit label even before its value; "Osakond" only with a colon.
    const alone = unitStem.endsWith('üksus');
    if (alone || colon) return { field: 'unit', strong: alone };
  }
  // Any other short phrase ended by a colon ("Palgaaste:", "Töökoha asukoht:") is a row of its own, never a wrapped value.
  const phrase = words.join(' ');
  if (OTHER_LABEL_WORDS.some((w) => phrase.startsWith(w) || phrase.endsWith(w)) && short) return { field: 'other', strong: false };
  if (colon && short && !words.some((w) => FINITE_VERB.test(w))) return { field: 'other', strong: false };
  return null;
}

/** Where a label starts inside a line after a value: a capital letter after a space, then a label ended by a colon, or a label that stands alone. */
const INLINE_START = /\s(?=\p{Lu})|(?<=;)\s*(?=\p{L})/gu;

/**
 * One line per row: "1.5. Asendaja 1.6. Asendab" is two labels waiting for values, and
 * "Puuduvad Ametnikku asendab osakonnajuhataja" a value, then a label with its value.
 */
export function splitRows(line: Line): Line[] {
  const numbered = readLabel(line) ? line.text.split(INNER_LABEL) : [line.text];
  return numbered.flatMap(splitInline).map((text) => ({ ...line, text: text.trim() }));
}

function splitInline(text: string): string[] {
  const pieces: string[] = [];
  const own = readLabelText(text);
  // Labels inside the line's value only: the line's own label is not split from its number.
  const valueStart = own ? text.length - own.value.length : 0;
  let from = 0;
  for (const match of text.matchAll(INLINE_START)) {
    const at = (match.index ?? 0) + match[0].length;
    if (at <= valueStart || at - from < 2) continue;
    const label = readLabelText(text.slice(at, at + LABEL_REACH));
    if (!label || label.field === 'other' || !(label.strong || endsAtColon(text, at, label))) continue;
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** True when the label found at `at` is followed by its colon. */
function endsAtColon(text: string, at: number, label: Label): boolean {
  return text.slice(at + label.label.length, at + label.label.length + 4).trimStart().startsWith(':');
}
