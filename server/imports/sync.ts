/**
 * Writes a derived org graph over what is stored, by key, so that IDs stay stable:
 * rows that still exist are updated in place, new ones inserted, vanished ones deleted.
 * An undocumented position whose own document arrives is taken over, not duplicated.
 */
import { In, type EntityManager } from 'typeorm';
import type { OrgGraph } from '../org/graph.js';
import { Unit } from '../org/unit.entity.js';
import { UnitAlias } from '../org/unit-alias.entity.js';
import { Position } from '../org/position.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';
import { ReportingConflict } from '../org/reporting-conflict.entity.js';
import { unitKey } from '../ingest/estonian/units.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export const emptyCounts = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

interface Counters {
  units: ChangeCounts;
  positions: ChangeCounts;
  relations: ChangeCounts;
}

/** SQLite allows 32,766 bound variables per statement; rows are written in slices well below it. */
const CHUNK = 200;

async function insertChunked<T extends object>(em: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await em.insert(entity, rows.slice(i, i + CHUNK) as never);
}

async function deleteChunked(em: EntityManager, entity: new () => object, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await em.delete(entity, { rowId: In(ids.slice(i, i + CHUNK)) });
}

/** Row IDs by key for an organisation's rows of a keyed table (units, positions), read in one statement. */
async function idsByKey(em: EntityManager, entity: typeof Unit | typeof Position, organizationId: number): Promise<Map<string, number>> {
  const rows: { key: string; rowId: number }[] = await em.find(entity as typeof Unit, { select: { rowId: true, key: true }, where: { organizationId } });
  return new Map(rows.map((r) => [r.key, r.rowId]));
}

/**
 * Sets one integer column of many rows in a few statements (UPDATE … SET c = CASE id WHEN … END),
 * instead of one statement per row. The CAST types NULLs for PostgreSQL.
 */
async function updateColumnChunked(em: EntityManager, entity: typeof Position, property: 'managerId', values: Map<number, number | null>): Promise<void> {
  const entries = [...values];
  for (let i = 0; i < entries.length; i += CHUNK) {
    const slice = entries.slice(i, i + CHUNK);
    const parameters: Record<string, number | null> = {};
    const cases = slice.map(([id, value], j) => {
      parameters[`i${j}`] = id;
      parameters[`v${j}`] = value;
      return `WHEN :i${j} THEN CAST(:v${j} AS INTEGER)`;
    });
    await em
      .createQueryBuilder()
      .update(entity)
      .set({ [property]: () => `CASE id ${cases.join(' ')} END` })
      .where('id IN (:...ids)', { ids: slice.map(([id]) => id) })
      .setParameters(parameters)
      .execute();
  }
}

function changed<T extends object>(row: T, values: Partial<T>): boolean {
  return Object.entries(values).some(([k, v]) => (row as Record<string, unknown>)[k] !== v);
}

export async function syncGraph(
  em: EntityManager,
  organizationId: number,
  graph: OrgGraph,
  jobDescriptionIds: Map<string, number>,
  counts: Counters,
): Promise<SyncedIds> {
  const unitIds = await syncUnits(em, organizationId, graph, counts.units);
  await syncAliases(em, graph, unitIds);
  const positionIds = await syncPositions(em, organizationId, graph, unitIds, jobDescriptionIds, counts);
  await syncSubstitutions(em, organizationId, graph, positionIds, unitIds, counts.relations);
  await syncConflicts(em, organizationId, graph, positionIds);
  return { unitIds, positionIds };
}

/** Row IDs of the synchronised rows by graph key. */
export interface SyncedIds {
  unitIds: Map<string, number>;
  positionIds: Map<string, number>;
}

/** Conflicts are derived from the documents on every build; they are replaced whole. */
async function syncConflicts(em: EntityManager, organizationId: number, graph: OrgGraph, positionIds: Map<string, number>): Promise<void> {
  await em.delete(ReportingConflict, { organizationId });
  await insertChunked(
    em,
    ReportingConflict,
    graph.conflicts.map((c) => ({
      organizationId,
      kind: c.kind,
      subordinateId: positionIds.get(c.subordinateKey)!,
      claimedManagerId: positionIds.get(c.claimedManagerKey)!,
      statedManagerId: c.statedManagerKey ? positionIds.get(c.statedManagerKey)! : null,
    })),
  );
}

