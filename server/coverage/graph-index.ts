/**
 * Lookup structures over a CoverageGraph, built once per analysis in linear time so that no
 * rule scans all positions per position.
 *
 * Group membership uses an Euler tour of the unit tree: positions are laid out unit by unit in
 * pre-order, so the members of a unit and all its sub-units are one contiguous run of `tour`.
 * "Is X in group U" is then two comparisons, and "how many documented members" a prefix-sum lookup.
 */
import { lineStatus } from './line-status.js';
import type { CoverageGraph, CoverageLine, CoveragePosition, CoverageUnit, LineStatus, PositionId, UnitId } from './model.js';

/** A line with its place in the graph's line list (a stable tie-breaker) and its status. */
export interface IndexedLine {
  line: CoverageLine;
  seq: number;
  status: LineStatus;
}

export class GraphIndex {
  readonly positions = new Map<PositionId, CoveragePosition>();
  readonly units = new Map<UnitId, CoverageUnit>();
  /** The unit a position sits in, when that unit is in the graph; otherwise null. */
  readonly unitOf = new Map<PositionId, UnitId | null>();
  readonly childUnits = new Map<UnitId, UnitId[]>();
  /** Every unit, each before its sub-units; siblings in graph order. */
  readonly unitPreOrder: UnitId[] = [];
  /** The top-level unit above or at each unit. */
  readonly department = new Map<UnitId, UnitId>();
  /** Positions in unit pre-order; positions without a unit come last. */
  readonly tour: PositionId[] = [];
  readonly tourIndex = new Map<PositionId, number>();
  private readonly runStart = new Map<UnitId, number>();
  private readonly runEnd = new Map<UnitId, number>();
  private readonly documentedBefore: Int32Array;
  private readonly vacantBefore: Int32Array;

  /** Lines whose substituted side is the position, in `byOrder` order. */
  readonly linesIntoPosition = new Map<PositionId, IndexedLine[]>();
  /** Lines whose substituted side is a group of the unit. */
  readonly linesIntoGroup = new Map<UnitId, IndexedLine[]>();
  /** Lines whose substitute side is the position. */
  readonly linesFromPosition = new Map<PositionId, IndexedLine[]>();

  constructor(readonly graph: CoverageGraph) {
    for (const unit of graph.units) this.units.set(unit.id, unit);
    for (const position of graph.positions) this.positions.set(position.id, position);

    const directMembers = new Map<UnitId, PositionId[]>();
    const unitless: PositionId[] = [];
    for (const position of this.positions.values()) {
      const unitId = position.unitId !== null && this.units.has(position.unitId) ? position.unitId : null;
      this.unitOf.set(position.id, unitId);
      if (unitId === null) unitless.push(position.id);
      else push(directMembers, unitId, position.id);
    }

    const roots: UnitId[] = [];
    for (const unit of this.units.values()) {
      if (unit.parentId !== null && this.units.has(unit.parentId) && unit.parentId !== unit.id) push(this.childUnits, unit.parentId, unit.id);
      else roots.push(unit.id);
    }
    // Units caught in a parent cycle are reachable from no root; each such cycle is entered once at any unit.
    const visited = new Set<UnitId>();
    const walk = (root: UnitId) => {
      // Iterative pre-order walk; the end of a run is set when the unit is left.
      const stack: { unitId: UnitId; leaving: boolean }[] = [{ unitId: root, leaving: false }];
      while (stack.length > 0) {
        const { unitId, leaving } = stack.pop()!;
        if (leaving) {
          this.runEnd.set(unitId, this.tour.length);
          continue;
        }
        if (visited.has(unitId)) continue;
        visited.add(unitId);
        this.unitPreOrder.push(unitId);
        this.department.set(unitId, root);
        this.runStart.set(unitId, this.tour.length);
        for (const id of directMembers.get(unitId) ?? []) this.tour.push(id);
        stack.push({ unitId, leaving: true });
        const children = this.childUnits.get(unitId) ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push({ unitId: children[i], leaving: false });
      }
    };
    for (const root of roots) walk(root);
    for (const unit of this.units.values()) if (!visited.has(unit.id)) walk(unit.id);
    for (const id of unitless) this.tour.push(id);

    this.documentedBefore = new Int32Array(this.tour.length + 1);
    this.vacantBefore = new Int32Array(this.tour.length + 1);
    for (let i = 0; i < this.tour.length; i++) {
      const position = this.positions.get(this.tour[i])!;
      this.tourIndex.set(position.id, i);
      this.documentedBefore[i + 1] = this.documentedBefore[i] + (position.documented ? 1 : 0);
      this.vacantBefore[i + 1] = this.vacantBefore[i] + (position.vacant === true ? 1 : 0);
    }

    const isDocumented = (id: PositionId) => this.positions.get(id)?.documented ?? false;
    for (let seq = 0; seq < graph.lines.length; seq++) {
      const line = graph.lines[seq];
      // A line naming a position or unit that is not in the graph says nothing about it.
      if (!this.refExists(line.substitute) || !this.refExists(line.substituted)) continue;
      const indexed: IndexedLine = { line, seq, status: lineStatus(line, isDocumented) };
      if (line.substituted.kind === 'POSITION') push(this.linesIntoPosition, line.substituted.positionId, indexed);
      if (line.substituted.kind === 'GROUP') push(this.linesIntoGroup, line.substituted.unitId, indexed);
      if (line.substitute.kind === 'POSITION') push(this.linesFromPosition, line.substitute.positionId, indexed);
    }
    for (const lines of this.linesIntoPosition.values()) if (lines.length > 1) lines.sort(byOrder);
  }

