/**
 * Reads what an import stored into plain strings that read like the org chart,
 * so that tests can state the expected graph exactly.
 */
import type { DataSource } from 'typeorm';
import { Unit } from '../../server/org/unit.entity.js';
import { Position } from '../../server/org/position.entity.js';
import { SubstitutionLine } from '../../server/substitution/substitution-line.entity.js';

export interface GraphSnapshot {
  /** "Department › Division › Team (KIND)" */
  units: string[];
  /** "Title @ Unit"; a star after the title marks an undocumented position: "Tiimijuht* @ Unit". */
  positions: string[];
  /** "Title @ Unit → Manager title @ Unit" */
  reporting: string[];
  /** "Substitute @ Unit ⇒ Substituted @ Unit {stated by: substituted#order, substitute#order}" */
  substitutions: string[];
  ids: { positions: Map<string, number>; units: Map<string, number> };
}

export async function snapshot(dataSource: DataSource): Promise<GraphSnapshot> {
  const units = await dataSource.getRepository(Unit).find();
  const positions = await dataSource.getRepository(Position).find();
  const lines = await dataSource.getRepository(SubstitutionLine).find();
  const unitById = new Map(units.map((u) => [u.rowId, u]));
  const positionById = new Map(positions.map((p) => [p.rowId, p]));
  const path = (id: number | null): string[] => {
    const unit = id ? unitById.get(id) : undefined;
    return unit ? [...path(unit.parentId), unit.name] : [];
  };
  const where = (p: Position) => `${p.title}${p.documented ? '' : '*'} @ ${path(p.unitId).at(-1) ?? '(top)'}`;
  // Groups and placeholders show as their label in brackets.
  const end = (id: number | null, label: string | null) => (id ? where(positionById.get(id)!) : `[${label}]`);
  const stated = (l: SubstitutionLine) =>
    [l.substitutedListOrder !== null ? `substituted#${l.substitutedListOrder}` : null, l.substituteListOrder !== null ? `substitute#${l.substituteListOrder}` : null]
      .filter(Boolean)
      .join(', ');
  return {
    units: units.map((u) => `${path(u.rowId).join(' › ')} (${u.kind})`).sort(),
    positions: positions.map(where).sort(),
    reporting: positions.filter((p) => p.managerId).map((p) => `${where(p)} → ${where(positionById.get(p.managerId!)!)}`).sort(),
    substitutions: lines
      .map((l) => `${end(l.substituteId, l.substituteLabel)} ⇒ ${end(l.substitutedId, l.substitutedLabel)} {${stated(l)}}`)
      .sort(),
    ids: {
      positions: new Map(positions.map((p) => [where(p), p.rowId])),
      units: new Map(units.map((u) => [u.name, u.rowId])),
    },
  };
}
