/**
 * The coverage report: per position its substitutes, gaps and score; per unit the totals.
 *
 * Gap analysis always looks at the whole graph (a substitute outside the scope still counts);
 * only the reported positions and units are limited to the scope. Every step is linear in the
 * graph size, apart from a factor of unit depth for lines that name a group.
 */
import { chainCycles } from './chains.js';
import { Namer } from './explanations.js';
import { coverageScore, findGaps, GAP_SEVERITY, type Gap } from './gaps.js';
import { GraphIndex, indexGraph, type IndexedLine } from './graph-index.js';
import type { CoverageGraph, GapKind, LineStatus, PositionId, SubstituteRef, UnitId } from './model.js';
import { requirementsOf, type Requirements } from './qualifications.js';
import { effectiveSubstitutes, firstSubstitute, linesIntoSlot, namedPositions, soleSubstitute, type EffectiveSubstitutes } from './substitutes.js';

export interface CoverageOptions {
  /** The unit to report on; null or undefined for the whole graph. */
  unitId?: UnitId | null;
  /** Include the unit's sub-units (default true). Ignored for the whole graph. */
  includeDescendants?: boolean;
  /** A position standing in for more than this many others is OVERLOADED_SUBSTITUTE (default 3). */
  overloadThreshold?: number;
}

export interface SubstituteEntry {
  ref: SubstituteRef;
  status: LineStatus;
  statedBySubstituted: boolean;
  statedBySubstitute: boolean;
  order: number;
}

export interface PositionCoverage {
  positionId: PositionId;
  /** One entry per line into the position (groups not expanded), ordered by `order`. */
  substitutes: SubstituteEntry[];
  substituteCount: number;
  /** Most severe first. */
  gaps: Gap[];
  worstGap: GapKind | null;
  score: number;
}

export interface UnitCoverage {
  unitId: UnitId | null;
  positions: number;
  coveredByTwoOrMore: number;
  coveredByOne: number;
  uncovered: number;
  /** Positions with each gap kind, in severity order; kinds no position has are left out. */
  gaps: { kind: GapKind; count: number }[];
}

export interface CoverageReport {
  /** In ascending id order. */
  positions: PositionCoverage[];
  /** The scope unit and its descendants, each before its sub-units; each unit's counts include its sub-units. */
  units: UnitCoverage[];
  totals: UnitCoverage;
}

/** What is known about every position of the graph before any gap is looked at. */
export interface PositionFacts {
  lines: readonly IndexedLine[];
  substitutes: EffectiveSubstitutes;
  sole: PositionId | null;
}

/** The facts of every position, by slot. */
export function positionFacts(ix: GraphIndex): PositionFacts[] {
  const facts: PositionFacts[] = [];
  for (let slot = 0; slot < ix.ids.length; slot++) {
    const lines = linesIntoSlot(ix, slot);
    const substitutes = effectiveSubstitutes(ix, ix.ids[slot], lines);
    facts.push({ lines, substitutes, sole: soleSubstitute(ix, substitutes) });
  }
  return facts;
}

/** Without groups the union's positions are exactly the named ones (the position itself is never on its lines). */
function named(f: PositionFacts): readonly PositionId[] {
  return f.substitutes.groups.length === 0 ? f.substitutes.positions : namedPositions(f.lines);
}

/** Each slot's first substitute (see `firstSubstitute`) as a slot, or -1. */
function chainSteps(ix: GraphIndex, facts: PositionFacts[]): Int32Array {
  const next = new Int32Array(facts.length);
  for (let slot = 0; slot < facts.length; slot++) {
    const first = firstSubstitute(facts[slot].lines);
    next[slot] = first === null ? -1 : ix.slot(first);
  }
  return next;
}

/** The positions in scope, ascending by id. Throws on an unknown unit. */
export function scopePositions(ix: GraphIndex, unitId: UnitId | null | undefined, includeDescendants = true): PositionId[] {
  if (unitId === null || unitId === undefined) return [...ix.ids].sort((a, b) => a - b);
  requireUnit(ix, unitId);
  const ids = includeDescendants ? ix.members(unitId) : ix.ids.filter((_, slot) => ix.unitAt[slot] === unitId);
  return ids.sort((a, b) => a - b);
}

/** The units in scope, each before its sub-units. Throws on an unknown unit. */
export function scopeUnits(ix: GraphIndex, unitId: UnitId | null | undefined, includeDescendants = true): UnitId[] {
  if (unitId === null || unitId === undefined) return [...ix.unitPreOrder];
  requireUnit(ix, unitId);
  return includeDescendants ? ix.unitAndDescendants(unitId) : [unitId];
}

