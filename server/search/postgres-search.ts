/**
 * Search on PostgreSQL: a tsvector of each position's words ('simple' configuration: lower-cased,
 * not stemmed, as PostgreSQL has no Estonian one) with a GIN index. Each query word matches the
 * words that begin with it, so the first part of a compound is found ("rehabilitatsioon" in
 * "rehabilitatsiooniteenuse"); a part inside a word is not ("teenus" there), unlike SQLite's trigrams.
 */
import { SEARCH_FIELDS, firstHighlighted, type SearchBackend, type SearchDocument } from './backend.js';

/** Rows per INSERT: 6 parameters each, far below PostgreSQL's 65,535 a statement. */
const CHUNK = 500;

/** As many words around the match as SQLite's snippets give (12), marked the same way. */
const HEADLINE = 'StartSel=«, StopSel=», MaxWords=12, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…';

/**
 * A tsquery of the words, each as a prefix, joined by `&` (every word must match) or `|`. Only
 * letters and digits reach it (each run of them one quoted lexeme), so nothing in the query is
 * read as tsquery syntax; a word such as "e-teenus" needs both of its parts, as the document's
 * "e-teenus" yields both.
 */
export function toTsQuery(words: string[], join: '&' | '|' = '&'): string | null {
  const parts = words.flatMap((w) => w.toLocaleLowerCase('et').split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return parts.length ? parts.map((p) => `'${p}':*`).join(` ${join} `) : null;
}

/** SQLite's snippets end in "…" where they cut the text; ts_headline's do not, so it is added here. */
function withEllipses(snippet: string, text: string): string {
  const plain = snippet.replace(/[«»]/g, '');
  if (!plain || plain === text) return snippet;
  return `${text.startsWith(plain) ? '' : '…'}${snippet}${text.endsWith(plain) ? '' : '…'}`;
}

export const postgresSearch: SearchBackend = {
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

  async find(dataSource, words, limit) {
    const query = toTsQuery(words);
    if (!query) return [];
    // A hit needs every word somewhere; each field's snippet marks whichever of them it holds
    // (one field rarely holds all, and ts_headline marks nothing then). Headlines only for the
    // hits kept: ts_headline reads the whole text again.
    const rows: Record<string, string | number>[] = await dataSource.query(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS query, to_tsquery('simple', $4) AS any),
       hits AS (
         SELECT s.*, ts_rank(s.words, q.query) AS rank FROM position_search s, q
         WHERE s.words @@ q.query ORDER BY rank DESC, s.position_id LIMIT $2)
       SELECT position_id, ${SEARCH_FIELDS.map((f, i) => `${f} AS t${i}, ts_headline('simple', ${f}, q.any, $3) AS s${i}`).join(', ')}
       FROM hits, q ORDER BY rank DESC, position_id`,
      [query, limit, HEADLINE, toTsQuery(words, '|')],
    );
    return rows.map((row) => {
      const snippets = SEARCH_FIELDS.map((_, i) => String(row[`s${i}`]));
      const i = firstHighlighted(snippets);
      return { positionId: Number(row.position_id), field: SEARCH_FIELDS[i], snippet: withEllipses(snippets[i], String(row[`t${i}`])) };
    });
  },
};
