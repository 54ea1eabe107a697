/**
 * The coverage report: per position its substitutes, gaps and score; per unit the totals.
 *
 * Gap analysis always looks at the whole graph (a substitute outside the scope still counts);
 * only the reported positions and units are limited to the scope. Every step is linear in the
 * graph size, apart from a factor of unit depth for lines that name a group.
 */
import { chainCycles, type ChainCycle } from './chains.js';
import { Namer } from './explanations.js';
import { coverageScore, findGaps, type Gap } from './gaps.js';
import { GraphIndex, indexGraph, type IndexedLine } from './graph-index.js';
import { NO_TICK, type CoverageGraph, type GapKind, type LineStatus, type PositionId, type SubstituteRef, type Tick, type UnitId } from './model.js';
import { unitTotals } from './unit-totals.js';
import { effectiveSubstitutes, firstSubstitute, linesIntoSlot, namedPositions, soleSubstitute, type EffectiveSubstitutes } from './substitutes.js';

export interface CoverageOptions {
  /** The unit to report on; null or undefined for the whole graph. */
  unitId?: UnitId | null;
  /** Include the unit's sub-units (default true). Ignored for the whole graph. */
  includeDescendants?: boolean;
  /** A position standing in for more than this many others is OVERLOADED_SUBSTITUTE (default 3). */
  overloadThreshold?: number;
  /** Called for every position looked at (see Tick). */
  tick?: Tick;
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

/** What is known about a position before any gap is looked at. */
export interface PositionFacts {
  lines: readonly IndexedLine[];
  substitutes: EffectiveSubstitutes;
  sole: PositionId | null;
}

/**
 * The facts of the position in the slot. Worked out again where needed rather than kept for
 * every position: kept, they outlived the young generation and every collection copied them.
 */
export function factsAt(ix: GraphIndex, slot: number): PositionFacts {
  const lines = linesIntoSlot(ix, slot);
  const substitutes = effectiveSubstitutes(ix, ix.ids[slot], lines);
  return { lines, substitutes, sole: soleSubstitute(ix, substitutes) };
}

/** Without groups the union's positions are exactly the named ones (the position itself is never on its lines). */
function named(f: PositionFacts): readonly PositionId[] {
  return f.substitutes.groups.length === 0 ? f.substitutes.positions : namedPositions(f.lines);
}

/** For every slot, what the rules need to know about other positions: its sole substitute and its next step in the chain. */
function chainFacts(ix: GraphIndex, tick: Tick): { soleAt: (PositionId | null)[]; cycles: (ChainCycle | undefined)[] } {
  const soleAt: (PositionId | null)[] = [];
  const next = new Int32Array(ix.ids.length);
  for (let slot = 0; slot < ix.ids.length; slot++) {
    tick();
    const f = factsAt(ix, slot);
    soleAt.push(f.sole);
    const first = firstSubstitute(f.lines);
    next[slot] = first === null ? -1 : ix.slot(first);
  }
  return { soleAt, cycles: chainCycles(next, ix.ids, 3) };
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

/** Throws on a unit that is not in the graph (callers check the client's unit ID first). */
export function requireUnit(ix: GraphIndex, unitId: UnitId): void {
  if (!ix.units.has(unitId)) throw new Error(`Unknown unit ${unitId}`);
}

export function analyzeCoverage(graph: CoverageGraph, options: CoverageOptions = {}): CoverageReport {
  const { unitId = null, includeDescendants = true, overloadThreshold = 3, tick = NO_TICK } = options;
  const ix = indexGraph(graph);
  const names = new Namer(ix);
  const { soleAt, cycles } = chainFacts(ix, tick);
  const soleSubstituteOf = (id: PositionId) => soleAt[ix.slot(id)] ?? null;

  const positions: PositionCoverage[] = scopePositions(ix, unitId, includeDescendants).map((id) => {
    tick();
    const slot = ix.slot(id);
    const f = factsAt(ix, slot);
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

  const { units, totals } = unitTotals(ix, positions, scopeUnits(ix, unitId, includeDescendants), unitId);
  return { positions, units, totals };
}
