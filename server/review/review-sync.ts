/**
 * Derives the review queue after a rebuild and synchronises it by key (being written: see issue #13).
 */
import type { EntityManager } from 'typeorm';
import type { JobDescription } from '../description/job-description.entity.js';
import type { OrgGraph } from '../org/graph.js';

export interface ReviewSources {
  stored: JobDescription[];
  graph: OrgGraph;
  /** Position row IDs by graph key. */
  positionIds: Map<string, number>;
  /** Unit row IDs by graph key. */
  unitIds: Map<string, number>;
}

export async function syncReviewItems(_em: EntityManager, _organizationId: number, _sources: ReviewSources): Promise<void> {}
