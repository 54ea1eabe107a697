/** Coverage totals per unit, each unit including its sub-units. */
import type { GraphIndex } from './graph-index.js';
import type { GapKind, UnitId } from './model.js';
import type { PositionCoverage, UnitCoverage } from './report.js';
import { GAP_SEVERITY } from './severity.js';

const SEVERITY_PLACE = Object.fromEntries(GAP_SEVERITY.map((kind, i) => [kind, i])) as Record<GapKind, number>;

/** Running counts for one unit; gap kinds counted by their place in GAP_SEVERITY. */
class Tally {
  positions = 0;
  two = 0;
  one = 0;
  none = 0;
  // A plain list: a typed array per unit costs a buffer of its own.
  readonly kinds: number[] = GAP_SEVERITY.map(() => 0);

  addPosition(p: PositionCoverage): void {
    this.positions++;
    if (p.substituteCount >= 2) this.two++;
    else if (p.substituteCount === 1) this.one++;
    else this.none++;
    // A position has each kind at most once, so this counts positions per kind.
    for (const gap of p.gaps) this.kinds[SEVERITY_PLACE[gap.kind]]++;
  }

  addTally(other: Tally): void {
    this.positions += other.positions;
    this.two += other.two;
    this.one += other.one;
    this.none += other.none;
    for (let i = 0; i < this.kinds.length; i++) this.kinds[i] += other.kinds[i];
  }

  /** Kinds with a count, in severity order, in a list of exactly that size. */
  private gapCounts(): { kind: GapKind; count: number }[] {
    let present = 0;
    for (const count of this.kinds) if (count > 0) present++;
    const gaps = new Array<{ kind: GapKind; count: number }>(present);
    let n = 0;
    for (let i = 0; i < this.kinds.length; i++) if (this.kinds[i] > 0) gaps[n++] = { kind: GAP_SEVERITY[i], count: this.kinds[i] };
    return gaps;
  }

  toCoverage(unitId: UnitId | null): UnitCoverage {
    return {
      unitId,
      positions: this.positions,
      coveredByTwoOrMore: this.two,
      coveredByOne: this.one,
      uncovered: this.none,
      gaps: this.gapCounts(),
    };
  }
}

/**
 * Totals for each unit in scope (each before its sub-units) and over the whole scope: own
 * positions first, then summed upwards.
 */
export function unitTotals(ix: GraphIndex, positions: PositionCoverage[], inScope: UnitId[], scopeUnitId: UnitId | null): { units: UnitCoverage[]; totals: UnitCoverage } {
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
    totals: totals.toCoverage(scopeUnitId),
  };
}
