/**
 * Lists of position references as written in header cells: "Koordinaatorit, tiimijuhti",
 * "Perelepitusteenuse juht, nõunik, juhtivkoordinaator", "-".
 */
import { baseTitle, baseWord, genitiveTitle, headWord, isBaseHead, isInflectedHead } from './titles.js';
import { ABSENCE_WORDS, ADVERBIALS, BACK_PRONOUNS, DESIGNATOR_HEADS, NONE_WORDS, PLACEHOLDER_WORDS, SCHEME_STEM } from './lexicon.js';

/** Cell values that mean "nobody": a dash or one of the lexicon's none words. */
const NONE = new RegExp(`^(-+|–|—|${NONE_WORDS.join('|')})\\.?$`, 'i');

export function isNone(text: string): boolean {
  return NONE.test(text.trim());
}

/** "Vastavalt asendusskeemile": the substitutes are set by a scheme elsewhere; it names no one. */
export function isScheme(text: string): boolean {
  return text.toLocaleLowerCase('et').includes(SCHEME_STEM);
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

/** Placeholders name a role to be designated: "valdkonnajuhi või peadirektori määratud ametnik". */
const PLACEHOLDER = new RegExp(PLACEHOLDER_WORDS.join('|'), 'i');
/** "tema määratud teenistuja": the pronoun is the genitive of the alternative before it. */
const BACK_PRONOUN = new RegExp(`^(?:${BACK_PRONOUNS.join('|')})\\s+(?=\\S)`, 'iu');
const CONJUNCTION = /\s+(või|ja|ning)\s+/;

/**
 * Splits "juhataja või liiklusjuhtimiskeskuse teenistuja" on "või"/"ja" where the words before
 * the conjunction end a title (a head noun in any case), so "Kahe- ja mitmepoolse koostöö grupi
 * teenistujad" stays whole. Inside a placeholder the designators before "määratud" are genitive
 * ("valdkonnajuhi või peadirektori määratud ametnik" is one role), so there only a title in
 * nominative ends an alternative ("sotsiaalnõunik või vallavanema poolt määratud ametnik").
 */
export function splitAlternatives(item: string): string[] {
  const placeholder = PLACEHOLDER.test(item);
  // With a capturing group, split keeps the conjunctions: [part, conjunction, part, …].
  const pieces = item.split(CONJUNCTION);
  const out: string[][] = [[pieces[0]]];
  // The head word is read from the end of the alternative so far; a window of its last characters
  // (far longer than any title) keeps a value of many conjunctions linear instead of quadratic.
  let tail = pieces[0].slice(-HEAD_WINDOW);
  for (let i = 1; i < pieces.length; i += 2) {
    const last = headWord(tail);
    // "juhatajat või tema määratud teenistujat": a pronoun after "või" always starts an alternative of its own.
    const pointsBack = pieces[i].toLowerCase() === 'või' && BACK_PRONOUN.test(pieces[i + 1]);
    // In a placeholder only a genitive before "või" designates ("valdkonnajuhi või peadirektori määratud"): one role is
    // designated by one person or another, not by two together; another case ends a title ("juhatajat ja … määratud teenistujat").
    const endsTitle = !last.endsWith('-') && (pointsBack || isBaseHead(last) || (isInflectedHead(last) && (!placeholder || !designates(last) || pieces[i].toLowerCase() !== 'või' || isWholeTitle(pieces[i + 1]))));
    if (endsTitle) {
      out.push([pieces[i + 1]]);
      tail = pieces[i + 1].slice(-HEAD_WINDOW);
    } else {
      out[out.length - 1].push(pieces[i], pieces[i + 1]);
      tail = `${tail} ${pieces[i]} ${pieces[i + 1]}`.slice(-HEAD_WINDOW);
    }
  }
  return out.map((parts) => parts.join(' '));
}

/**
 * True when an alternative after a genitive is a title of its own, so the genitive cannot designate
 * the placeholder: "planeerimisspetsialisti ja arendusosakonna juhatajat ja … määratud teenistujat".
 */
function isWholeTitle(piece: string): boolean {
  const head = headWord(piece);
  return !PLACEHOLDER.test(piece) && !isGenitiveHead(head) && (isBaseHead(head) || isInflectedHead(head));
}

/** True when a word can designate a placeholder: a head of something (juht, direktor, vallavanem) in genitive. */
function designates(word: string): boolean {
  const base = baseWord(word).toLocaleLowerCase('et');
  return isGenitiveHead(word) && DESIGNATOR_HEADS.some((head) => base.endsWith(head));
}

/** True when a head noun is in genitive: the base form's genitive is the word ("peadirektori", "juhataja"). */
function isGenitiveHead(word: string): boolean {
  return genitiveTitle(baseWord(word)).toLocaleLowerCase('et') === word.toLocaleLowerCase('et');
}

/** Characters at the end of an alternative that decide its head word. */
const HEAD_WINDOW = 1000;

/** Words before a title that say how, not who: "Allub vahetult …", "asendab tema äraolekul …". */
const ADVERBIAL = new RegExp(`^(?:${ADVERBIALS.join('|')}|(?:tema\\s+)?(?:${ABSENCE_WORDS.join('|')}))\\s+`, 'iu');

/** Base-form titles of a list cell; "või"/"ja" separate alternatives where they join titles. */
export function titleList(text: string): string[] {
  if (isNone(text)) return [];
  return splitItems(text)
    .flatMap((item) => resolveBackPronouns(splitAlternatives(item)))
    .map((item) => item.replace(ADVERBIAL, ''))
    .filter((item) => item && !isNone(item) && !isScheme(item))
    .map(baseTitle);
}

/**
 * "osakonnajuhataja või tema määratud teenistuja": "tema" points back to the alternative before
 * it, so the second is "Osakonnajuhataja määratud teenistuja", a placeholder designated by the first.
 */
function resolveBackPronouns(alternatives: string[]): string[] {
  return alternatives.map((item, i) => {
    if (i === 0 || !BACK_PRONOUN.test(item)) return item;
    const designator = genitiveTitle(baseTitle(alternatives[i - 1].replace(ADVERBIAL, '')));
    return `${designator} ${item.replace(BACK_PRONOUN, '')}`;
  });
}

/**
 * True when a line of a value starts with a title in an inflected case ("direktorit või osakonna"):
 * in a block of values, that is where the partitive "Asendab" value begins.
 */
export function startsInflected(line: string): boolean {
  const first = (splitItems(line)[0] ?? '').replace(ADVERBIAL, '');
  return isInflectedItem(first.split(/\s+(?:või|ja|ning)(?:\s+|$)/)[0]);
}

/** True when an item is written in an inflected case (partitive, genitive, allative). */
export function isInflectedItem(item: string): boolean {
  return isInflectedHead(headWord(item).split('-').pop() ?? '');
}
