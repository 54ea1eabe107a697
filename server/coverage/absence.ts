/**
 * Absence simulation: which positions lose every available substitute when a set of positions
 * is away at once.
 *
 * A substitute is unavailable when it is an absent position, or a group none of whose other
 * members is present. Placeholders are always available. An absent position with no available
 * substitute (or none at all) is uncovered; with escalation it falls back to its manager when the
 * manager exists and is present. A present position that had a substitute and now has none
 * available is at risk.
 */
import { explainAbsence, Namer, type Escalation, type Unavailable } from './explanations.js';
import { indexGraph, type GraphIndex } from './graph-index.js';
import { NO_TICK, type CoverageGraph, type PositionId, type Tick } from './model.js';
import { effectiveSubstitutes, linesIntoSlot, type EffectiveSubstitutes } from './substitutes.js';

export interface AbsenceOptions {
  /** Let an uncovered absent position fall back to its manager when the manager is present (default false). */
  escalateToManager?: boolean;
  /** Called for every position looked at (see Tick). */
  tick?: Tick;
}

export interface AbsenceEntry {
  positionId: PositionId;
  /** Whether the position itself is among the absent. */
  absent: boolean;
  /** Absent substitute positions, group members included; ascending. */
  unavailableSubstituteIds: PositionId[];
  managerId: PositionId | null;
  explanation: string;
  explanationEt: string;
}

export interface AbsenceImpact {
  /** The absent positions: the given ids that are positions of the graph, each once, in the given order. */
  absent: PositionId[];
  uncovered: AbsenceEntry[];
  fallBackToManager: AbsenceEntry[];
  atRisk: AbsenceEntry[];
}

/** Absent positions as sorted tour indices, so a group's absent members are found by binary search. */
class AbsentSet {
  private readonly ids: Set<PositionId>;
  private readonly tourIndices: number[];

  constructor(private readonly ix: GraphIndex, ids: PositionId[]) {
    this.ids = new Set(ids);
    this.tourIndices = ids.map((id) => ix.tourIndex(id)).sort((a, b) => a - b);
  }

  has(id: PositionId): boolean {
    return this.ids.has(id);
  }

  /** How many members of the unit and its sub-units are absent: two binary searches. */
  countIn(unitId: number): number {
    const { start, end } = this.ix.run(unitId);
    return lowerBound(this.tourIndices, end) - lowerBound(this.tourIndices, start);
  }

  /** Absent members of the unit and its sub-units. */
  membersOf(unitId: number): PositionId[] {
    const { start, end } = this.ix.run(unitId);
    const result: PositionId[] = [];
    for (let i = lowerBound(this.tourIndices, start); i < this.tourIndices.length && this.tourIndices[i] < end; i++) {
      result.push(this.ix.tour[this.tourIndices[i]]);
    }
    return result;
  }
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The unavailable substitutes of a position, or null when some substitute is still available. */
function unavailableSubstitutes(ix: GraphIndex, names: Namer, absent: AbsentSet, subs: EffectiveSubstitutes): { ids: PositionId[]; unavailable: Unavailable[] } | null {
  if (subs.placeholders.length > 0) return null;
  const ids: PositionId[] = [];
  const unavailable: Unavailable[] = [];
  for (const id of subs.positions) {
    if (!absent.has(id)) return null;
    ids.push(id);
    unavailable.push({ name: names.bi({ kind: 'POSITION', positionId: id }), group: false });
  }
  for (const group of subs.groups) {
    if (group.otherMembers === 0) continue;
    const selfAway = absent.has(subs.positionId) && ix.contains(group.unitId, subs.positionId) ? 1 : 0;
    if (absent.countIn(group.unitId) - selfAway < group.otherMembers) return null;
    // Every other member is away: only now is listing them worth its cost.
    ids.push(...absent.membersOf(group.unitId).filter((id) => id !== subs.positionId));
    unavailable.push({ name: names.bi({ kind: 'GROUP', unitId: group.unitId, label: group.label }), group: true });
  }
  return { ids: ids.sort((a, b) => a - b), unavailable };
}

/** Every slot, in ascending order of position id. */
function slotsById(ix: GraphIndex): number[] {
  return ix.ids.map((_, slot) => slot).sort((a, b) => ix.ids[a] - ix.ids[b]);
}

export function absenceImpact(graph: CoverageGraph, absentIds: PositionId[], options: AbsenceOptions = {}): AbsenceImpact {
  const { escalateToManager = false, tick = NO_TICK } = options;
  const ix = indexGraph(graph);
  const names = new Namer(ix);
  const absentList = [...new Set(absentIds)].filter((id) => ix.hasPosition(id));
  const absent = new AbsentSet(ix, absentList);
  const result: AbsenceImpact = { absent: absentList, uncovered: [], fallBackToManager: [], atRisk: [] };

  for (const slot of slotsById(ix)) {
    tick();
    const id = ix.ids[slot];
    const isAbsent = absent.has(id);
    const subs = effectiveSubstitutes(ix, id, linesIntoSlot(ix, slot));
    // A present position without any substitute loses nothing by these absences.
    if (!isAbsent && subs.count === 0) continue;
    const lost = unavailableSubstitutes(ix, names, absent, subs);
    if (!lost) continue;
    const position = ix.positionAt[slot];
    const managerId = position.managerId !== null && ix.hasPosition(position.managerId) ? position.managerId : null;
    const entry = (escalation: Escalation): AbsenceEntry => ({
      positionId: id,
      absent: isAbsent,
      unavailableSubstituteIds: lost.ids,
      managerId,
      ...(isAbsent ? explainAbsence.absent(names, id, lost.unavailable, escalation) : explainAbsence.atRisk(names, id, lost.unavailable)),
    });
    if (!isAbsent) result.atRisk.push(entry({ kind: 'NONE' }));
    else if (!escalateToManager) result.uncovered.push(entry({ kind: 'NONE' }));
    else if (managerId === null) result.uncovered.push(entry({ kind: 'NO_MANAGER' }));
    else if (absent.has(managerId)) result.uncovered.push(entry({ kind: 'MANAGER_AWAY', managerId }));
    else result.fallBackToManager.push(entry({ kind: 'MANAGER', managerId }));
  }
  return result;
}
