/**
 * Lookup structures over a CoverageGraph, built once per analysis in linear time so that no
 * rule scans all positions per position.
 *
 * Every position has a slot: its place among the graph's distinct positions. Per-position facts
 * are arrays by slot, so an id is looked up once (`slot`) rather than in one map per fact; at
 * 100,000 positions those map lookups and insertions were a large part of the analysis.
 *
 * Group membership uses an Euler tour of the unit tree: positions are laid out unit by unit in
 * pre-order, so the members of a unit and all its sub-units are one contiguous run of `tour`.
 * "Is X in group U" is then two comparisons, and "how many documented members" a prefix-sum lookup.
 */
import { byOrder, indexLines, NO_LINES, type IndexedLine } from './line-index.js';
import type { CoverageGraph, CoveragePosition, CoverageUnit, PositionId, UnitId } from './model.js';
import { Slots } from './slots.js';

export { byOrder, type IndexedLine } from './line-index.js';

/** A unit's members: the tour indices [start, end). */
export interface Run {
  start: number;
  end: number;
}

const NO_RUN: Run = Object.freeze({ start: 0, end: 0 });

export class GraphIndex {
  private readonly slots: Slots;
  /** By slot: the position, its unit (when that unit is in the graph) and its place in `tour`. */
  readonly ids: PositionId[] = [];
  readonly positionAt: CoveragePosition[] = [];
  readonly unitAt: (UnitId | null)[] = [];
  readonly tourAt: Int32Array;
  /** By slot: lines whose substituted side is the position, in `byOrder` order. */
  readonly linesIntoAt: readonly (readonly IndexedLine[])[];
  private readonly linesFromAt: () => readonly (readonly IndexedLine[])[];
  /** Lines whose substituted side is a group of the unit. */
  readonly linesIntoGroup: ReadonlyMap<UnitId, IndexedLine[]>;

  readonly units = new Map<UnitId, CoverageUnit>();
  readonly childUnits = new Map<UnitId, UnitId[]>();
  /** Every unit, each before its sub-units; siblings in graph order. */
  readonly unitPreOrder: UnitId[] = [];
  /** The top-level unit above or at each unit. */
  readonly department = new Map<UnitId, UnitId>();
  /** Positions in unit pre-order; positions without a unit come last. */
  readonly tour: PositionId[] = [];
  private readonly runs = new Map<UnitId, Run>();
  private readonly documentedBefore: Int32Array;
  private readonly vacantBefore: Int32Array;

  constructor(readonly graph: CoverageGraph) {
    for (const unit of graph.units) this.units.set(unit.id, unit);
    this.slots = new Slots(graph.positions.map((p) => p.id));
    for (const position of graph.positions) {
      // A repeated id keeps its first place and its last data, as a Map would.
      const slot = this.slots.get(position.id);
      if (slot >= 0) this.positionAt[slot] = position;
      else {
        this.slots.set(position.id, this.ids.length);
        this.ids.push(position.id);
        this.positionAt.push(position);
      }
    }

    const directMembers = new Map<UnitId, PositionId[]>();
    const unitless: PositionId[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) {
      const unitId = this.positionAt[slot].unitId;
      const known = unitId !== null && this.units.has(unitId) ? unitId : null;
      this.unitAt.push(known);
      if (known === null) unitless.push(this.ids[slot]);
      else push(directMembers, known, this.ids[slot]);
    }
    this.walkUnits(directMembers);
    for (const id of unitless) this.tour.push(id);

    this.tourAt = new Int32Array(this.ids.length);
    this.documentedBefore = new Int32Array(this.tour.length + 1);
    this.vacantBefore = new Int32Array(this.tour.length + 1);
    for (let i = 0; i < this.tour.length; i++) {
      const slot = this.slots.get(this.tour[i]);
      const position = this.positionAt[slot];
      this.tourAt[slot] = i;
      this.documentedBefore[i + 1] = this.documentedBefore[i] + (position.documented ? 1 : 0);
      this.vacantBefore[i + 1] = this.vacantBefore[i] + (position.vacant === true ? 1 : 0);
    }

    const lines = indexLines(graph.lines, {
      slotCount: this.ids.length,
      slot: (id) => this.slot(id),
      hasUnit: (id) => this.units.has(id),
      isDocumented: (id) => this.position(id)?.documented ?? false,
    });
    this.linesIntoAt = lines.into;
    this.linesFromAt = lines.from;
    this.linesIntoGroup = lines.intoGroup;
  }

