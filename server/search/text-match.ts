/**
 * Where the words of a query occur in a text, as each backend matches them: SQLite's trigrams
 * find a word anywhere (inside compounds too), PostgreSQL's tsvector at the beginnings of words.
 * Ranking and snippets read the matches found here, so the field a hit names is the field whose
 * text holds the words.
 */

/** How the database matches a query word: anywhere in a word, or at the beginning of one. */
export type WordMatch = 'anywhere' | 'wordStart';

export interface Span {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower-cased letter by letter, so that every index still points at the same character. */
export function foldCase(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLocaleLowerCase('et');
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** The parts of a query word the database looks for: PostgreSQL splits "e-teenus" into its words, as it does the text. */
function needles(word: string, mode: WordMatch): string[] {
  const folded = foldCase(word);
  return mode === 'anywhere' ? [folded] : folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every place where one of the words occurs in the text, in order, overlaps merged. */
export function matchSpans(text: string, words: readonly string[], mode: WordMatch): Span[] {
  const folded = foldCase(text);
  const spans: Span[] = [];
  for (const needle of words.flatMap((w) => needles(w, mode))) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      if (mode === 'wordStart' && at > 0 && WORD_CHAR.test(text[at - 1])) continue;
      spans.push({ start: at, end: at + needle.length });
    }
  }
  return merge(spans);
}

/** Whether every word of the query occurs in the text. */
export function holdsEvery(text: string, words: readonly string[], mode: WordMatch): boolean {
  return words.every((word) => matchSpans(text, [word], mode).length > 0);
}

/** A letter or digit, or a hyphen joining two ("Koordinaator-nõustaja" is one word). */
function inWord(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return WORD_CHAR.test(text[i]) || (text[i] === '-' && i > 0 && WORD_CHAR.test(text[i - 1]) && WORD_CHAR.test(text[i + 1] ?? ''));
}

/** Each span widened to the whole word (or words) it lies in: "Peadirektori", not "Peadirektor". */
export function wholeWords(text: string, spans: readonly Span[]): Span[] {
  return merge(
    spans.map(({ start, end }) => {
      while (inWord(text, start - 1)) start--;
      while (inWord(text, end)) end++;
      return { start, end };
    }),
  );
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
