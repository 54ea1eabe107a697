/**
 * What each database does for search. SQLite indexes with FTS5 trigrams (any part of a word
 * matches); PostgreSQL with a tsvector (words and their beginnings match). Everything else about
 * search (which text is indexed, which words of a query count, the order of hits, snippets) is
 * shared, in search-index.ts, ranking.ts, snippet.ts and search.service.ts, which picks the backend.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Candidate } from './ranking.js';
import type { WordMatch } from './text-match.js';

/** One position's searchable text. */
export interface SearchDocument {
  positionId: number;
  title: string;
  /** The unit path, "Department › Division › Team". */
  unit: string;
  purpose: string;
  /** Duties and their expected results, one duty a line. */
  duties: string;
}

export interface SearchRow {
  positionId: number;
  /** "title", "unit", "purpose" or "duties". */
  field: SearchField;
  /** The matching text in context, matched words wrapped whole in « and ». */
  snippet: string;
}

export const SEARCH_FIELDS = ['title', 'unit', 'purpose', 'duties'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchBackend {
  /** How a query word matches the text. */
  wordMatch: WordMatch;
  /** Replaces an organisation's part of the index. */
  replace(em: EntityManager, organizationId: number, documents: SearchDocument[]): Promise<void>;
  /** Positions where every word occurs, at most `limit`, the database's best first. */
  candidates(dataSource: DataSource, words: string[], limit: number): Promise<Candidate[]>;
  /** The duties of these candidates, by their `ref`. */
  duties(dataSource: DataSource, refs: number[]): Promise<Map<number, string>>;
}
