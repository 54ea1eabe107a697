/**
 * Full-text search over positions (titles, units, purposes, duties and results): every word of
 * the query must match, as the database's backend matches words (see backend.ts); the hits are
 * ordered by ranking.ts and shown by the field that holds the words (snippet.ts).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from '../db/dialect.js';
import { badUserInput, requirePlainText } from '../common/bad-input.js';
import type { SearchBackend, SearchRow } from './backend.js';
import { rankCandidates } from './ranking.js';
import { snippet } from './snippet.js';
import { matchSpans } from './text-match.js';
import { sqliteSearch } from './sqlite-search.js';
import { postgresSearch } from './postgres-search.js';

export type { SearchRow } from './backend.js';

/** Longer search text is refused: no title, unit or duty needs more words to be found. */
export const MAX_SEARCH_TEXT = 200;

/** The client's search text, refused (BAD_USER_INPUT) when too long or not plain text. */
export function searchText(text: string): string {
  if (text.length > MAX_SEARCH_TEXT) throw badUserInput('text', `the search text is ${text.length} characters long; the limit is ${MAX_SEARCH_TEXT}.`);
  return requirePlainText('text', text);
}

export function searchBackend(db: DataSource | EntityManager): SearchBackend {
  return dialectOf(db) === 'postgres' ? postgresSearch : sqliteSearch;
}

/** The words of a query that count: three or more letters (shorter ones match too much), quotes removed. */
export function queryWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => [...w].length >= 3);
}

/**
 * Matches ranked at most: the database's best this many by its own score are put in order. That
 * score weighs titles most and short fields above long ones, so an exact title scores near the top
 * of the matches even when thousands of positions hold its words.
 */
export const MAX_CANDIDATES = 1_000;

export async function searchPositions(dataSource: DataSource, text: string, limit: number): Promise<SearchRow[]> {
  const words = queryWords(text);
  if (!words.length) return [];
  const backend = searchBackend(dataSource);
  const ranked = rankCandidates(await backend.candidates(dataSource, words, MAX_CANDIDATES), text, words, backend.wordMatch).slice(0, limit);
  const duties = await backend.duties(dataSource, ranked.filter((r) => r.field === 'duties').map((r) => r.candidate.ref));
  return ranked.map(({ candidate, field }) => {
    const shown = field === 'duties' ? (duties.get(candidate.ref) ?? '') : candidate[field];
    return { positionId: candidate.positionId, field, snippet: snippet(shown, matchSpans(shown, words, backend.wordMatch)) };
  });
}
