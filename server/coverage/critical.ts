/**
 * Critical positions: whose absence alone leaves others uncovered, and per unit the smallest
 * number of simultaneous absences that leaves some position of the unit uncovered.
 */
import { indexGraph } from './graph-index.js';
import { NO_TICK, type CoverageGraph, type PositionId, type Tick, type UnitId } from './model.js';
import { factsAt, requireUnit, scopeUnits } from './report.js';

export interface CriticalOptions {
  /** The unit (with its sub-units) to look at; null or undefined for the whole graph. */
  unitId?: UnitId | null;
  /** How many positions to return (default 10). */
  limit?: number;
  /** Called for every position and unit looked at (see Tick). */
  tick?: Tick;
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
  const { unitId = null, limit = 10, tick = NO_TICK } = options;
  const ix = indexGraph(graph);
  // A position depends on X when X is its only substitute and that substitute is a position
  // (a placeholder is never away). Dependents are counted across the whole graph.
  // Leaving a position uncovered takes the position itself and each of its substitutes away;
  // a placeholder substitute is never away, so such a position can never be left uncovered (-1).
  const dependents = new Map<PositionId, PositionId[]>();
  const neededByTour = new Int32Array(ix.tour.length);
  for (let slot = 0; slot < ix.ids.length; slot++) {
    tick();
    const { sole, substitutes } = factsAt(ix, slot);
    neededByTour[ix.tourAt[slot]] = substitutes.placeholders.length > 0 ? -1 : 1 + substitutes.count;
    if (sole === null) continue;
    const list = dependents.get(sole);
    if (list) list.push(ix.ids[slot]);
    else dependents.set(sole, [ix.ids[slot]]);
  }
  if (unitId !== null) requireUnit(ix, unitId);
  const positions = [...dependents]
    .filter(([id]) => unitId === null || ix.contains(unitId, id))
    .map(([id, ids]) => ({ positionId: id, leavesUncovered: ids.length, dependentIds: ids }))
    .sort((a, b) => b.leavesUncovered - a.leavesUncovered || a.positionId - b.positionId)
    .slice(0, Math.max(0, limit));
  for (const p of positions) p.dependentIds.sort((a, b) => a - b);

  // A unit's members are one run of the tour.
  const units = scopeUnits(ix, unitId).map((id) => {
    tick();
    const { start, end } = ix.run(id);
    let minimumAbsences: number | null = null;
    let weakest: PositionId[] = [];
    for (let i = start; i < end; i++) {
      const needed = neededByTour[i];
      if (needed < 0) continue;
      if (minimumAbsences === null || needed < minimumAbsences) {
        minimumAbsences = needed;
        weakest = [ix.tour[i]];
      } else if (needed === minimumAbsences) weakest.push(ix.tour[i]);
    }
    return { unitId: id, minimumAbsences, weakestPositionIds: weakest.sort((a, b) => a - b) };
  });
  return { positions, units };
}