/** New units are inserted a level at a time, so that each level's parents have IDs. */
async function syncUnits(em: EntityManager, organizationId: number, graph: OrgGraph, counts: ChangeCounts): Promise<Map<string, number>> {
  const existing = new Map((await em.find(Unit, { where: { organizationId } })).map((u) => [u.key, u]));
  const ids = new Map<string, number>();
  const levels = new Map<number, OrgGraph['units']>();
  for (const unit of graph.units) {
    const level = levels.get(unit.depth);
    if (level) level.push(unit);
    else levels.set(unit.depth, [unit]);
  }
  for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
    const inserts: Partial<Unit>[] = [];
    for (const unit of levels.get(depth)!) {
      const values = {
        name: unit.name,
        kind: unit.kind,
        depth: unit.depth,
        parentId: unit.parentKey ? ids.get(unit.parentKey)! : null,
      };
      const row = existing.get(unit.key);
      if (!row) {
        inserts.push({ organizationId, key: unit.key, ...values });
        counts.created++;
        continue;
      }
      ids.set(unit.key, row.rowId);
      if (changed(row, values)) {
        await em.update(Unit, { rowId: row.rowId }, values);
        counts.updated++;
      } else counts.unchanged++;
    }
    if (inserts.length === 0) continue;
    await insertChunked(em, Unit, inserts);
    const stored = await idsByKey(em, Unit, organizationId);
    for (const unit of inserts) ids.set(unit.key!, stored.get(unit.key!)!);
  }
  const gone = [...existing.values()].filter((u) => !ids.has(u.key)).map((u) => u.rowId);
  await deleteChunked(em, Unit, gone);
  counts.removed += gone.length;
  return ids;
}

/** Aliases are derived from the merges of this build; they are replaced whole. */
async function syncAliases(em: EntityManager, graph: OrgGraph, unitIds: Map<string, number>): Promise<void> {
  const ids = [...unitIds.values()];
  for (let i = 0; i < ids.length; i += CHUNK) await em.delete(UnitAlias, { unitId: In(ids.slice(i, i + CHUNK)) });
  const rows = graph.merges.filter((merge) => !merge.positionKey).map((merge) => ({
    unitId: unitIds.get(merge.path.map(unitKey).join('/'))!,
    name: merge.alias,
    reason: merge.reason,
  }));
  await insertChunked(em, UnitAlias, rows.filter((r) => r.unitId));
}

async function syncPositions(
  em: EntityManager,
  organizationId: number,
  graph: OrgGraph,
  unitIds: Map<string, number>,
  jobDescriptionIds: Map<string, number>,
  counts: Counters,
): Promise<Map<string, number>> {
  const stored = await em.find(Position, { where: { organizationId } });
  const byKey = new Map(stored.map((p) => [p.key, p]));
  const derivedKeys = new Set(graph.positions.map((p) => p.key));
  // Undocumented rows that no longer derive: candidates for takeover by a new document.
  const orphans = stored.filter((p) => !derivedKeys.has(p.key) && !p.documented);
  const ids = new Map<string, number>();
  const previousManager = new Map<string, number | null>();

  const inserts: Partial<Position>[] = [];
  for (const position of graph.positions) {
    const values = {
      key: position.key,
      unitId: position.unitKey ? unitIds.get(position.unitKey)! : null,
      title: position.title,
      titleKey: position.titleKey,
      specialization: position.specialization,
      documented: position.documentKey !== null,
      jobDescriptionId: position.documentKey ? jobDescriptionIds.get(position.documentKey)! : null,
      holderName: position.holder,
      aliases: (position.aliases ?? []).join('\n') || null,
    };
    let row = byKey.get(position.key);
    if (!row && orphans.length) {
      const index = orphans.findIndex((o) => o.unitId === values.unitId && o.titleKey === values.titleKey);
      if (index >= 0) row = orphans.splice(index, 1)[0];
    }
    if (!row) {
      inserts.push({ organizationId, ...values, managerId: null });
      previousManager.set(position.key, null);
      counts.positions.created++;
      continue;
    }
    ids.set(position.key, row.rowId);
    previousManager.set(position.key, row.managerId);
    if (changed(row, values)) {
      await em.update(Position, { rowId: row.rowId }, values);
      counts.positions.updated++;
    } else counts.positions.unchanged++;
  }
  if (inserts.length) {
    await insertChunked(em, Position, inserts);
    const stored = await idsByKey(em, Position, organizationId);
    for (const position of inserts) ids.set(position.key!, stored.get(position.key!)!);
  }

  const kept = new Set(ids.values());
  const goneRows = stored.filter((p) => !kept.has(p.rowId));
  const gone = goneRows.map((p) => p.rowId);
  for (let i = 0; i < gone.length; i += CHUNK) {
    await em.update(Position, { managerId: In(gone.slice(i, i + CHUNK)) }, { managerId: null });
  }
  await deleteChunked(em, Position, gone);
  counts.positions.removed += gone.length;
  counts.relations.removed += goneRows.filter((p) => p.managerId !== null).length;

  // Reporting lines, now that every position has an id.
  const managers = new Map<number, number | null>();
  for (const position of graph.positions) {
    const managerId = position.managerKey ? ids.get(position.managerKey)! : null;
    const before = previousManager.get(position.key) ?? null;
    if (managerId === before) {
      if (managerId !== null) counts.relations.unchanged++;
      continue;
    }
    managers.set(ids.get(position.key)!, managerId);
    if (managerId === null) counts.relations.removed++;
    else if (before === null) counts.relations.created++;
    else counts.relations.updated++;
  }
  await updateColumnChunked(em, Position, 'managerId', managers);
  return ids;
}

