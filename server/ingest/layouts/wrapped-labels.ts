/**
 * Labels wrapped over two lines, joined back before rows are read: a label column printed beside
 * its values ("Struktuuriüksuse haldusosakonna" / "nimi andmetalitus"), and a label's first word
 * left at the end of the line above ("…; tema" / "asendab …"). A joined phrase must consist of
 * label words only, so a value never becomes part of a label.
 */
import type { Line } from '../document.js';
import {
  ALLATIVE_PRONOUNS,
  GENERIC_NOMINATIVES,
  GENERIC_PARTITIVES,
  MANAGER_ADJECTIVES,
  MANAGER_NOUNS,
  ORDINALS,
  OTHER_LABEL_WORDS,
  POSITION_GENITIVES,
  POSITION_NOUNS,
  QUESTION_ALLATIVE,
  QUESTION_OBJECT,
  QUESTION_SUBJECT,
  RELATION_ADVERBS,
  RELATION_LABEL_WORDS,
  ROW_LABELS,
  SUBORDINATE_ADJECTIVES,
  TITLE_NOUNS,
  UNIT_LABEL_STEMS,
} from '../estonian/lexicon.js';
import { NUMBER, readLabel, readLabelText } from './row-labels.js';

/**
 * A label column wrapped beside its values, flattened line by line: "Struktuuriüksuse haldusosakonna"
 * then "nimi andmetalitus", or "Ametnikku IT-arendaja, ekspert" then "asendab (kvaliteet) või". The
 * label is the first word of one line and the first words of the next; the value is the rest of both.
 * Returns the lines with each such pair joined (under the first line's number) and the numbers absorbed.
 */
export function joinWrappedLabels(lines: Line[]): { lines: Line[]; absorbed: number[] } {
  const out: Line[] = [];
  const absorbed: number[] = [];
  const moved = [...lines];
  for (let i = 0; i + 1 < moved.length; i++) {
    const pair = moveLabelStart(moved[i], moved[i + 1]);
    if (pair) [moved[i], moved[i + 1]] = pair;
  }
  lines = moved;
  for (let i = 0; i < lines.length; i++) {
    const joined = i + 1 < lines.length ? joinPair(lines[i], lines[i + 1]) : null;
    if (joined) {
      out.push(joined);
      absorbed.push(lines[i + 1].number);
      i++;
    } else out.push(lines[i]);
  }
  return { lines: out, absorbed };
}

/** First words of labels: "Teenistuja", "Vahetu", "Asendaja", "Kes", "Struktuuriüksuse", "Temale". */
export const LABEL_STARTS = new Set(
  [
    ...ROW_LABELS.map(([label]) => label.split(' ')[0]),
    ...GENERIC_NOMINATIVES,
    ...GENERIC_PARTITIVES,
    ...ALLATIVE_PRONOUNS,
    ...MANAGER_ADJECTIVES,
    ...SUBORDINATE_ADJECTIVES,
    ...RELATION_ADVERBS,
    ...ORDINALS,
    ...POSITION_GENITIVES,
    ...UNIT_LABEL_STEMS.map((stem) => `${stem}e`),
    QUESTION_SUBJECT,
    QUESTION_OBJECT,
    QUESTION_ALLATIVE,
  ].filter((w) => !w.includes(' ')),
);

/** True when a label begun on `first` ends on `second`. */
export function wrapsLabel(first: Line, second: Line): boolean {
  return !!joinPair(first, second);
}

/** Every word a label is made of: a phrase joined over two lines must use only these. */
const LABEL_WORDS = new Set(
  [
    ...LABEL_STARTS,
    ...ROW_LABELS.flatMap(([label]) => label.split(' ')),
    ...OTHER_LABEL_WORDS.flatMap((w) => w.split(' ')),
    ...GENERIC_NOMINATIVES.flatMap((w) => w.split(' ')),
    ...GENERIC_PARTITIVES.flatMap((w) => w.split(' ')),
    ...TITLE_NOUNS,
    ...POSITION_NOUNS,
    ...UNIT_LABEL_STEMS,
    ...MANAGER_NOUNS,
    ...RELATION_LABEL_WORDS,
  ],
);
const onlyLabelWords = (phrase: string) => phrase.split(/\s+/u).every((w) => LABEL_WORDS.has(w.toLocaleLowerCase('et').replace(/:$/u, '')));

function joinPair(first: Line, second: Line): Line | null {
  // The rest of a wrapped label continues in lower case (or in capitals, when the labels are); a capital starts a row of its own.
  const upperLabels = /^\p{Lu}{2,}(?:\s|$)/u.test(first.text.replace(NUMBER, '')) && /^\p{Lu}{2,}(?:\s|:|$)/u.test(second.text);
  if (!first.text || !(/^\p{Ll}/u.test(second.text) || upperLabels)) return null;
  const own = readLabel(first);
  // A label with its value, then a capitalised label with its value: two rows, not one label wrapped.
  if (own && /^\p{Lu}/u.test(second.text) && readLabel(second)?.value) return null;
  const number = NUMBER.exec(first.text)?.[0] ?? '';
  const words = first.text.slice(number.length).split(/\s+/u);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || !LABEL_STARTS.has(words[0].toLocaleLowerCase('et'))) return null;
  const next = second.text.split(/\s+/u);
  // "Vahetu juhi tiimijuht" / "ametinimetus:": up to two label words on each line; the surest reading wins.
  let best: { score: number; text: string } | null = null;
  for (const heads of [1, 2]) {
    for (const take of [1, 2]) {
      if (words.length <= heads || next.length < take) continue;
      const phrase = [...words.slice(0, heads), ...next.slice(0, take)].join(' ');
      // The phrase alone, as a line of its own: any short phrase before a colon would pass for a label.
      const label = readLabelText(phrase);
      if (!label || label.label.split(/\s+/u).length !== heads + take || !onlyLabelWords(label.label)) continue;
      // A line that is a label already joins only into a longer label ("Vahetu juhi" + "ametinimetus").
      if (own && (own.label.split(/\s+/u).length >= heads + take || own.label.split(/\s+/u).length !== heads)) continue;
      // How sure the reading is, and how much of the two lines it explains ("Keda ta asendab" over "Keda asendab").
      const score = (label.known ? 3 : label.field === 'other' ? 0 : label.strong ? 2 : 1) + 1.5 * (heads + take);
      if (!best || score > best.score) best = { score, text: `${number}${phrase} ${[...words.slice(heads), ...next.slice(take)].join(' ')}` };
    }
  }
  return best ? { ...first, text: best.text } : null;
}

/** "tiimijuht, ekspert; tema" / "asendab andmeanalüütikut": a label's first word wrapped to the end of the line above. */
const TRAILING_START = /([;,.])\s+(\p{L}+)$/u;

function moveLabelStart(first: Line, second: Line): [Line, Line] | null {
  const match = TRAILING_START.exec(first.text);
  if (!match || !LABEL_STARTS.has(match[2].toLocaleLowerCase('et'))) return null;
  const next = second.text.split(/\s+/u);
  for (const take of [2, 1]) {
    if (next.length < take) continue;
    const label = readLabelText([match[2], ...next.slice(0, take)].join(' '));
    if (!label || !label.strong || label.label.split(/\s+/u).length !== take + 1) continue;
    return [
      { ...first, text: first.text.slice(0, (match.index ?? 0) + 1) },
      { ...second, text: `${match[2]} ${second.text}` },
    ];
  }
  return null;
}
