/**
 * Reading the org graph: lists with filters and paging, subtrees, reporting chains.
 * Relations of single rows go through the request's loaders instead.
 */
import { type DataSource } from 'typeorm';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';
import { Organization } from './organization.entity.js';
import { fromCursor, toPage, type Page } from '../common/connection.js';
import type { Loaders } from '../request/loaders.js';
import { columnList, hydrator } from '../common/row-reader.js';

export interface PositionFilter {
  unitRowId?: number | null;
  directOnly?: boolean;
  documented?: boolean | null;
  titleContains?: string | null;
  atTop?: boolean | null;
}

export function listOrganizations(dataSource: DataSource): Promise<Organization[]> {
  return dataSource.getRepository(Organization).find({ order: { name: 'ASC' } });
}

/** Plain SQL: the chart lists every unit of an organisation (tens of thousands) on opening. */
export async function listUnits(dataSource: DataSource, organizationRowId: number | null): Promise<Unit[]> {
  const where = organizationRowId ? ` WHERE u.organization_id = ${dataSource.driver.createParameter('organization', 0)}` : '';
  const raw: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${columnList(dataSource, Unit, 'u')} FROM ${dataSource.driver.escape('unit')} u${where} ORDER BY u.organization_id, u.depth, u.name, u.id`,
    organizationRowId ? [organizationRowId] : [],
  );
  return raw.map(hydrator(dataSource, Unit));
}

/** Positions directly in each unit that has any, of one organisation or all: no list of ids, so any size. */
export async function positionCountsByUnit(dataSource: DataSource, organizationRowId: number | null): Promise<Map<number, number>> {
  const query = dataSource.getRepository(Position).createQueryBuilder('p').select('p.unitId', 'unit').addSelect('COUNT(*)', 'count').where('p.unitId IS NOT NULL');
  if (organizationRowId) query.andWhere('p.organizationId = :organizationRowId', { organizationRowId });
  const rows: { unit: number; count: number | string }[] = await query.groupBy('p.unitId').getRawMany();
  return new Map(rows.map((r) => [Number(r.unit), Number(r.count)]));
}

/** Row ids of a unit and every unit below it. */
export async function subtreeIds(dataSource: DataSource, unitRowId: number): Promise<number[]> {
  const unit = await dataSource.getRepository(Unit).findOneBy({ rowId: unitRowId });
  if (!unit) return [];
  const all = await dataSource.getRepository(Unit).find({ where: { organizationId: unit.organizationId }, select: ['rowId', 'parentId'] });
  const children = new Map<number, number[]>();
  for (const u of all) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.rowId]);
  const out: number[] = [];
  const stack = [unitRowId];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export async function listPositions(dataSource: DataSource, filter: PositionFilter, first: number, after: string | null): Promise<Page<Position>> {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filter.unitRowId !== undefined && filter.unitRowId !== null) {
    const ids = filter.directOnly ? [filter.unitRowId] : await subtreeIds(dataSource, filter.unitRowId);
    conditions.push('p.unit_id IN (:...ids)');
    parameters.ids = ids.length ? ids : [-1];
  }
  if (filter.atTop !== undefined && filter.atTop !== null) conditions.push(filter.atTop ? 'p.unit_id IS NULL' : 'p.unit_id IS NOT NULL');
  if (filter.documented !== undefined && filter.documented !== null) {
    conditions.push('p.documented = :documented');
    parameters.documented = filter.documented;
  }
  if (filter.titleContains) {
    conditions.push("p.title_key LIKE :title ESCAPE '\\'");
    parameters.title = `%${escapeLike(filter.titleContains.toLocaleLowerCase('et'))}%`;
  }
  // Plain SQL: the chart reads every page of a large organisation, and building the statement
  // through the query builder cost more than running it.
  const table = `${dataSource.driver.escape('position')} p`;
  const where = (all: string[]) => (all.length ? ` WHERE ${all.join(' AND ')}` : '');
  const query = async <T>(sql: string): Promise<T[]> => dataSource.query(...dataSource.driver.escapeQueryWithParameters(sql, parameters, {}));

  const [counted] = await query<{ count: number | string }>(`SELECT COUNT(*) AS count FROM ${table}${where(conditions)}`);
  const totalCount = Number(counted?.count ?? 0);
  const afterId = after ? fromCursor(after) : null;
  if (afterId) {
    conditions.push('p.id > :afterId');
    parameters.afterId = afterId;
  }
  const raw = await query<Record<string, unknown>>(`SELECT ${columnList(dataSource, Position, 'p')} FROM ${table}${where(conditions)} ORDER BY p.id ASC LIMIT ${first + 1}`);
  return toPage(raw.map(hydrator(dataSource, Position)), first, totalCount, afterId !== null);
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/** The manager, the manager's manager, … up to the top (at most `bound` of them); stops at a cycle. */
export async function reportingChain(loaders: Loaders, position: Position, bound: number): Promise<Position[]> {
  const chain: Position[] = [];
  const seen = new Set([position.rowId]);
  for (let id = position.managerId; id && !seen.has(id) && chain.length < bound; ) {
    const manager = await loaders.position.load(id);
    if (!manager) break;
    chain.push(manager);
    seen.add(id);
    id = manager.managerId;
  }
  return chain;
}
