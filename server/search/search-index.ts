/**
 * The full-text index of positions: titles, unit names, purposes, duties and their expected
 * results. Rebuilt for an organisation inside each import's transaction.
 */
import type { EntityManager } from 'typeorm';
import { Position } from '../org/position.entity.js';
import { Unit } from '../org/unit.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import type { SearchDocument } from './backend.js';
import { searchBackend } from './search.service.js';

export async function rebuildSearchIndex(em: EntityManager, organizationId: number): Promise<void> {
  // One after another: inside a transaction they share one connection.
  const positions = await em.find(Position, { where: { organizationId } });
  const units = await em.find(Unit, { where: { organizationId } });
  const descriptions = await em.find(JobDescription, { where: { organizationId } });
  const unitById = new Map(units.map((u) => [u.rowId, u]));
  const descriptionById = new Map(descriptions.map((d) => [d.rowId, d]));
  const unitPath = (id: number | null): string[] => {
    const unit = id ? unitById.get(id) : undefined;
    return unit ? [...unitPath(unit.parentId), unit.name] : [];
  };
  const documents: SearchDocument[] = positions.map((p) => {
    const doc = p.jobDescriptionId ? descriptionById.get(p.jobDescriptionId)?.document : undefined;
    return {
      positionId: p.rowId,
      title: p.title,
      unit: unitPath(p.unitId).join(' › '),
      purpose: doc?.purpose ?? '',
      duties: doc ? doc.duties.map((d) => [d.text, ...d.results].join(' ')).join('\n') : '',
    };
  });
  await searchBackend(em).replace(em, organizationId, documents);
}
