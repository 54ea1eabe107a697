/**
 * Unit names that differ by a typo ("Teenusete osakond" beside "Teenuste osakond") name one unit.
 * Merges are returned so that HR can see them; they are never silent.
 */
import { distance } from 'fastest-levenshtein';
import { unitKey, unitKind } from '../ingest/estonian/units.js';

/** Two spellings of one name treated as one: a unit's (with its path) or a position title's. */
export interface UnitMerge {
  /** The name kept. */
  name: string;
  /** The spelling merged into it. */
  alias: string;
  /** The path of the kept unit, top first; empty for a position. */
  path: string[];
  /** For a position title: the key of the position kept. */
  positionKey?: string;
  reason: string;
}

/** Two spellings are one unit when they differ by at most this many edits per 12 characters. */
const EDITS_PER_CHARS = 12;

export function isLikelySameUnit(a: string, b: string): boolean {
  return likelySame(spelling(a), spelling(b));
}

/** What the comparison needs of a name, computed once per name. */
interface Spelling {
  key: string;
  kind: ReturnType<typeof unitKind>;
  digits: string;
}

function spelling(name: string): Spelling {
  const key = unitKey(name);
  return { key, kind: unitKind(name), digits: key.replace(/\D/g, '') };
}

function likelySame(a: Spelling, b: Spelling): boolean {
  if (a.key === b.key) return true;
  if (a.kind !== b.kind) return false;
  // Numbered units ("1. tiim", "2. tiim") are different units, however close the spelling.
  if (a.digits !== b.digits) return false;
  const allowed = Math.max(1, Math.floor(Math.min(a.key.length, b.key.length) / EDITS_PER_CHARS));
  return distance(a.key, b.key) <= Math.min(allowed, 2);
}

/**
 * Rewrites every path so that sibling spellings of one unit agree, level by level.
 * The spelling kept is the one whose distinctive words occur most often in the texts.
 * Linear in the number of paths: unit keys are computed once per distinct name, and the texts
 * are only read when two sibling spellings are close enough to be one unit.
 */
export function mergeSimilarUnits(paths: string[][], texts: readonly string[]): { paths: string[][]; merges: UnitMerge[] } {
  const merges: UnitMerge[] = [];
  const merged = new Set<string>();
  const out = paths.map((p) => [...p]);
  const depth = out.reduce((max, p) => Math.max(max, p.length), 0);
  const spellingOf = memo(spelling);
  const keyOf = (name: string) => spellingOf(name).key;
  let words: Map<string, number> | null = null;
  const counts = () => (words ??= wordCounts(texts));
  for (let level = 0; level < depth; level++) {
    const groups = new Map<string, string[][]>();
    for (const path of out) {
      if (path.length <= level) continue;
      const parent = path.slice(0, level).map(keyOf).join('/');
      const siblings = groups.get(parent);
      if (siblings) siblings.push(path);
      else groups.set(parent, [path]);
    }
    for (const siblings of groups.values()) {
      const names = [...new Set(siblings.map((p) => p[level]))];
      if (names.length < 2) continue;
      const chosen = new Map<string, string>();
      for (const name of names) {
        const same = names.filter((other) => other === name || likelySame(spellingOf(name), spellingOf(other)));
        chosen.set(name, same.length === 1 ? name : pickSpelling(same, counts()));
      }
      for (const path of siblings) {
        const kept = chosen.get(path[level])!;
        if (keyOf(kept) === keyOf(path[level])) continue;
        const id = `${path[level]}\u0000${kept}`;
        if (!merged.has(id)) {
          merged.add(id);
          merges.push({
            name: kept,
            alias: path[level],
            path: [...path.slice(0, level), kept],
            reason: `"${path[level]}" differs from "${kept}" by a likely typo; treated as one unit`,
          });
        }
        path[level] = kept;
      }
    }
  }
  return { paths: out, merges };
}

function memo<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) cache.set(name, (value = compute(name)));
    return value;
  };
}

function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The spelling whose words are most common in the texts; ties go to the shorter, then alphabetical. */
function pickSpelling(spellings: string[], words: Map<string, number>): string {
  const score = (name: string) =>
    unitKey(name)
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .reduce((min, w) => Math.min(min, words.get(w) ?? 0), Infinity);
  return [...spellings].sort((a, b) => score(b) - score(a) || a.length - b.length || a.localeCompare(b))[0];
}
