/**
 * The text shown with a hit: the matched words whole, marked « », with a few words of context
 * on either side and "…" where the field's text goes on. Built here rather than by the database:
 * SQLite's trigram snippets count trigrams, not words, and cut words in half.
 */
import { wholeWords, type Span } from './text-match.js';

/** Words in a snippet at most: a line of the results list. */
export const SNIPPET_WORDS = 12;
/** Words of context before the first match, when the text is longer than a snippet. */
const WORDS_BEFORE = 4;

export function snippet(text: string, matches: readonly Span[]): string {
  const marks = wholeWords(text, matches);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (words.length === 0) return '';
  const first = marks.length ? words.findIndex((w) => w.end > marks[0].start) : 0;
  const from = Math.max(0, Math.min(first - WORDS_BEFORE, words.length - SNIPPET_WORDS));
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const start = words[from].start;
  const end = words[to - 1].end;
  let out = '';
  let at = start;
  for (const mark of marks) {
    if (mark.end <= start || mark.start >= end) continue;
    const s = Math.max(mark.start, start);
    const e = Math.min(mark.end, end);
    out += `${text.slice(at, s)}«${text.slice(s, e)}»`;
    at = e;
  }
  out += text.slice(at, end);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ')}${to < words.length ? '…' : ''}`;
}
