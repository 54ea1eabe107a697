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
  const ka = unitKey(a);
  const kb = unitKey(b);
  if (ka === kb) return true;
  if (unitKind(a) !== unitKind(b)) return false;
  // Numbered units ("1. tiim", "2. tiim") are different units, however close the spelling.
  if (ka.replace(/\D/g, '') !== kb.replace(/\D/g, '')) return false;
  const allowed = Math.max(1, Math.floor(Math.min(ka.length, kb.length) / EDITS_PER_CHARS));
  return distance(ka, kb) <= Math.min(allowed, 2);
}

/**
 * Rewrites every path so that sibling spellings of one unit agree, level by level.
 * The spelling kept is the one whose distinctive words occur most often in the texts.
 */
export function mergeSimilarUnits(paths: string[][], corpus: string): { paths: string[][]; merges: UnitMerge[] } {
  const merges: UnitMerge[] = [];
  const out = paths.map((p) => [...p]);
  const depth = Math.max(0, ...out.map((p) => p.length));
  const words = wordCounts(corpus);
  for (let level = 0; level < depth; level++) {
    const groups = new Map<string, string[][]>();
    for (const path of out) {
      if (path.length <= level) continue;
      const parent = path.slice(0, level).map(unitKey).join('/');
      groups.set(parent, [...(groups.get(parent) ?? []), path]);
    }
    for (const siblings of groups.values()) {
      const names = [...new Set(siblings.map((p) => p[level]))];
      const chosen = new Map<string, string>();
      for (const name of names) {
        const same = names.filter((other) => isLikelySameUnit(name, other));
        chosen.set(name, pickSpelling(same, words));
      }
      for (const path of siblings) {
        const kept = chosen.get(path[level])!;
        if (unitKey(kept) !== unitKey(path[level])) {
          if (!merges.some((m) => m.alias === path[level] && m.name === kept)) {
            merges.push({
              name: kept,
              alias: path[level],
              path: [...path.slice(0, level), kept],
              reason: `"${path[level]}" differs from "${kept}" by a likely typo; treated as one unit`,
            });
          }
        }
        path[level] = unitKey(kept) === unitKey(path[level]) ? path[level] : kept;
      }
    }
  }
  return { paths: out, merges };
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
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
