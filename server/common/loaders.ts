/**
 * Per-request batch loaders: every relation a query touches costs one statement per
 * relation kind, however many rows the query returns.
 */
import DataLoader from 'dataloader';
import { type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { rowReader, type ReadOptions } from './row-reader.js';
import { Organization } from '../org/organization.entity.js';
import { Unit } from '../org/unit.entity.js';
import { UnitAlias } from '../org/unit-alias.entity.js';
import { Position } from '../org/position.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';

type Keyed = ObjectLiteral & { rowId: number };

/**
 * Most ids one statement binds: SQLite takes at most 32,766 bound values, PostgreSQL 65,535; a
 * request that needs more (a whole large organisation's substitutes) costs a statement per batch.
 */
export const MAX_BATCH = 5_000;

function byId<T extends Keyed>(dataSource: DataSource, entity: EntityTarget<T>, maxBatchSize: number): DataLoader<number, T | null> {
  const read = rowReader(dataSource, entity, 'rowId');
  return new DataLoader(async (ids) => {
    const rows = await read(ids);
    const map = new Map(rows.map((r) => [r.rowId, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, { maxBatchSize });
}

function groupedBy<T extends ObjectLiteral>(
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
async function countBy<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string, ids: readonly number[]): Promise<Map<number, number>> {
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

/** A substitution line with what its edges show of the position on the other end (null for a group or placeholder). */
export type LineWithEnd = SubstitutionLine & { endTitle: string | null; endDocumented: boolean | null };

const lineEnd = (on: 'substituteId' | 'substitutedId'): ReadOptions['join'] => ({ entity: Position, on, columns: { endTitle: 'title', endDocumented: 'documented' } });

/** This request's loaders; `batch`: most ids one statement binds. */
export function createLoaders(dataSource: DataSource, batch = MAX_BATCH) {
  return {
    organization: byId(dataSource, Organization, batch),
    unit: byId(dataSource, Unit, batch),
    position: byId(dataSource, Position, batch),
    jobDescription: byId(dataSource, JobDescription, batch),
    // Ties end in id order, so that every query (and every server process) lists them alike.
    unitsByParent: groupedBy(dataSource, Unit, 'parentId', { order: { name: 'ASC', rowId: 'ASC' } }, batch),
    unitsByOrganization: groupedBy(dataSource, Unit, 'organizationId', { order: { depth: 'ASC', name: 'ASC', rowId: 'ASC' } }, batch),
    topUnitsByOrganization: groupedBy(dataSource, Unit, 'organizationId', { order: { depth: 'ASC', name: 'ASC', rowId: 'ASC' }, nullColumn: 'parentId' }, batch),
    aliasesByUnit: groupedBy(dataSource, UnitAlias, 'unitId', { order: { name: 'ASC', rowId: 'ASC' } }, batch),
    positionsByUnit: groupedBy(dataSource, Position, 'unitId', { order: { documented: 'ASC', title: 'ASC', rowId: 'ASC' } }, batch),
    positionCountByUnit: new DataLoader<number, number>(async (ids) => {
      const counts = await countBy(dataSource, Position, 'unitId', ids);
      return ids.map((id) => counts.get(id)!);
    }, { maxBatchSize: batch }),
    reportsByManager: groupedBy(dataSource, Position, 'managerId', { order: { title: 'ASC', rowId: 'ASC' } }, batch),
    // Each line with the title and documented flag of its other end, which every edge shows.
    linesBySubstituted: groupedBy<LineWithEnd>(dataSource, SubstitutionLine, 'substitutedId', { order: { rowId: 'ASC' }, join: lineEnd('substituteId') }, batch),
    linesBySubstitute: groupedBy<LineWithEnd>(dataSource, SubstitutionLine, 'substituteId', { order: { rowId: 'ASC' }, join: lineEnd('substitutedId') }, batch),
    /**
     * What this request has already read, for resolvers to answer at once: a list of thousands of
     * units, or a page of positions with their substitutes, then completes without a promise (and
     * its garbage) per item.
     */
    known: { units: new Map<number, Unit>(), positionCounts: new Map<number, number>(), linesBySubstituted: new Map<number, LineWithEnd[]>() },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Reads the substitution lines into these positions ahead, for their `substitutes` to answer at once. */
export async function readLinesAhead(loaders: Loaders, positionRowIds: number[]): Promise<void> {
  const lists = await loaders.linesBySubstituted.loadMany(positionRowIds);
  positionRowIds.forEach((id, i) => {
    const lines = lists[i];
    if (Array.isArray(lines)) loaders.known.linesBySubstituted.set(id, lines);
  });
}
