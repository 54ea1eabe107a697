/**
 * Search on SQLite: an FTS5 table with trigram tokens, which find parts of Estonian compounds
 * anywhere in a word ("teenus" in "rehabilitatsiooniteenuse").
 */
import type { SearchBackend } from './backend.js';

const CHUNK = 100;

/**
 * bm25 weights of title, unit, purpose and duties: a word in a short title counts most. Only the
 * order of candidates within the cap depends on them; the order of hits is ranking.ts's.
 */
const WEIGHTS = '10.0, 4.0, 2.0, 1.0';

/** The words (without quotes) quoted, so that FTS5 syntax in the query is taken literally; every word must occur. */
export function toMatchExpression(words: string[]): string {
  return words.map((w) => `"${w}"`).join(' AND ');
}

export const sqliteSearch: SearchBackend = {
  wordMatch: 'anywhere',

  async replace(em, organizationId, documents) {
    await em.query('DELETE FROM position_search WHERE organization_id = ?', [organizationId]);
    for (let i = 0; i < documents.length; i += CHUNK) {
      const slice = documents.slice(i, i + CHUNK);
      await em.query(
        `INSERT INTO position_search (title, unit, purpose, duties, position_id, organization_id) VALUES ${slice.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
        slice.flatMap((d) => [d.title, d.unit, d.purpose, d.duties, d.positionId, organizationId]),
      );
    }
  },

  async candidates(dataSource, words, limit) {
    const rows: { ref: number; position_id: number; title: string; unit: string; purpose: string; score: number }[] = await dataSource.query(
      `SELECT rowid AS ref, position_id, title, unit, purpose, bm25(position_search, ${WEIGHTS}) AS score
       FROM position_search WHERE position_search MATCH ? ORDER BY score, position_id LIMIT ?`,
      [toMatchExpression(words), limit],
    );
    // bm25 is lower for better matches.
    return rows.map((r) => ({ ref: Number(r.ref), positionId: Number(r.position_id), title: r.title, unit: r.unit, purpose: r.purpose, score: -Number(r.score) }));
  },

  async duties(dataSource, refs) {
    if (!refs.length) return new Map();
    // By rowid: position_id is UNINDEXED, and finding rows by it reads the whole table.
    const rows: { ref: number; duties: string }[] = await dataSource.query(
      `SELECT rowid AS ref, duties FROM position_search WHERE rowid IN (${refs.map(() => '?').join(', ')})`,
      refs,
    );
    return new Map(rows.map((r) => [Number(r.ref), r.duties]));
  },
};
