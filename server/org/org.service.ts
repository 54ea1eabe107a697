/**
 * Reading the org graph: lists with filters and paging, subtrees, reporting chains.
 * Relations of single rows go through the request's loaders instead.
 */
import { type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';
import { Organization } from './organization.entity.js';
import { fromCursor, toPage, type Page } from '../common/connection.js';
import type { Loaders } from '../common/loaders.js';

export interface PositionFilter {
  unitRowId?: number | null;
  directOnly?: boolean;
  documented?: boolean | null;
  titleContains?: string | null;
}

export function listOrganizations(dataSource: DataSource): Promise<Organization[]> {
  return dataSource.getRepository(Organization).find({ order: { name: 'ASC' } });
}

export function listUnits(dataSource: DataSource, organizationRowId: number | null): Promise<Unit[]> {
  return dataSource.getRepository(Unit).find({
    where: organizationRowId ? { organizationId: organizationRowId } : {},
    order: { organizationId: 'ASC', depth: 'ASC', name: 'ASC', rowId: 'ASC' },
  });
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
  const base = dataSource.getRepository(Position).createQueryBuilder('p');
  if (filter.unitRowId !== undefined && filter.unitRowId !== null) {
    const ids = filter.directOnly ? [filter.unitRowId] : await subtreeIds(dataSource, filter.unitRowId);
    base.andWhere('p.unit_id IN (:...ids)', { ids: ids.length ? ids : [-1] });
  }
  if (filter.documented !== undefined && filter.documented !== null) base.andWhere('p.documented = :documented', { documented: filter.documented });
  if (filter.titleContains) base.andWhere("p.title_key LIKE :title ESCAPE '\\'", { title: `%${escapeLike(filter.titleContains.toLocaleLowerCase('et'))}%` });

  // getCount() counts DISTINCT ids, which sorts every row of the list; without joins COUNT(*) is the same number.
  const counted: { count: number | string } | undefined = await base.clone().select('COUNT(*)', 'count').getRawOne();
  const totalCount = Number(counted?.count ?? 0);
  const afterId = after ? fromCursor(after) : null;
  const page: SelectQueryBuilder<Position> = base.clone().orderBy('p.id', 'ASC').take(first + 1);
  if (afterId) page.andWhere('p.id > :afterId', { afterId });
  const rows = await page.getMany();
  return toPage(rows, first, totalCount, afterId !== null);
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/** The manager, the manager's manager, … up to the top; stops at a cycle. */
export async function reportingChain(loaders: Loaders, position: Position): Promise<Position[]> {
  const chain: Position[] = [];
  const seen = new Set([position.rowId]);
  for (let id = position.managerId; id && !seen.has(id); ) {
    const manager = await loaders.position.load(id);
    if (!manager) break;
    chain.push(manager);
    seen.add(id);
    id = manager.managerId;
  }
  return chain;
}
