/**
 * The order of search hits: an exact title match first, then titles that begin with the query,
 * then titles holding its words, then hits in the unit, the purpose and the duties; within each,
 * titles holding more of the words, then the database's own score, then the shorter title.
 */
import type { SearchField } from './backend.js';
import { foldCase, matchSpans, type WordMatch } from './text-match.js';

/** What ranking reads of a position that matched (its duties are read only for the hits kept). */
export interface Candidate {
  positionId: number;
  /** The row's key in the index (SQLite's rowid, PostgreSQL's position id): the duties are read by it. */
  ref: number;
  title: string;
  unit: string;
  purpose: string;
  /** The database's relevance: higher is better. */
  score: number;
}

export type Tier = 'EXACT_TITLE' | 'TITLE_PREFIX' | 'TITLE' | 'UNIT' | 'PURPOSE' | 'DUTIES';
const TIER_ORDER: readonly Tier[] = ['EXACT_TITLE', 'TITLE_PREFIX', 'TITLE', 'UNIT', 'PURPOSE', 'DUTIES'];

export interface Ranked<C extends Candidate = Candidate> {
  candidate: C;
  tier: Tier;
  /** The field the hit is shown by: the first of title, unit, purpose and duties that holds a word. */
  field: SearchField;
}

/** The query as a title would be written: case folded, spacing folded, quotes dropped. */
export function normalizedText(text: string): string {
  return foldCase(text.replace(/"/g, '')).trim().replace(/\s+/g, ' ');
}

export function tierOf(candidate: Candidate, text: string, words: readonly string[], mode: WordMatch): Tier {
  const title = normalizedText(candidate.title);
  const query = normalizedText(text);
  if (query && title === query) return 'EXACT_TITLE';
  if (query && title.startsWith(query)) return 'TITLE_PREFIX';
  if (matchSpans(candidate.title, words, mode).length) return 'TITLE';
  if (matchSpans(candidate.unit, words, mode).length) return 'UNIT';
  if (matchSpans(candidate.purpose, words, mode).length) return 'PURPOSE';
  return 'DUTIES';
}

const FIELD_OF: Record<Tier, SearchField> = { EXACT_TITLE: 'title', TITLE_PREFIX: 'title', TITLE: 'title', UNIT: 'unit', PURPOSE: 'purpose', DUTIES: 'duties' };

export function rankCandidates<C extends Candidate>(candidates: readonly C[], text: string, words: readonly string[], mode: WordMatch): Ranked<C>[] {
  const ranked = candidates.map((candidate) => {
    const tier = tierOf(candidate, text, words, mode);
    const inTitle = words.filter((w) => matchSpans(candidate.title, [w], mode).length > 0).length;
    return { candidate, tier, field: FIELD_OF[tier], order: TIER_ORDER.indexOf(tier), inTitle };
  });
  ranked.sort(
    (a, b) =>
      a.order - b.order ||
      b.inTitle - a.inTitle ||
      b.candidate.score - a.candidate.score ||
      a.candidate.title.length - b.candidate.title.length ||
      a.candidate.positionId - b.candidate.positionId,
  );
  return ranked.map(({ candidate, tier, field }) => ({ candidate, tier, field }));
}
