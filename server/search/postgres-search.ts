/**
 * Search on PostgreSQL: a tsvector of each position's words ('simple' configuration: lower-cased,
 * not stemmed, as PostgreSQL has no Estonian one) with a GIN index. Each query word matches the
 * words that begin with it, so the first part of a compound is found ("rehabilitatsioon" in
 * "rehabilitatsiooniteenuse"); a part inside a word is not ("teenus" there), unlike SQLite's trigrams.
 */
import type { SearchBackend, SearchDocument } from './backend.js';

/** Rows per INSERT: 6 parameters each, far below PostgreSQL's 65,535 a statement. */
const CHUNK = 500;

/**
 * A tsquery of the words, each as a prefix, joined by `&` (every word must match). Only letters
 * and digits reach it (each run of them one quoted lexeme), so nothing in the query is read as
 * tsquery syntax; a word such as "e-teenus" needs both of its parts, as the document's
 * "e-teenus" yields both.
 */
export function toTsQuery(words: string[]): string | null {
  const parts = words.flatMap((w) => w.toLocaleLowerCase('et').split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return parts.length ? parts.map((p) => `'${p}':*`).join(' & ') : null;
}

export const postgresSearch: SearchBackend = {
  wordMatch: 'wordStart',

  async replace(em, organizationId, documents) {
    await em.query('DELETE FROM position_search WHERE organization_id = $1', [organizationId]);
    for (let i = 0; i < documents.length; i += CHUNK) {
      const slice = documents.slice(i, i + CHUNK);
      await em.query(
        `INSERT INTO position_search (position_id, organization_id, title, unit, purpose, duties) VALUES ${slice
          .map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => `$${r * 6 + c}`).join(', ')})`)
          .join(', ')}`,
        slice.flatMap((d: SearchDocument) => [d.positionId, organizationId, d.title, d.unit, d.purpose, d.duties]),
      );
    }
  },

  async candidates(dataSource, words, limit) {
    const query = toTsQuery(words);
    if (!query) return [];
    // ts_rank weighs the title (A) most, then unit (B), purpose (C) and duties (D).
    const rows: { position_id: number; title: string; unit: string; purpose: string; score: number }[] = await dataSource.query(
      `SELECT s.position_id, s.title, s.unit, s.purpose, ts_rank(s.words, q.query) AS score
       FROM position_search s, (SELECT to_tsquery('simple', $1) AS query) q
       WHERE s.words @@ q.query ORDER BY score DESC, s.position_id LIMIT $2`,
      [query, limit],
    );
    return rows.map((r) => ({ ref: Number(r.position_id), positionId: Number(r.position_id), title: r.title, unit: r.unit, purpose: r.purpose, score: Number(r.score) }));
  },

  async duties(dataSource, refs) {
    if (!refs.length) return new Map();
    const rows: { position_id: number; duties: string }[] = await dataSource.query('SELECT position_id, duties FROM position_search WHERE position_id = ANY($1)', [refs]);
    return new Map(rows.map((r) => [Number(r.position_id), r.duties]));
  },
};
