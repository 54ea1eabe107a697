/**
 * Critical positions: whose absence alone leaves others uncovered, and per unit the smallest
 * number of simultaneous absences that leaves some position of the unit uncovered.
 */
import { indexGraph } from './graph-index.js';
import type { CoverageGraph, PositionId, UnitId } from './model.js';
import { positionFacts, scopePositions, scopeUnits } from './report.js';

export interface CriticalOptions {
  /** The unit (with its sub-units) to look at; null or undefined for the whole graph. */
  unitId?: UnitId | null;
  /** How many positions to return (default 10). */
  limit?: number;
}

export interface CriticalPosition {
  positionId: PositionId;
  /** How many other positions would have no available substitute if this one were away. */
  leavesUncovered: number;
  /** Those positions, ascending. */
  dependentIds: PositionId[];
}

export interface UnitResilience {
  unitId: UnitId;
  /** Fewest simultaneous absences that leave a position of the unit (or its sub-units) uncovered; null if none can be. */
  minimumAbsences: number | null;
  /** The positions that reach that minimum, ascending. */
  weakestPositionIds: PositionId[];
}

export interface CriticalPositions {
  /** Most dependents first, then by id; only positions with at least one dependent. */
  positions: CriticalPosition[];
  /** The scope unit and each unit below it (every unit for the whole graph), each before its sub-units. */
  units: UnitResilience[];
}

export function criticalPositions(graph: CoverageGraph, options: CriticalOptions = {}): CriticalPositions {
  const { unitId = null, limit = 10 } = options;
  const ix = indexGraph(graph);
  const facts = positionFacts(ix);

  // A position depends on X when X is its only substitute and that substitute is a position
  // (a placeholder is never away). Dependents are counted across the whole graph.
  const dependents = new Map<PositionId, PositionId[]>();
  facts.forEach((f, slot) => {
    if (f.sole === null) return;
    const list = dependents.get(f.sole);
    if (list) list.push(ix.ids[slot]);
    else dependents.set(f.sole, [ix.ids[slot]]);
  });
  const positions = scopePositions(ix, unitId)
    .flatMap((id) => {
      const ids = dependents.get(id);
      return ids ? [{ positionId: id, leavesUncovered: ids.length, dependentIds: [...ids].sort((a, b) => a - b) }] : [];
    })
    .sort((a, b) => b.leavesUncovered - a.leavesUncovered || a.positionId - b.positionId)
    .slice(0, Math.max(0, limit));

  // Leaving a position uncovered takes the position itself and each of its substitutes away;
  // a placeholder substitute is never away, so such a position can never be left uncovered.
  const absencesToUncover = (id: PositionId): number | null => {
    const { substitutes } = facts[ix.slot(id)];
    return substitutes.placeholders.length > 0 ? null : 1 + substitutes.count;
  };
  const units = scopeUnits(ix, unitId).map((id) => {
    let minimumAbsences: number | null = null;
    let weakest: PositionId[] = [];
    for (const member of ix.members(id)) {
      const needed = absencesToUncover(member);
      if (needed === null) continue;
      if (minimumAbsences === null || needed < minimumAbsences) {
        minimumAbsences = needed;
        weakest = [member];
      } else if (needed === minimumAbsences) weakest.push(member);
    }
    return { unitId: id, minimumAbsences, weakestPositionIds: weakest.sort((a, b) => a - b) };
  });
  return { positions, units };
}
