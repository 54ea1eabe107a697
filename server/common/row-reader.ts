/**
 * The loaders' statements, built once per data source and kind: every column of the rows whose `column` is one
 * of the ids, hydrated column by column through the driver as TypeORM's find() does. find() builds
 * and parses its query anew for every statement, which cost a chart page more than its SQL did.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export type RowReader<T> = (ids: readonly number[]) => Promise<T[]>;

export interface ReadOptions {
  /** Sort columns (properties), ascending. */
  order?: Record<string, 'ASC'>;
  /** A column that must be null (top units). */
  nullColumn?: string;
  /**
   * Columns of a related row read in the same statement (a LEFT JOIN on `on`), set on each row as
   * `as` → property of `entity`; null when the row has no relation.
   */
  join?: { entity: EntityTarget<ObjectLiteral>; on: string; columns: Record<string, string> };
}

const built = new WeakMap<DataSource, Map<string, RowReader<any>>>();

export function rowReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: string, options: ReadOptions = {}): RowReader<T> {
  const { order = {}, nullColumn, join } = options;
  const key = [dataSource.getMetadata(entity).name, column, ...Object.keys(order), nullColumn, join && join.on].join(' ');
  const readers = built.get(dataSource) ?? new Map<string, RowReader<any>>();
  built.set(dataSource, readers);
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = buildReader(dataSource, entity, column, options)));
  return reader;
}

function buildReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: string, { order = {}, nullColumn, join }: ReadOptions): RowReader<T> {
  const metadata = dataSource.getMetadata(entity);
  const { driver } = dataSource;
  const q = (name: string) => driver.escape(name);
  const named = (property: string, of = metadata) => {
    const found = of.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${of.name} has no column ${property}`);
    return found;
  };
  const own = (property: string) => `r.${q(named(property).databaseName)}`;
  const selected = [columnList(dataSource, entity, 'r')];
  let from = `${q(metadata.tableName)} r`;
  const joined: { as: string; column: ReturnType<typeof named> }[] = [];
  if (join) {
    const other = dataSource.getMetadata(join.entity);
    for (const [as, property] of Object.entries(join.columns)) {
      const column = named(property, other);
      joined.push({ as, column });
      selected.push(`j.${q(column.databaseName)} AS ${q(`j_${as}`)}`);
    }
    from += ` LEFT JOIN ${q(other.tableName)} j ON j.${q(other.primaryColumns[0].databaseName)} = ${own(join.on)}`;
  }
  const head = `SELECT ${selected.join(', ')} FROM ${from} WHERE ${own(column)} IN (`;
  const sorted = Object.keys(order).map((property) => `${own(property)} ASC`);
  const tail = `)${nullColumn ? ` AND ${own(nullColumn)} IS NULL` : ''}${sorted.length ? ` ORDER BY ${sorted.join(', ')}` : ''}`;
  const hydrate = hydrator<T>(dataSource, entity);
  return async (ids) => {
    const placeholders = ids.map((_, i) => driver.createParameter(`id${i}`, i)).join(', ');
    const raw: Record<string, unknown>[] = await dataSource.query(head + placeholders + tail, [...ids]);
    return raw.map((values) => {
      const row = hydrate(values) as Record<string, unknown>;
      for (const { as, column } of joined) {
        const value = values[`j_${as}`];
        row[as] = value === null || value === undefined ? null : driver.prepareHydratedValue(value, column);
      }
      return row as T;
    });
  };
}

/** Turns a raw row of every column of `entity` into an entity, column by column through the driver. */
export function hydrator<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): (values: Record<string, unknown>) => T {
  const metadata = dataSource.getMetadata(entity);
  const { driver } = dataSource;
  const { columns } = metadata;
  const prototype = (metadata.target as { prototype: object }).prototype;
  return (values) => {
    const row = Object.create(prototype) as Record<string, unknown>;
    for (const c of columns) row[c.propertyName] = driver.prepareHydratedValue(values[c.databaseName], c);
    return row as T;
  };
}

/** Every column of `entity` as a SELECT list, for raw rows `hydrator` reads. */
export function columnList(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const { driver } = dataSource;
  return dataSource
    .getMetadata(entity)
    .columns.map((c) => `${alias}.${driver.escape(c.databaseName)}`)
    .join(', ');
}
