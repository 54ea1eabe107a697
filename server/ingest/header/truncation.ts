/**
 * An excerpt cut inside a label: "… Ekspert (arendus) Teenistuja" at the very end of the text is a
 * value followed by the first word of the next row's label ("Teenistuja asendab"), not a value
 * word. The label's start is cut off the value, with a warning.
 */
import type { Line, ParseWarning } from '../document.js';
import { LABEL_STARTS } from '../layouts/wrapped-labels.js';
import { quote } from '../caps.js';
import { WHOLE_LABEL_WORDS } from '../estonian/lexicon.js';

const LAST_WORD = /\s+(\p{Lu}[\p{Ll}-]+)\s*$/u;

/** Cuts a label's first word off the last line of a header that the end of the text interrupted. */
export function cutTrailingLabel(lines: Line[], warnings: ParseWarning[]): void {
  let index = lines.length - 1;
  while (index >= 0 && !lines[index].text) index--;
  if (index < 0) return;
  const line = lines[index];
  // "Teda" alone on the last line: the first word of a label, with nothing after it.
  if (index > 0 && /^\p{Lu}[\p{Ll}-]+$/u.test(line.text) && LABEL_STARTS.has(line.text.toLocaleLowerCase('et')) && !WHOLE_LABEL_WORDS.includes(line.text.toLocaleLowerCase('et'))) {
    lines[index] = { ...line, text: '' };
    warnings.push({ line: line.number, message: `the text ends inside a label (${quote(line.text)}): left out of the value before it` });
    return;
  }
  const match = LAST_WORD.exec(line.text);
  if (!match || !LABEL_STARTS.has(match[1].toLocaleLowerCase('et'))) return;
  lines[index] = { ...line, text: line.text.slice(0, match.index).trimEnd() };
  warnings.push({ line: line.number, message: `the text ends inside a label (${quote(match[1])}): left out of the value before it` });
}
