import type { Line, LineRange, ParseWarning, SectionResult, Signature, SignatureParty } from '../document.js';
import { isBlank, joinWrapped } from '../lines.js';
import { quote } from '../caps.js';

const SIGNED = /\(?\s*allkirjastatud digitaalselt\s*\)?/giu;
const PARTY = /(tööandja|töötaja)\s*:/giu;
const BOTH_SIGN = /^poolte allkirjad\s*:?$/iu;

interface Block {
  start: Line;
  /** How many signatures stand side by side: "(allkirjastatud digitaalselt) (allkirjastatud digitaalselt)" is two. */
  columns: number;
  name: Line | null;
  roles: Line[];
}

/** The parties a header line names, in order ("Tööandja: Töötaja:"), when the line holds nothing else. */
function readParties(line: Line): SignatureParty[] | null {
  const found = [...line.text.matchAll(PARTY)];
  if (found.length === 0 || line.text.replace(PARTY, '').trim()) return null;
  return found.map((match) => (match[1].toLowerCase() === 'tööandja' ? 'EMPLOYER' : 'EMPLOYEE'));
}

/** The number of "(allkirjastatud digitaalselt)" marks when the line holds nothing else, else 0. */
function countSigned(line: Line): number {
  const found = line.text.match(SIGNED)?.length ?? 0;
  return found > 0 && !line.text.replace(SIGNED, '').trim() ? found : 0;
}

/**
 * Splits a flattened line of two names. Four capitalised words are two two-word names;
 * anything else is split after the second word, with a warning.
 */
function splitNames(line: Line, warnings: ParseWarning[]): [string, string | null] {
  const words = line.text.split(' ');
  if (words.length === 4 && words.every((word) => /^\p{Lu}/u.test(word))) {
    return [words.slice(0, 2).join(' '), words.slice(2).join(' ')];
  }
  if (words.length >= 3) {
    warnings.push({ line: line.number, message: `two names on one line, split after the second word: ${quote(line.text)}` });
    return [words.slice(0, 2).join(' '), words.slice(2).join(' ')];
  }
  warnings.push({ line: line.number, message: `expected two names side by side, found one: ${quote(line.text)}` });
  return [line.text, null];
}

/**
 * Reads the signature blocks after "Poolte allkirjad:". Blocks follow each other or stand side by side
 * flattened onto shared lines; the "Tööandja: Töötaja:" header gives the parties in order, and without
 * it the first signature is the employer's.
 */
export function parseSignatures(lines: Line[], path = 'signatures'): SectionResult<Signature[]> {
  const parties: SignatureParty[] = [];
  const blocks: Block[] = [];
  for (const line of lines) {
    if (isBlank(line) || BOTH_SIGN.test(line.text)) continue;
    const named = readParties(line);
    const columns = countSigned(line);
    const block = blocks[blocks.length - 1];
    if (named) parties.push(...named);
    else if (columns > 0) blocks.push({ start: line, columns, name: null, roles: [] });
    else if (block && !block.name) block.name = line;
    else if (block) block.roles.push(line);
    // A signature without the digital mark: its first line is the name.
    else blocks.push({ start: line, columns: 1, name: line, roles: [] });
  }

  const value: Signature[] = [];
  const sources: Record<string, LineRange> = {};
  const warnings: ParseWarning[] = [];
  const partyAt = (index: number): SignatureParty => parties[index] ?? (index === 0 ? 'EMPLOYER' : 'EMPLOYEE');
  const add = (signature: Signature, range: LineRange) => {
    sources[`${path}[${value.length}]`] = range;
    value.push(signature);
  };
  for (const block of blocks) {
    const last = block.roles[block.roles.length - 1] ?? block.name ?? block.start;
    const range = { start: block.start.number, end: last.number };
    const role = block.roles.length > 0 ? joinWrapped(block.roles.map((line) => line.text)) : null;
    if (!block.name) {
      warnings.push({ line: block.start.number, message: 'signature without a name' });
      continue;
    }
    if (block.columns === 1) {
      add({ name: block.name.text, role, party: partyAt(value.length) }, range);
      continue;
    }
    if (block.columns > 2) warnings.push({ line: block.start.number, message: `${block.columns} signatures side by side, read as two` });
    // Side by side the role lines are the first column's: the employee usually has none.
    const [first, second] = splitNames(block.name, warnings);
    add({ name: first, role, party: partyAt(value.length) }, range);
    if (second) add({ name: second, role: null, party: partyAt(value.length) }, range);
  }
  return { value, sources, warnings };
}
