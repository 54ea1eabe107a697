import type { Line, LineRange, ParseWarning } from '../document.js';
import { joinWrapped } from '../lines.js';
import { quote } from '../caps.js';

/** Small text predicates and an accumulator shared by the section parsers. */

export function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Ends a sentence, allowing a closing bracket or quote after the mark ("jne).", "tagamine".") */
export function endsSentence(text: string): boolean {
  return /[.!?]["')\]]*$/.test(text.trim());
}

/**
 * A line after a blank line that starts a new sentence while the item before it is complete
 * is a new item whose bullet the PDF export lost; without the blank it is the item's next sentence.
 */
export function isLostBullet(previous: string, text: string, afterBlank: boolean): boolean {
  return afterBlank && startsUpper(text) && endsSentence(previous);
}

/** Splits a line on inner bullets ("… korraldamine. • Koolitustegevused …"): the first part and the ones after. */
export function bulletParts(text: string): string[] {
  return text.split('•').map((part) => part.trim());
}

export function notPlaced(line: Line, reason = 'could not be placed'): ParseWarning {
  return { line: line.number, message: `${reason}: ${quote(line.text)}` };
}

/** Wrapped text read from some lines: its parts and the first and last line it came from. */
export class Chunk {
  readonly parts: string[] = [];
  readonly first: number;
  last: number;

  constructor(line: Line, text?: string) {
    this.first = line.number;
    this.last = line.number;
    if (text !== undefined) this.add(line, text);
  }

  add(line: Line, text: string): void {
    if (text) this.parts.push(text);
    this.last = line.number;
  }

  get text(): string {
    return joinWrapped(this.parts);
  }

  /** The last part, enough to tell whether the text so far ends a sentence. */
  get tail(): string {
    return this.parts[this.parts.length - 1] ?? '';
  }

  get range(): LineRange {
    return { start: this.first, end: this.last };
  }
}

/**
 * The non-blank text of some lines as one paragraph, or null when there is none.
 * Bullets after the first line are kept as "•" so that listed values stay apart.
 */
export function paragraph(lines: Line[]): Chunk | null {
  let chunk: Chunk | null = null;
  for (const line of lines) {
    if (!line.text) continue;
    if (chunk) chunk.add(line, line.bullet ? `• ${line.text}` : line.text);
    else chunk = new Chunk(line, line.text);
  }
  return chunk;
}
