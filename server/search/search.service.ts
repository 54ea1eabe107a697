/**
 * Full-text search over positions (titles, units, purposes, duties and results).
 * Trigram matching finds parts of compound words; every word of the query must match.
 */
import type { DataSource } from 'typeorm';

export interface SearchRow {
  positionId: number;
  field: string;
  snippet: string;
}

const FIELDS = ['title', 'unit', 'purpose', 'duties'] as const;

/** Words of three or more letters, quoted so that FTS5 syntax in the query is taken literally. */
export function toMatchExpression(text: string): string | null {
  const words = text.split(/\s+/).map((w) => w.replace(/"/g, '')).filter((w) => [...w].length >= 3);
  return words.length ? words.map((w) => `"${w}"`).join(' AND ') : null;
}

export async function searchPositions(dataSource: DataSource, text: string, limit: number): Promise<SearchRow[]> {
  const match = toMatchExpression(text);
  if (!match) return [];
  const snippets = FIELDS.map((_, i) => `snippet(position_search, ${i}, '«', '»', '…', 12) AS s${i}`).join(', ');
  const rows: Record<string, string | number>[] = await dataSource.query(
    `SELECT position_id, ${snippets} FROM position_search WHERE position_search MATCH ? ORDER BY rank LIMIT ?`,
    [match, limit],
  );
  return rows.map((row) => {
    // The first field that holds a highlighted match names where the hit is.
    const index = FIELDS.findIndex((_, i) => String(row[`s${i}`]).includes('«'));
    const at = index < 0 ? 0 : index;
    return { positionId: Number(row.position_id), field: FIELDS[at], snippet: String(row[`s${at}`]) };
  });
}
