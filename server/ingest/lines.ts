import type { Line, LineRange } from './document.js';
import { CLAUSE_CONJUNCTIONS, CONJUNCTIONS } from './estonian/lexicon.js';

/**
 * Bullet glyphs seen in exported job descriptions: Symbol-font private-use glyphs (U+F0A7 …),
 * and the usual round and square bullets.
 */
const BULLET_GLYPHS = /[\uE000-\uF8FF•▪◦●■□▫‣⁃]/g;
const LEADING_BULLET = /^•\s*/;

/** Splits text into numbered lines with bullets marked and spacing folded. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const folded = raw
      .replace(BULLET_GLYPHS, '•')
      .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
      .replace(/[ʺ“”„]/g, '"')
      .replace(/ {2,}/g, ' ')
      .trim();
    const bullet = LEADING_BULLET.test(folded);
    return { number: index + 1, text: bullet ? folded.replace(LEADING_BULLET, '') : folded, bullet };
  });
}

/** The range covered by a run of lines (blank lines at the ends included as given). */
export function rangeOf(lines: Line[]): LineRange {
  return { start: lines[0].number, end: lines[lines.length - 1].number };
}

/** A word hyphenated across a line end: "arendus-" then "töödesse", but not "arendus-" then "ja". */
const HYPHENATED_END = /[a-zõäöüšž]-$/;
const LOWER_START = /^[a-zõäöüšž]/;
const CONJUNCTION_START = new RegExp(`^(${[...CONJUNCTIONS, ...CLAUSE_CONJUNCTIONS].join('|')})\\b`);

/**
 * Joins wrapped lines into one paragraph; a word hyphenated across a line end joins without a space
 * ("arendus-" + "töödesse" → "arendus-töödesse"). Linear in the text's length: each test looks at one
 * part (the previous one for the hyphen), never at the text joined so far.
 */
export function joinWrapped(parts: string[]): string {
  const pieces: string[] = [];
  let previous = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const hyphenated = HYPHENATED_END.test(previous) && LOWER_START.test(part) && !CONJUNCTION_START.test(part);
    if (pieces.length && !hyphenated) pieces.push(' ');
    pieces.push(part);
    previous = part;
  }
  return pieces.join('');
}

export function isBlank(line: Line): boolean {
  return line.text === '' && !line.bullet;
}
