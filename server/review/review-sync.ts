/**
 * Derives the review queue after a rebuild and synchronises it by key: new items are inserted
 * open, items that still arise get their derived columns updated and keep how HR settled them,
 * and items that no longer arise are deleted. Rows are written in slices, as the graph's are.
 */
import { In, type EntityManager } from 'typeorm';
import type { JobDescription } from '../description/job-description.entity.js';
import type { GraphDocument, OrgGraph } from '../org/graph.js';
import { FieldCorrection } from './correction.entity.js';
import { ReviewItem } from './review-item.entity.js';
import { deriveReviewItems, type DerivedReviewItem } from './derive-review-items.js';

export interface ReviewSources {
  stored: JobDescription[];
  /** The documents as the graph was built from them (corrections applied), by source name in `key`. */
  used: GraphDocument[];
  graph: OrgGraph;
  /** Position row IDs by graph key. */
  positionIds: Map<string, number>;
  /** Unit row IDs by graph key. */
  unitIds: Map<string, number>;
}

/** Rows per statement: with ten columns a row, far below either database's limit on bound values. */
const CHUNK = 200;

/** The columns a rebuild derives; status, settledBy, settledAt and comment are HR's. */
const DERIVED = ['kind', 'jobDescriptionId', 'positionIds', 'unitId', 'field', 'lineStart', 'lineEnd', 'explanationEn', 'explanationEt', 'sortOrder'] as const;
type Derived = (typeof DERIVED)[number];

export async function syncReviewItems(em: EntityManager, organizationId: number, sources: ReviewSources): Promise<void> {
  const used = new Map(sources.used.map((d) => [d.key, d.parsed]));
  const stale = await em.find(FieldCorrection, { where: { organizationId, status: 'stale' } });
  const derived = deriveReviewItems({
    documents: sources.stored.map((d) => ({ rowId: d.rowId, sourceName: d.sourceName, read: d.document, used: used.get(d.sourceName) ?? d.document, sourceText: d.sourceText })),
    graph: sources.graph,
    positionIds: sources.positionIds,
    unitIds: sources.unitIds,
    staleCorrections: stale,
  });
  const existing = new Map((await em.find(ReviewItem, { where: { organizationId } })).map((row) => [row.key, row]));
  const inserts: Partial<ReviewItem>[] = [];
  const updates: { rowId: number; item: DerivedReviewItem }[] = [];
  for (const item of derived) {
    const row = existing.get(item.key);
    existing.delete(item.key);
    if (!row) inserts.push({ organizationId, ...item, status: 'open', settledBy: null, settledAt: null, comment: null });
    else if (DERIVED.some((column) => !sameColumn(row[column], item[column]))) updates.push({ rowId: row.rowId, item });
  }
  const gone = [...existing.values()].map((row) => row.rowId);
  for (let i = 0; i < gone.length; i += CHUNK) await em.delete(ReviewItem, { rowId: In(gone.slice(i, i + CHUNK)) });
  for (let i = 0; i < updates.length; i += CHUNK) await updateChunk(em, updates.slice(i, i + CHUNK));
  for (let i = 0; i < inserts.length; i += CHUNK) await em.insert(ReviewItem, inserts.slice(i, i + CHUNK) as never);
}

function sameColumn(stored: unknown, derived: unknown): boolean {
  if (Array.isArray(stored) || Array.isArray(derived)) return JSON.stringify(stored) === JSON.stringify(derived);
  return (stored ?? null) === (derived ?? null);
}

const INTEGER_COLUMNS: ReadonlySet<Derived> = new Set(['jobDescriptionId', 'unitId', 'lineStart', 'lineEnd', 'sortOrder']);

/**
 * Sets the derived columns of many rows in one statement (UPDATE … SET c = CASE id WHEN … END for
 * each column): a re-import that moves every item's place in the queue costs a statement per slice.
 * The CASTs type the values (and NULLs) for PostgreSQL.
 */
async function updateChunk(em: EntityManager, rows: { rowId: number; item: DerivedReviewItem }[]): Promise<void> {
  const metadata = em.connection.getMetadata(ReviewItem);
  const parameters: Record<string, unknown> = {};
  rows.forEach(({ rowId }, j) => (parameters[`i${j}`] = rowId));
  const set: Record<string, () => string> = {};
  for (const column of DERIVED) {
    const type = INTEGER_COLUMNS.has(column) ? 'INTEGER' : 'TEXT';
    const cases = rows.map(({ item }, j) => {
      const value = item[column];
      parameters[`${column}${j}`] = column === 'positionIds' ? JSON.stringify(value) : value;
      return `WHEN :i${j} THEN CAST(:${column}${j} AS ${type})`;
    });
    set[metadata.findColumnWithPropertyName(column)!.propertyName] = () => `CASE id ${cases.join(' ')} END`;
  }
  await em
    .createQueryBuilder()
    .update(ReviewItem)
    .set(set)
    .where('id IN (:...ids)', { ids: rows.map((r) => r.rowId) })
    .setParameters(parameters)
    .execute();
}
