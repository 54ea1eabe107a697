import type { DataSource } from 'typeorm';
import { Unit } from '../org/unit.entity.js';
import { loadCoverageGraph } from './coverage.loader.js';
import { analyzeCoverage } from './index.js';
import { gapWorklist, type WorklistRow } from './worklist.js';
import { Deadline } from '../limits/deadline.js';

export class UnknownUnitError extends Error {}

/** The gap worklist of one unit (and the units below it), or of everything. */
export async function loadWorklist(dataSource: DataSource, unitRowId: number | null, deadline: Deadline = Deadline.none()): Promise<WorklistRow[]> {
  let organizationId: number | null = null;
  if (unitRowId !== null) {
    const unit = await dataSource.getRepository(Unit).findOneBy({ rowId: unitRowId });
    if (!unit) throw new UnknownUnitError('no unit with that ID');
    organizationId = unit.organizationId;
  }
  const graph = await loadCoverageGraph(dataSource, organizationId);
  deadline.check();
  return gapWorklist(graph, analyzeCoverage(graph, { unitId: unitRowId, tick: () => deadline.tick() }));
}