function requireUnit(ix: GraphIndex, unitId: UnitId): void {
  if (!ix.units.has(unitId)) throw new Error(`Unknown unit ${unitId}`);
}

export function analyzeCoverage(graph: CoverageGraph, options: CoverageOptions = {}): CoverageReport {
  const { unitId = null, includeDescendants = true, overloadThreshold = 3 } = options;
  const ix = indexGraph(graph);
  const names = new Namer(ix);
  const facts = positionFacts(ix);
  const cycles = chainCycles(chainSteps(ix, facts), ix.ids, 3);
  const soleSubstituteOf = (id: PositionId) => facts[ix.slot(id)]?.sole ?? null;
  const requirements = requirementsBySlot(ix);

  const positions: PositionCoverage[] = scopePositions(ix, unitId, includeDescendants).map((id) => {
    const slot = ix.slot(id);
    const f = facts[slot];
    const gaps = findGaps({
      ix,
      names,
      position: ix.positionAt[slot],
      lines: f.lines,
      named: named(f),
      substitutes: f.substitutes,
      sole: f.sole,
      soleSubstituteOf,
      cycle: cycles[slot],
      requirements,
      overloadThreshold,
    });
    return {
      positionId: id,
      substitutes: f.lines.map(({ line, status }) => ({
        ref: line.substitute,
        status,
        statedBySubstituted: line.statedBySubstituted,
        statedBySubstitute: line.statedBySubstitute,
        order: line.order,
      })),
      substituteCount: f.substitutes.count,
      gaps,
      worstGap: gaps[0]?.kind ?? null,
      score: coverageScore(f.substitutes.count, gaps.map((g) => g.kind)),
    };
  });

  const { units, totals } = unitTotals(ix, positions, unitId, includeDescendants);
  return { positions, units, totals };
}

/** Each position's requirements, read on first use and kept by slot. */
function requirementsBySlot(ix: GraphIndex): (positionId: PositionId) => Requirements | null {
  const known: (Requirements | null | undefined)[] = new Array(ix.ids.length);
  return (positionId) => {
    const slot = ix.slot(positionId);
    if (known[slot] === undefined) known[slot] = requirementsOf(ix.positionAt[slot]);
    return known[slot];
  };
}

/** Running counts for one unit. */
class Tally {
  positions = 0;
  two = 0;
  one = 0;
  none = 0;
  readonly kinds = new Map<GapKind, number>();

  addPosition(p: PositionCoverage): void {
    this.positions++;
    if (p.substituteCount >= 2) this.two++;
    else if (p.substituteCount === 1) this.one++;
    else this.none++;
    for (const gap of p.gaps) this.kinds.set(gap.kind, (this.kinds.get(gap.kind) ?? 0) + 1);
  }

  addTally(other: Tally): void {
    this.positions += other.positions;
    this.two += other.two;
    this.one += other.one;
    this.none += other.none;
    for (const [kind, count] of other.kinds) this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + count);
  }

  toCoverage(unitId: UnitId | null): UnitCoverage {
    return {
      unitId,
      positions: this.positions,
      coveredByTwoOrMore: this.two,
      coveredByOne: this.one,
      uncovered: this.none,
      gaps: GAP_SEVERITY.filter((kind) => this.kinds.has(kind)).map((kind) => ({ kind, count: this.kinds.get(kind)! })),
    };
  }
}

/** Per-unit totals, each unit including its sub-units: own positions first, then summed upwards. */
function unitTotals(ix: GraphIndex, positions: PositionCoverage[], unitId: UnitId | null, includeDescendants: boolean) {
  const inScope = scopeUnits(ix, unitId, includeDescendants);
  const tallies = new Map<UnitId, Tally>(inScope.map((id) => [id, new Tally()]));
  const totals = new Tally();
  for (const p of positions) {
    totals.addPosition(p);
    const own = ix.unitOf(p.positionId);
    if (own !== null) tallies.get(own)?.addPosition(p);
  }
  // Pre-order reversed: every sub-unit is finished before its parent adds it. A parent must come
  // earlier in pre-order, which also keeps a (malformed) cycle of units from counting twice.
  const place = new Map(inScope.map((id, i) => [id, i]));
  for (let i = inScope.length - 1; i >= 0; i--) {
    const parentId = ix.units.get(inScope[i])!.parentId;
    const parentPlace = parentId === null ? undefined : place.get(parentId);
    if (parentPlace !== undefined && parentPlace < i) tallies.get(parentId!)!.addTally(tallies.get(inScope[i])!);
  }
  return {
    units: inScope.map((id) => tallies.get(id)!.toCoverage(id)),
    totals: totals.toCoverage(unitId),
  };
}
