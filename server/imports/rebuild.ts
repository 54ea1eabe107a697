/**
 * Rebuilding one organisation's graph from what is stored: its documents with HR's corrections
 * applied, then the derived rows (units, positions, lines, conflicts, the search index and the
 * review queue). Imports and corrections both end here, inside their transaction.
 */
import type { EntityManager } from 'typeorm';
import { JobDescription } from '../description/job-description.entity.js';
import { Organization } from '../org/organization.entity.js';
import { buildGraph, type GraphDocument, type OrgGraph } from '../org/graph.js';
import { syncGraph, type ChangeCounts } from './sync.js';
import { rebuildSearchIndex } from '../search/search-index.js';
import { Deadline } from '../limits/deadline.js';
import { correctedDocuments } from '../review/correction-rebuild.js';
import { syncReviewItems } from '../review/review-sync.js';

export interface RebuildCounters {
  units: ChangeCounts;
  positions: ChangeCounts;
  relations: ChangeCounts;
}

export async function rebuildOrganization(em: EntityManager, organizationId: number, counters: RebuildCounters, deadline: Deadline = Deadline.none()): Promise<OrgGraph> {
  const stored = await em.find(JobDescription, { where: { organizationId } });
  const corrected = await correctedDocuments(em, organizationId, stored);
  const docs: GraphDocument[] = stored.map((d) => ({ key: d.sourceName, parsed: corrected.get(d.rowId) ?? d.document, text: d.sourceText }));
  deadline.check();
  const graph = buildGraph(docs);
  const jobDescriptionIds = new Map(stored.map((d) => [d.sourceName, d.rowId]));
  deadline.check();
  const ids = await syncGraph(em, organizationId, graph, jobDescriptionIds, counters);
  deadline.check();
  await rebuildSearchIndex(em, organizationId);
  // In the same transaction: a reader never sees the new version with the old graph.
  await em.increment(Organization, { rowId: organizationId }, 'graphVersion', 1);
  await syncReviewItems(em, organizationId, { stored, used: docs, graph, ...ids });
  return graph;
}
