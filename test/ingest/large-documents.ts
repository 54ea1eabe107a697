/**
 * Large documents made from real ones: a sample with one line's text repeated over many wrapped
 * lines, or one line made very long. For the linearity, caps and upload tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const samples = fileURLToPath(new URL('../../data/samples/', import.meta.url));
const layouts = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));

/** A sample (data/samples) or a layout fixture (test/fixtures/layouts) by file name. */
export function documentText(name: string): string {
  return readFileSync(/^\d{3}_/.test(name) ? samples + name : layouts + name, 'utf8');
}

/** Sample 000: a table-layout job description whose duty 3.1 starts at "3.1 KLAT-i suunamise …". */
export const SAMPLE = '000_fedac296925412a5.txt';

function lineIndex(lines: string[], startsWith: string): number {
  const index = lines.findIndex((line) => line.trimStart().startsWith(startsWith));
  if (index < 0) throw new Error(`no line starts with "${startsWith}"`);
  return index;
}

/** The text with `extra` copies of the line starting with `startsWith` after it (wrapped lines of the same paragraph). */
export function withRepeatedLine(text: string, startsWith: string, extra: number): string {
  const lines = text.split('\n');
  const at = lineIndex(lines, startsWith);
  const copies = new Array<string>(extra).fill(lines[at]);
  return [...lines.slice(0, at + 1), ...copies, ...lines.slice(at + 1)].join('\n');
}

/** The text with the line starting with `startsWith` written `times` times over on one line. */
export function withLongLine(text: string, startsWith: string, times: number): string {
  const lines = text.split('\n');
  const at = lineIndex(lines, startsWith);
  lines[at] = new Array<string>(times).fill(lines[at].trim()).join(' ');
  return lines.join('\n');
}

/** The text with `lines` lines of `line` (default: a duty's wrapped text) inserted after the line starting with `startsWith`. */
export function withInsertedLines(text: string, startsWith: string, count: number, line = 'süsteemi korraldamine ning jätkutoe rakendamise toetamine ja '): string {
  const lines = text.split('\n');
  const at = lineIndex(lines, startsWith);
  return [...lines.slice(0, at + 1), ...new Array<string>(count).fill(line), ...lines.slice(at + 1)].join('\n');
}
