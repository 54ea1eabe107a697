/**
 * Lists of position references as written in header cells: "Koordinaatorit, tiimijuhti",
 * "Perelepitusteenuse juht, nõunik, juhtivkoordinaator", "-".
 */
import { baseTitle, isInflectedHead, splitSpecialization } from './titles.js';

/** Cell values that mean "nobody". */
const NONE = /^(-+|–|—|puudub|puuduvad|ei ole|alluvaid ei ole|ei asenda)\.?$/i;

export function isNone(text: string): boolean {
  return NONE.test(text.trim());
}

/** Splits a cell on commas and semicolons outside brackets. */
export function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => item.replace(/\s+/g, ' ').trim().replace(/[.]$/, '')).filter((item) => item && !isNone(item));
}

/** Base-form titles of a list cell. */
export function titleList(text: string): string[] {
  if (isNone(text)) return [];
  return splitItems(text).map(baseTitle);
}

/** True when an item is written in an inflected case (partitive, genitive, allative). */
export function isInflectedItem(item: string): boolean {
  const { head } = splitSpecialization(item);
  const last = head.split(/[\s-]/).pop() ?? '';
  return isInflectedHead(last);
}
