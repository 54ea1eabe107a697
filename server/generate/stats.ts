/**
 * What a generated organisation holds, counted from the generator's model in the importer's
 * terms: the numbers an import of its documents must report.
 */
import type { GenOrganization, GenPosition } from './model.js';
import type { Planted, PlantedKind } from './plant.js';

export interface GenerationStats {
  organization: string;
  seed: number;
  units: { departments: number; divisions: number; teams: number; total: number };
  positions: {
    total: number;
    /** With a job description: one file each. */
    documented: number;
    /** Named by other documents but without a job description of their own. */
    undocumented: number;
  };
  /** Documented positions naming a manager (undocumented ones have no document to name one). */
  reportingLines: number;
  substitutionLines: {
    total: number;
    confirmed: number;
    unconfirmed: number;
    contradicted: number;
    /** Lines whose substitute is a group of a unit's staff, or a placeholder. */
    toGroups: number;
    toPlaceholders: number;
  };
  /** Direct reports of unit heads: the unit's own staff plus the heads of its sub-units. */
  spans: { min: number; max: number };
  /** Positions on which each kind of gap was planted. */
  plantedGaps: Partial<Record<PlantedKind, number>>;
}

export function countStats(organization: GenOrganization, seed: number, planted: Planted[]): GenerationStats {
  const { positions, units } = organization;
  const documented = positions.filter((p) => p.documented).length;
  const spans = units.map((u) => u.positions.length - 1 + u.children.length);
  const plantedGaps: Partial<Record<PlantedKind, number>> = {};
  for (const { kind } of planted) plantedGaps[kind] = (plantedGaps[kind] ?? 0) + 1;
  return {
    organization: organization.name,
    seed,
    units: {
      departments: units.filter((u) => u.kind === 'DEPARTMENT').length,
      divisions: units.filter((u) => u.kind === 'DIVISION').length,
      teams: units.filter((u) => u.kind === 'TEAM').length,
      total: units.length,
    },
    positions: { total: positions.length, documented, undocumented: positions.length - documented },
    reportingLines: positions.filter((p) => p.documented && p.manager).length,
    substitutionLines: countLines(positions),
    spans: { min: spans.length ? Math.min(...spans) : 0, max: spans.length ? Math.max(...spans) : 0 },
    plantedGaps,
  };
}

/** Lines as the importer derives them from both lists: one per pair of ends, whichever document states it. */
function countLines(positions: GenPosition[]): GenerationStats['substitutionLines'] {
  // Keyed by both ends' ids in one number: positions are fewer than 2^20.
  const lines = new Map<number, { substitute: GenPosition; substituted: GenPosition; bySubstituted: boolean; bySubstitute: boolean }>();
  const counts = { total: 0, confirmed: 0, unconfirmed: 0, contradicted: 0, toGroups: 0, toPlaceholders: 0 };
  const line = (substitute: GenPosition, substituted: GenPosition) => {
    const id = substitute.id * 2 ** 20 + substituted.id;
    let found = lines.get(id);
    if (!found) lines.set(id, (found = { substitute, substituted, bySubstituted: false, bySubstitute: false }));
    return found;
  };
  for (const position of positions) {
    if (!position.documented) continue;
    const others = new Set<string>();
    for (const end of position.kes) {
      if (end.kind === 'POSITION') line(end.position, position).bySubstituted = true;
      else if (end.kind === 'GROUP') others.add(`group:${end.unit.id}`);
      else if (end.kind === 'PLACEHOLDER') others.add(`placeholder:${end.label}`);
    }
    for (const substituted of position.keda) line(position, substituted).bySubstitute = true;
    for (const other of others) counts[other.startsWith('group:') ? 'toGroups' : 'toPlaceholders']++;
  }
  for (const { substitute, substituted, bySubstituted, bySubstitute } of lines.values()) {
    const silent = bySubstituted ? substitute : substituted;
    if (bySubstituted && bySubstitute) counts.confirmed++;
    else if (silent.documented) counts.contradicted++;
    else counts.unconfirmed++;
  }
  counts.unconfirmed += counts.toGroups + counts.toPlaceholders;
  counts.total = lines.size + counts.toGroups + counts.toPlaceholders;
  return counts;
}
