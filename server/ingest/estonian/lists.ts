/**
 * Lists of position references as written in header cells: "Koordinaatorit, tiimijuhti",
 * "Perelepitusteenuse juht, nõunik, juhtivkoordinaator", "-".
 */
import { baseTitle, isBaseHead, isInflectedHead, splitSpecialization } from './titles.js';

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

/** Placeholders name a role to be designated and are never split: "valdkonnajuhi või peadirektori määratud ametnik". */
const PLACEHOLDER = /määratud|määrab|asendusskeem|vastavalt/i;

/**
 * Splits "juhataja või liiklusjuhtimiskeskuse teenistuja" on "või"/"ja" where the words before
 * the conjunction end a title (a head noun in any case), so "Kahe- ja mitmepoolse koostöö grupi
 * teenistujad" stays whole.
 */
export function splitAlternatives(item: string): string[] {
  if (PLACEHOLDER.test(item)) return [item];
  // With a capturing group, split keeps the conjunctions: [part, conjunction, part, …].
  const pieces = item.split(/\s+(või|ja|ning)\s+/);
  const out = [pieces[0]];
  for (let i = 1; i < pieces.length; i += 2) {
    const previous = out[out.length - 1];
    const last = splitSpecialization(previous).head.split(/\s+/).pop() ?? '';
    if (!last.endsWith('-') && (isBaseHead(last) || isInflectedHead(last))) out.push(pieces[i + 1]);
    else out[out.length - 1] = `${previous} ${pieces[i]} ${pieces[i + 1]}`;
  }
  return out;
}

/** Base-form titles of a list cell; "või"/"ja" separate alternatives where they join titles. */
export function titleList(text: string): string[] {
  if (isNone(text)) return [];
  return splitItems(text).flatMap(splitAlternatives).filter((item) => !isNone(item)).map(baseTitle);
}

/** True when an item is written in an inflected case (partitive, genitive, allative). */
export function isInflectedItem(item: string): boolean {
  const { head } = splitSpecialization(item);
  const last = head.split(/[\s-]/).pop() ?? '';
  return isInflectedHead(last);
}
