/**
 * Text that reads as prose is never a title or a reference: a header field holds a short noun
 * phrase. Prose is told by its shape: many words, a finite verb or a relative pronoun, a full
 * stop after a clause, item numbers.
 */
import { PROSE_WORDS } from '../estonian/lexicon.js';

/** More words than any title (brackets and aliases aside). */
const MAX_TITLE_WORDS = 8;
const BRACKETED = /\([^()]*\)/gu;
const ITEM_NUMBER = /(?:^|\s)\d+\.\d+(?:\.\d+)*\.?\s/u;

export function readsAsProse(text: string): boolean {
  const bare = text.replace(BRACKETED, ' ').trim();
  const words = bare.split(/\s+/u).filter(Boolean);
  if (words.length >= MAX_TITLE_WORDS) return true;
  if (ITEM_NUMBER.test(` ${text} `)) return true;
  const lower = words.map((w) => w.toLocaleLowerCase('et').replace(/[.,;:]$/u, ''));
  const verb = lower.some((w) => PROSE_WORDS.includes(w));
  return verb && words.length >= 3;
}
