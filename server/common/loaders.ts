/**
 * Batch loaders of rows by key, for any entity: every relation a query touches costs one statement
 * per relation kind, however many rows the query returns. The set one request uses is in
 * server/request/loaders.ts.
 */
import DataLoader from 'dataloader';
import { type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { rowReader, type ReadOptions } from './row-reader.js';

type Keyed = ObjectLiteral & { rowId: number };

/**
 * Most ids one statement binds: SQLite takes at most 32,766 bound values, PostgreSQL 65,535; a
 * request that needs more (a whole large organisation's substitutes) costs a statement per batch.
 */
export const MAX_BATCH = 5_000;

export function byId<T extends Keyed>(dataSource: DataSource, entity: EntityTarget<T>, maxBatchSize: number): DataLoader<number, T | null> {
  const read = rowReader(dataSource, entity, 'rowId');
  return new DataLoader(async (ids) => {
    const rows = await read(ids);
    const map = new Map(rows.map((r) => [r.rowId, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, { maxBatchSize });
}

export function groupedBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  options: ReadOptions,
  maxBatchSize: number,
): DataLoader<number, T[]> {
  const read = rowReader<T>(dataSource, entity, column, options);
  return new DataLoader(async (ids) => {
    const rows = await read(ids);
    const groups = new Map<number, T[]>();
    // Appended in place: one group can hold every unit of an organisation.
    for (const row of rows) {
      const group = groups.get(row[column]);
      if (group) group.push(row);
      else groups.set(row[column], [row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  }, { maxBatchSize });
}

/** How many rows have each of `ids` in `column`, counted by SQL (no rows are loaded). */
export async function countBy<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string, ids: readonly number[]): Promise<Map<number, number>> {
  const rows: { key: number; count: number | string }[] = await dataSource
    .getRepository(entity)
    .createQueryBuilder('row')
    .select(`row.${column}`, 'key')
    .addSelect('COUNT(*)', 'count')
    .where(`row.${column} IN (:...ids)`, { ids: ids.length ? [...ids] : [-1] })
    .groupBy(`row.${column}`)
    .getRawMany();
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) counts.set(Number(row.key), Number(row.count));
  return counts;
}