  /** Lays out the tour unit by unit, and each unit's run and department. */
  private walkUnits(directMembers: Map<UnitId, PositionId[]>): void {
    const roots: UnitId[] = [];
    for (const unit of this.units.values()) {
      if (unit.parentId !== null && this.units.has(unit.parentId) && unit.parentId !== unit.id) push(this.childUnits, unit.parentId, unit.id);
      else roots.push(unit.id);
    }
    // Units caught in a parent cycle are reachable from no root; each such cycle is entered once at any unit.
    const visited = new Set<UnitId>();
    const walk = (root: UnitId) => {
      // Iterative pre-order walk; the end of a run is set when the unit is left.
      const stack: { unitId: UnitId; run: Run | null }[] = [{ unitId: root, run: null }];
      while (stack.length > 0) {
        const { unitId, run } = stack.pop()!;
        if (run) {
          run.end = this.tour.length;
          continue;
        }
        if (visited.has(unitId)) continue;
        visited.add(unitId);
        this.unitPreOrder.push(unitId);
        this.department.set(unitId, root);
        const entered = { start: this.tour.length, end: this.tour.length };
        this.runs.set(unitId, entered);
        for (const id of directMembers.get(unitId) ?? []) this.tour.push(id);
        stack.push({ unitId, run: entered });
        const children = this.childUnits.get(unitId) ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push({ unitId: children[i], run: null });
      }
    };
    for (const root of roots) walk(root);
    for (const unit of this.units.values()) if (!visited.has(unit.id)) walk(unit.id);
  }

  /** The position's slot; -1 for an id that is not a position of the graph. */
  slot(positionId: PositionId): number {
    return this.slots.get(positionId);
  }

  hasPosition(positionId: PositionId): boolean {
    return this.slots.get(positionId) >= 0;
  }

  position(positionId: PositionId): CoveragePosition | undefined {
    const slot = this.slots.get(positionId);
    return slot < 0 ? undefined : this.positionAt[slot];
  }

  /** The unit a position sits in, when that unit is in the graph; otherwise null. */
  unitOf(positionId: PositionId): UnitId | null {
    const slot = this.slots.get(positionId);
    return slot < 0 ? null : this.unitAt[slot];
  }

  /** The position's place in `tour`, or -1. */
  tourIndex(positionId: PositionId): number {
    const slot = this.slots.get(positionId);
    return slot < 0 ? -1 : this.tourAt[slot];
  }

  linesFromPosition(positionId: PositionId): readonly IndexedLine[] {
    const slot = this.slots.get(positionId);
    return slot < 0 ? NO_LINES : this.linesFromAt()[slot];
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

  /** Tour index range of the unit's members. Read only. */
  run(unitId: UnitId): Run {
    return this.runs.get(unitId) ?? NO_RUN;
  }

  /** Number of positions in the unit and its sub-units. */
  memberCount(unitId: UnitId): number {
    const { start, end } = this.run(unitId);
    return end - start;
  }

  /** Positions in the unit and its sub-units, in tour order. */
  members(unitId: UnitId): PositionId[] {
    const { start, end } = this.run(unitId);
    return this.tour.slice(start, end);
  }

  contains(unitId: UnitId, positionId: PositionId): boolean {
    const i = this.tourIndex(positionId);
    const { start, end } = this.run(unitId);
    return i >= start && i < end;
  }

  documentedMemberCount(unitId: UnitId): number {
    const { start, end } = this.run(unitId);
    return this.documentedBefore[end] - this.documentedBefore[start];
  }

  vacantMemberCount(unitId: UnitId): number {
    const { start, end } = this.run(unitId);
    return this.vacantBefore[end] - this.vacantBefore[start];
  }

  /** The position's department: the top-level unit above or at its unit; null without a unit. */
  departmentOfPosition(positionId: PositionId): UnitId | null {
    const unitId = this.unitOf(positionId);
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

export function indexGraph(graph: CoverageGraph): GraphIndex {
  return new GraphIndex(graph);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