  private readonly groupLinesCache = new Map<UnitId, readonly IndexedLine[]>();

  /**
   * Lines naming the unit or any unit above it as a group, in `byOrder` order: the group lines
   * into every position of the unit. Worked out once per unit, not once per position.
   */
  groupLinesAbove(unitId: UnitId | null): readonly IndexedLine[] {
    if (unitId === null || this.linesIntoGroup.size === 0) return NO_LINES;
    let lines = this.groupLinesCache.get(unitId);
    if (lines === undefined) {
      const found: IndexedLine[] = [];
      for (const id of this.unitAndAncestors(unitId)) for (const line of this.linesIntoGroup.get(id) ?? []) found.push(line);
      lines = found.length === 0 ? NO_LINES : found.sort(byOrder);
      this.groupLinesCache.set(unitId, lines);
    }
    return lines;
  }

  private refExists(ref: CoverageLine['substitute']): boolean {
    if (ref.kind === 'POSITION') return this.positions.has(ref.positionId);
    if (ref.kind === 'GROUP') return this.units.has(ref.unitId);
    return true;
  }

  /** Number of positions in the unit and its sub-units. */
  memberCount(unitId: UnitId): number {
    return (this.runEnd.get(unitId) ?? 0) - (this.runStart.get(unitId) ?? 0);
  }

  /** Positions in the unit and its sub-units, in tour order. */
  members(unitId: UnitId): PositionId[] {
    return this.tour.slice(this.runStart.get(unitId) ?? 0, this.runEnd.get(unitId) ?? 0);
  }

  /** Tour index range [start, end) of the unit's members. */
  run(unitId: UnitId): [number, number] {
    return [this.runStart.get(unitId) ?? 0, this.runEnd.get(unitId) ?? 0];
  }

  contains(unitId: UnitId, positionId: PositionId): boolean {
    const i = this.tourIndex.get(positionId);
    return i !== undefined && i >= (this.runStart.get(unitId) ?? 0) && i < (this.runEnd.get(unitId) ?? 0);
  }

  documentedMemberCount(unitId: UnitId): number {
    const [start, end] = this.run(unitId);
    return this.documentedBefore[end] - this.documentedBefore[start];
  }

  vacantMemberCount(unitId: UnitId): number {
    const [start, end] = this.run(unitId);
    return this.vacantBefore[end] - this.vacantBefore[start];
  }

  /** The position's department: the top-level unit above or at its unit; null without a unit. */
  departmentOfPosition(positionId: PositionId): UnitId | null {
    const unitId = this.unitOf.get(positionId) ?? null;
    return unitId === null ? null : this.department.get(unitId) ?? null;
  }

  /** The unit and its ancestors, nearest first. */
  *unitAndAncestors(unitId: UnitId | null): Generator<UnitId> {
    const seen = new Set<UnitId>();
    let current = unitId;
    while (current !== null && !seen.has(current) && this.units.has(current)) {
      seen.add(current);
      yield current;
      current = this.units.get(current)!.parentId;
    }
  }

  /** The unit and every unit below it, each before its sub-units. */
  unitAndDescendants(unitId: UnitId): UnitId[] {
    const result: UnitId[] = [];
    const seen = new Set<UnitId>();
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      result.push(id);
      const children = this.childUnits.get(id) ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return result;
  }
}

/** By `order`, ties in graph order. */
export function byOrder(a: IndexedLine, b: IndexedLine): number {
  return a.line.order - b.line.order || a.seq - b.seq;
}

const NO_LINES: readonly IndexedLine[] = Object.freeze([]);

export function indexGraph(graph: CoverageGraph): GraphIndex {
  return new GraphIndex(graph);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
