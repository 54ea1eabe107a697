/**
 * The full-text index of positions (SQLite FTS5): titles, unit names, purposes, duties and
 * their expected results. Rebuilt for an organisation inside each import's transaction.
 */
import type { EntityManager } from 'typeorm';
import { Position } from '../org/position.entity.js';
import { Unit } from '../org/unit.entity.js';
import { JobDescription } from '../description/job-description.entity.js';

const CHUNK = 100;

export async function rebuildSearchIndex(em: EntityManager, organizationId: number): Promise<void> {
  await em.query('DELETE FROM position_search WHERE organization_id = ?', [organizationId]);
  const [positions, units, descriptions] = await Promise.all([
    em.find(Position, { where: { organizationId } }),
    em.find(Unit, { where: { organizationId } }),
    em.find(JobDescription, { where: { organizationId } }),
  ]);
  const unitById = new Map(units.map((u) => [u.rowId, u]));
  const descriptionById = new Map(descriptions.map((d) => [d.rowId, d]));
  const unitPath = (id: number | null): string[] => {
    const unit = id ? unitById.get(id) : undefined;
    return unit ? [...unitPath(unit.parentId), unit.name] : [];
  };
  const rows = positions.map((p) => {
    const doc = p.jobDescriptionId ? descriptionById.get(p.jobDescriptionId)?.document : undefined;
    return [
      p.title,
      unitPath(p.unitId).join(' › '),
      doc?.purpose ?? '',
      doc ? doc.duties.map((d) => [d.text, ...d.results].join(' ')).join('\n') : '',
      p.rowId,
      organizationId,
    ];
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const slice = rows.slice(i, i + CHUNK);
    await em.query(
      `INSERT INTO position_search (title, unit, purpose, duties, position_id, organization_id) VALUES ${slice.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      slice.flat(),
    );
  }
}
