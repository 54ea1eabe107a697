/**
 * What each database does for search. SQLite indexes with FTS5 trigrams (any part of a word
 * matches); PostgreSQL with a tsvector (words and their beginnings match). Everything else about
 * search (which text is indexed, which words of a query count) is shared, in search-index.ts and
 * search.service.ts, which picks the backend.
 */
import type { DataSource, EntityManager } from 'typeorm';

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
  field: string;
  /** The matching text in context, matches wrapped in « and ». */
  snippet: string;
}

export const SEARCH_FIELDS = ['title', 'unit', 'purpose', 'duties'] as const;

export interface SearchBackend {
  /** Replaces an organisation's part of the index. */
  replace(em: EntityManager, organizationId: number, documents: SearchDocument[]): Promise<void>;
  /** Positions where every word occurs, best first. */
  find(dataSource: DataSource, words: string[], limit: number): Promise<SearchRow[]>;
}

/** Where the hit is: the first field (by SEARCH_FIELDS index) whose snippet holds a highlighted match. */
export function firstHighlighted(snippets: string[]): number {
  return Math.max(0, snippets.findIndex((s) => s.includes('«')));
}
