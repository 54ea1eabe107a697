import type { Line, LineRange } from './document.js';

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

/** Joins wrapped lines into one paragraph; a word hyphenated across a line end joins without a space ("arendus-" + "töödesse" → "arendus-töödesse"). */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (!out) out = part;
    else if (/[a-zõäöüšž]-$/.test(out) && /^[a-zõäöüšž]/.test(part) && !/^(ja|või|ning|kui)\b/.test(part)) out += part;
    else out += ' ' + part;
  }
  return out;
}

export function isBlank(line: Line): boolean {
  return line.text === '' && !line.bullet;
}