interface EndColumns {
  id: number | null;
  groupId: number | null;
  /** The name a document gives a group or placeholder. */
  label: string | null;
  code: string;
}

/** The columns of one end of a line, from its graph key (position, `group:` or `placeholder:`). */
function endColumns(key: string, positionIds: Map<string, number>, unitIds: Map<string, number>, labels: Map<string, string>): EndColumns {
  if (key.startsWith('placeholder:')) {
    const label = key.slice('placeholder:'.length);
    return { id: null, groupId: null, label, code: `x:${label}` };
  }
  if (key.startsWith('group:')) {
    const groupId = unitIds.get(key.slice('group:'.length))!;
    return { id: null, groupId, label: labels.get(key) ?? null, code: `g${groupId}` };
  }
  const id = positionIds.get(key)!;
  return { id, groupId: null, label: null, code: `p${id}` };
}

async function syncSubstitutions(
  em: EntityManager,
  organizationId: number,
  graph: OrgGraph,
  positionIds: Map<string, number>,
  unitIds: Map<string, number>,
  counts: ChangeCounts,
): Promise<void> {
  const stored = await em.find(SubstitutionLine, { where: { organizationId } });
  const byPair = new Map(stored.map((l) => [l.pairKey, l]));
  const seen = new Set<string>();
  const inserts: Partial<SubstitutionLine>[] = [];
  for (const line of graph.substitutions) {
    const substitute = endColumns(line.substituteKey, positionIds, unitIds, graph.groupLabels);
    const substituted = endColumns(line.substitutedKey, positionIds, unitIds, graph.groupLabels);
    const pairKey = `${substitute.code}>${substituted.code}`;
    seen.add(pairKey);
    const values = { substitutedListOrder: line.substitutedListOrder, substituteListOrder: line.substituteListOrder };
    const row = byPair.get(pairKey);
    if (!row) {
      inserts.push({
        organizationId,
        pairKey,
        substituteId: substitute.id,
        substituteGroupId: substitute.groupId,
        substituteLabel: substitute.label,
        substitutedId: substituted.id,
        substitutedGroupId: substituted.groupId,
        substitutedLabel: substituted.label,
        ...values,
      });
      counts.created++;
    } else if (changed(row, values)) {
      await em.update(SubstitutionLine, { rowId: row.rowId }, values);
      counts.updated++;
    } else counts.unchanged++;
  }
  await insertChunked(em, SubstitutionLine, inserts);
  const gone = stored.filter((l) => !seen.has(l.pairKey)).map((l) => l.rowId);
  await deleteChunked(em, SubstitutionLine, gone);
  counts.removed += gone.length;
}
