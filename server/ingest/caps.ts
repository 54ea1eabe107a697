/**
 * How much of a document the parser reads, and how much it says back: a text over the line caps is
 * refused before any parsing (naming the file, and the line when one is too long), a quoted line is
 * cut, and a document's warnings are capped with a count of the rest. Every message that quotes the
 * source text goes through `quote`, so no answer or log line grows with the document.
 */
import type { ParseWarning } from './document.js';
import { DocumentError } from './errors.js';
import { LIMITS, LIST_BOUNDS } from '../limits/limits.js';

export interface DocumentCaps {
  /** Lines a document may have. */
  lines: number;
  /** Characters a line may have. */
  lineCharacters: number;
  /** Warnings kept for one document, the closing "and N more warnings" included. */
  warnings: number;
}

export const DOCUMENT_CAPS: DocumentCaps = {
  lines: LIMITS.documentLines,
  lineCharacters: LIMITS.lineCharacters,
  // The API lists at most this many warnings of a job description: the count of the rest stays in.
  warnings: LIST_BOUNDS.warnings,
};

/** Characters of source text a message quotes. */
export const QUOTE_CHARACTERS = 200;

const count = (n: number) => n.toLocaleString('en');

/** `"text"`, or its first 200 characters and its length: `"Kinnise lasteasutuse …" (45,000,000 characters)`. */
export function quote(text: string): string {
  if (text.length <= QUOTE_CHARACTERS) return `"${text}"`;
  let cut = QUOTE_CHARACTERS;
  // Never split a surrogate pair (an emoji, a rare letter) in two.
  if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
  return `"${text.slice(0, cut)}…" (${count(text.length)} characters)`;
}

/**
 * Refuses a text with more lines, or a longer line, than the caps allow. One pass over the text,
 * counting line ends as toLines splits them (\r\n, \r, \n), before anything else reads it.
 */
export function checkSize(fileName: string, text: string, caps: DocumentCaps = DOCUMENT_CAPS): void {
  let lines = 1;
  let lineStart = 0;
  const endLine = (end: number) => {
    if (end - lineStart > caps.lineCharacters) {
      throw new DocumentError(
        fileName,
        lines,
        `the line is ${count(end - lineStart)} characters long; a line may have at most ${count(caps.lineCharacters)} (is this a job description?)`,
      );
    }
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char !== 10 && char !== 13) continue;
    endLine(i);
    if (char === 13 && text.charCodeAt(i + 1) === 10) i++;
    lines++;
    lineStart = i + 1;
  }
  endLine(text.length);
  if (lines > caps.lines) {
    throw new DocumentError(
      fileName,
      null,
      `the document has ${count(lines)} lines; a document may have at most ${count(caps.lines)} (split it into one file per job description)`,
    );
  }
}

/** The first warnings, and in place of the rest one more: "and 1,234 more warnings". */
export function capWarnings(warnings: ParseWarning[], max = DOCUMENT_CAPS.warnings): ParseWarning[] {
  if (warnings.length <= max) return warnings;
  const kept = warnings.slice(0, max - 1);
  const rest = warnings.length - kept.length;
  return [...kept, { line: warnings[kept.length].line, message: `and ${count(rest)} more warnings (from line ${warnings[kept.length].line} on)` }];
}
