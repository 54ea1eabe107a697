import type { Line, LineRange, SectionResult } from '../document.js';
import { isBlank } from '../lines.js';
import { bulletParts, Chunk, endsSentence } from './text.js';

/** "4.1. teha kaugtööd": a numbered list item; the number is dropped. */
const ITEM_NUMBER = /^\d{1,2}\.\d{1,2}\.?\s+/;

/** True when the lines mark items with bullets; otherwise items must be told apart by punctuation. */
export function usesBullets(lines: Line[]): boolean {
  return lines.some((line) => line.bullet);
}

/**
 * Splits lines into items. A bullet or an item number starts an item. A line without one continues the
 * item unless the item is complete: ended by ";" (always), or, where the list uses no bullets at all,
 * by a sentence end. In bulleted lists wrapped lines may follow a blank line and start upper-case
 * ("õigeaegselt." / "On süsteemne ja sihipärane …" is one item), so only the bullet counts there.
 */
export function splitItems(lines: Line[], bulleted = usesBullets(lines)): Chunk[] {
  const items: Chunk[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const numbered = !line.bullet && ITEM_NUMBER.test(line.text);
    const [first, ...rest] = bulletParts(line.text.replace(ITEM_NUMBER, ''));
    const current = items[items.length - 1];
    const complete = current !== undefined && current.parts.length > 0 && (/;\s*$/.test(current.tail) || (!bulleted && endsSentence(current.tail)));
    if (line.bullet || numbered || !current || complete) items.push(new Chunk(line, first));
    else current.add(line, first);
    for (const part of rest) items.push(new Chunk(line, part));
  }
  // A bullet glyph with nothing after it is no item.
  return items.filter((item) => item.parts.length > 0);
}

/** "Töötajal on õigus:", "Omab vastutust:": a line before the first item introducing the list. */
export function isIntro(line: Line): boolean {
  return !line.bullet && /:$/.test(line.text);
}

/** Reads a list section (rights, responsibilities): intro lines are placed but are not items. */
export function parseList(lines: Line[], path: string): SectionResult<string[]> {
  const bulleted = usesBullets(lines);
  const itemLines: Line[] = [];
  let seenItem = false;
  for (const line of lines) {
    if (!seenItem && !isBlank(line) && isIntro(line)) continue;
    if (!isBlank(line)) seenItem = true;
    itemLines.push(line);
  }
  const items = splitItems(itemLines, bulleted);
  const sources: Record<string, LineRange> = {};
  items.forEach((item, index) => {
    sources[`${path}[${index}]`] = item.range;
  });
  return { value: items.map((item) => item.text), sources, warnings: [] };
}
