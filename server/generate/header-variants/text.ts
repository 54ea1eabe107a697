/**
 * How a printed page changes the same words: wrapping at a width, no-break spaces, bullet glyphs
 * from a word processor's symbol font, casing. None of these changes what the header says.
 */
import type { Random } from '../random.js';

/** Bullets as PDFs and DOCX exports leave them: private-use Symbol-font glyphs and their look-alikes. */
export const BULLETS = ['\uF0B7', '\uF0A7', '\uF0D8', '•', '▪', '-', '–'];

/** Words of a line, wrapped at a width (a word longer than the width stands alone). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/** Some spaces become no-break spaces, as copied from a PDF or a web register. */
export function sprinkleNbsp(random: Random, line: string, share: number): string {
  return line.replace(/ /g, () => (random.chance(share) ? '\u00A0' : ' '));
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('et');
}

/** "Talituse juhataja" → "talituse juhataja", as running text writes a title; "IT-arendaja" stays. */
export const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLocaleLowerCase('et') + text.slice(1) : text);
export const upperFirst = (text: string) => (text ? text[0].toLocaleUpperCase('et') + text.slice(1) : text);
