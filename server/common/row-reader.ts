/**
 * The loaders' statements, built once per data source and kind: every column of the rows whose `column` is one
 * of the ids, hydrated column by column through the driver as TypeORM's find() does. find() builds
 * and parses its query anew for every statement, which cost a chart page more than its SQL did.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export type RowReader<T> = (ids: readonly number[]) => Promise<T[]>;

const built = new WeakMap<DataSource, Map<string, RowReader<any>>>();

export function rowReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  order: Record<string, 'ASC'>,
  nullColumn?: string,
): RowReader<T> {
  const key = [dataSource.getMetadata(entity).name, column, ...Object.keys(order), nullColumn].join(' ');
  const readers = built.get(dataSource) ?? new Map<string, RowReader<any>>();
  built.set(dataSource, readers);
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = buildReader(dataSource, entity, column, order, nullColumn)));
  return reader;
}

function buildReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  order: Record<string, 'ASC'>,
  /** A column that must be null (top units). */
  nullColumn?: string,
): RowReader<T> {
  const metadata = dataSource.getMetadata(entity);
  const { driver } = dataSource;
  const named = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return driver.escape(found.databaseName);
  };
  const columns = metadata.columns;
  const head = `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(', ')} FROM ${driver.escape(metadata.tableName)} WHERE ${named(column)} IN (`;
  const sorted = Object.keys(order).map((property) => `${named(property)} ASC`);
  const tail = `)${nullColumn ? ` AND ${named(nullColumn)} IS NULL` : ''}${sorted.length ? ` ORDER BY ${sorted.join(', ')}` : ''}`;
  const prototype = (metadata.target as { prototype: object }).prototype;
  return async (ids) => {
    const placeholders = ids.map((_, i) => driver.createParameter(`id${i}`, i)).join(', ');
    const raw: Record<string, unknown>[] = await dataSource.query(head + placeholders + tail, [...ids]);
    return raw.map((values) => {
      const row = Object.create(prototype) as Record<string, unknown>;
      for (const c of columns) row[c.propertyName] = driver.prepareHydratedValue(values[c.databaseName], c);
      return row as T;
    });
  };
}
