/**
 * The coverage graph of an organisation, and the reports made from it, kept in memory while the
 * organisation's graph version is unchanged. The chart pages through a report of thousands of
 * positions a hundred at a time: without this, every page would load the graph and analyse it again.
 * The version is read from the database on every request, so servers sharing one database never
 * answer from a graph another server has since rebuilt.
 */
import type { DataSource } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import { loadCoverageGraph } from './coverage.loader.js';
import type { CoverageGraph } from './model.js';

interface Entry {
  stamp: string;
  graph: CoverageGraph;
  /** Results computed from `graph`, by what they were asked with. */
  results: Map<string, unknown>;
}

/** Graphs kept per database; the oldest goes first. */
const KEPT = 4;
const byDatabase = new WeakMap<DataSource, Map<string, Entry>>();

export interface CachedGraph {
  graph: CoverageGraph;
  /** A result computed from this graph, made once by `compute` for each `key`. */
  derived<T>(key: string, compute: () => T): T;
}

export async function cachedCoverageGraph(dataSource: DataSource, organizationId: number | null): Promise<CachedGraph> {
  const stamp = await graphStamp(dataSource, organizationId);
  const entries = byDatabase.get(dataSource) ?? new Map<string, Entry>();
  byDatabase.set(dataSource, entries);
  const scope = String(organizationId ?? 'all');
  let entry = entries.get(scope);
  if (!entry || entry.stamp !== stamp) {
    entry = { stamp, graph: await loadCoverageGraph(dataSource, organizationId), results: new Map() };
    entries.delete(scope);
    entries.set(scope, entry);
    if (entries.size > KEPT) entries.delete(entries.keys().next().value!);
  }
  const { graph, results } = entry;
  return {
    graph,
    derived<T>(key: string, compute: () => T): T {
      if (!results.has(key)) results.set(key, compute());
      return results.get(key) as T;
    },
  };
}

/** Each organisation in scope with its graph version, in one statement. */
async function graphStamp(dataSource: DataSource, organizationId: number | null): Promise<string> {
  const rows = await dataSource.getRepository(Organization).find({
    select: { rowId: true, graphVersion: true },
    where: organizationId ? { rowId: organizationId } : {},
    order: { rowId: 'ASC' },
  });
  return rows.map((r) => `${r.rowId}:${r.graphVersion}`).join(',');
}
