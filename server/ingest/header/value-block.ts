/**
 * A block of labels printed first and their values after ("1.4. Alluvad", "1.5. Asendab",
 * "1.6. Asendaja", then the values, wrapped over more lines than there are labels). Each label
 * gets a run of lines, in order; a run ends where a value looks complete (a head noun, a closed
 * bracket, "nobody") and the next line could start the next label's value (a partitive for
 * "Asendab"), never after a comma, a conjunction, an open scope or a genitive that wants its noun.
 */
import { isNone, isScheme, startsInflected } from '../estonian/lists.js';
import { isAllative, isBaseHead } from '../estonian/titles.js';
import type { Field } from '../layouts/row-labels.js';
import { CONTINUING_WORDS, OPEN_END_WORDS } from '../estonian/lexicon.js';

/** Beyond this many labels in one block the values are given out one line each (the search is linear in lines per label). */
const MAX_LABELS = 20;
const OPEN_END = new RegExp(`(?:[,(]|\\s(?:${OPEN_END_WORDS.join('|')}|[-–—]\\s*\\S*)|^[-–—]|\\s[-–—])$`, 'u');
const CONTINUES = new RegExp(`^(?:${CONTINUING_WORDS.join('|')})(?:\\s|$)`, 'iu');

/** How well a value ends at `before` and the next label's value starts at `after` (higher: a better place to end). */
function endScore(before: string, written: string, previous: Field, next: Field): number {
  const text = before.trim();
  // The next line's first title, without a scope after a dash ("Spetsialisti — eelarve küsimustes").
  const after = written.trim().split(/\s[-–—]\s/u)[0];
  const last = text.split(/\s+/u).pop() ?? '';
  let score = 0;
  // "… puuduvad" ends a value; a dash at the end of words opens a scope ("mehaanikut (arendus) -").
  if (isNone(text) || (isNone(last) && !/^[-–—]+$/u.test(last))) score += 3;
  else if (OPEN_END.test(text) || (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length) score -= 3;
  else if (/;$/u.test(text)) score -= 1;
  else if (/\)$/u.test(last) || isBaseHead(last)) score += 2;
  // "tiimijuhile": the allative is the manager's whole value.
  else if (previous === 'manager' && isAllative(last)) score += 2;
  // An inflected last word ends a partitive "Asendab" item; in a nominative list it is a genitive waiting for its noun.
  else if (startsInflected(last)) score += previous === 'substitutes' ? 1 : -1;
  // A genitive ("ameti", "arenduse", "osakonna"), not an allative ("volitustele"), wants the noun on the next line.
  else if (/^\p{L}.*(?<!l)[aei]$/u.test(last)) score -= 1;
  if (isScheme(text)) score += 3;
  if (isNone(after)) score += 2;
  // "vastavalt neile antud volitustele", "poolt määratud teenistuja", "või juhataja": the value above goes on.
  if (CONTINUES.test(after.trim())) score -= 3;
  // "(rehabilitatsioon)": a bracket at a line's start is the specialisation of the title above.
  if (/^\(/u.test(after.trim())) score -= 3;
  if (next === 'substitutes' && startsInflected(after)) score += 2;
  if (previous === 'substitutes' && next === 'substitutedBy' && !startsInflected(after)) score += 1;
  if (previous === 'substitutes' && startsInflected(after) && next !== 'substitutes') score -= 1;
  return score;
}

/**
 * Which label (0 … fields.length-1) each value line belongs to. Every label gets at least one line
 * while lines last; the ends are placed where endScore is highest in sum, ties to one line each.
 */
export function assignValueLines(values: string[], fields: Field[]): number[] {
  const lines = values.length;
  const labels = fields.length;
  if (labels <= 1) return values.map(() => 0);
  if (lines <= labels || labels > MAX_LABELS) return values.map((_, i) => Math.min(i, labels - 1));
  // best[j][i]: the best sum when label j starts at line i (labels 0 … j-1 hold lines before i).
  const NONE = Number.NEGATIVE_INFINITY;
  const best: number[][] = [values.map((_, i) => (i === 0 ? 0 : NONE))];
  const from: number[][] = [values.map(() => -1)];
  for (let j = 1; j < labels; j++) {
    const row = new Array<number>(lines).fill(NONE);
    const back = new Array<number>(lines).fill(-1);
    let runMax = NONE;
    let runAt = -1;
    for (let i = 1; i < lines; i++) {
      // Label j-1 started at some line before i.
      if (best[j - 1][i - 1] > runMax) {
        runMax = best[j - 1][i - 1];
        runAt = i - 1;
      }
      if (runMax === NONE || lines - i < labels - j) continue;
      // A small pull towards one line each decides between equal ends.
      row[i] = runMax + endScore(values[i - 1], values[i], fields[j - 1], fields[j]) - 0.01 * (i - j);
      back[i] = runAt;
    }
    best.push(row);
    from.push(back);
  }
  const starts = new Array<number>(labels).fill(0);
  let top = NONE;
  for (let i = 0; i < lines; i++) {
    if (best[labels - 1][i] > top) {
      top = best[labels - 1][i];
      starts[labels - 1] = i;
    }
  }
  for (let j = labels - 1; j >= 1; j--) starts[j - 1] = from[j][starts[j]];
  return values.map((_, i) => {
    let owner = 0;
    for (let j = 1; j < labels; j++) if (starts[j] <= i) owner = j;
    return owner;
  });
}
