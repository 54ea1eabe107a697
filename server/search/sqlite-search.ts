/**
 * Search on SQLite: an FTS5 table with trigram tokens, which find parts of Estonian compounds
 * anywhere in a word ("teenus" in "rehabilitatsiooniteenuse").
 */
import { SEARCH_FIELDS, firstHighlighted, type SearchBackend } from './backend.js';

const CHUNK = 100;

/** The words (without quotes) quoted, so that FTS5 syntax in the query is taken literally; every word must occur. */
export function toMatchExpression(words: string[]): string {
  return words.map((w) => `"${w}"`).join(' AND ');
}

export const sqliteSearch: SearchBackend = {
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

  async find(dataSource, words, limit) {
    const snippets = SEARCH_FIELDS.map((_, i) => `snippet(position_search, ${i}, '«', '»', '…', 12) AS s${i}`).join(', ');
    const rows: Record<string, string | number>[] = await dataSource.query(
      `SELECT position_id, ${snippets} FROM position_search WHERE position_search MATCH ? ORDER BY rank LIMIT ?`,
      [toMatchExpression(words), limit],
    );
    return rows.map((row) => {
      const texts = SEARCH_FIELDS.map((_, i) => String(row[`s${i}`]));
      const i = firstHighlighted(texts);
      return { positionId: Number(row.position_id), field: SEARCH_FIELDS[i], snippet: texts[i] };
    });
  },
};
