/**
 * Who effectively stands in for whom.
 *
 * A position's substitutes are the substitute ends of the lines into it: lines naming it, and lines
 * naming a group (unit) it belongs to. A GROUP substitute stands for every member of its unit and
 * sub-units other than the position itself; a PLACEHOLDER is one substitute, never absent and
 * never documented. The substitute count is the number of distinct substitute positions (groups
 * expanded) plus the placeholders, the position itself excluded.
 *
 * Units form a tree, so two groups are either nested or disjoint: the union of several groups is
 * the union of the outermost ones, and its size is a sum. Nothing here expands a group into a list
 * unless asked (`expand`), which keeps the analysis linear when groups are large.
 */
import { byOrder, type GraphIndex, type IndexedLine, type Run } from './graph-index.js';
import { NO_LINES } from './line-index.js';
import { ascending, sortInPlace } from './sort.js';
import type { PositionId, SubstituteRef, UnitId } from './model.js';

/**
 * The lines into a position: those naming it, then those naming any unit above or at its unit
 * as a group. Lines where the position itself is the substitute (it cannot stand in for itself)
 * are left out. Sorted by `order`, ties in graph order. Often the index's own list: read only.
 */
export function linesInto(ix: GraphIndex, positionId: PositionId): readonly IndexedLine[] {
  const slot = ix.slot(positionId);
  return slot < 0 ? NO_LINES : linesIntoSlot(ix, slot);
}

/** `linesInto` for the position in the slot. */
export function linesIntoSlot(ix: GraphIndex, slot: number): readonly IndexedLine[] {
  const positionId = ix.ids[slot];
  const own = ix.linesIntoAt[slot];
  const groups = ix.groupLinesAbove(ix.unitAt[slot]);
  const lines = groups.length === 0 ? own : own.length === 0 ? groups : merge(own, groups);
  return namesItself(lines, positionId) ? lines.filter(({ line }) => !(line.substitute.kind === 'POSITION' && line.substitute.positionId === positionId)) : lines;
}

/** Whether a line names the position as its own substitute. */
function namesItself(lines: readonly IndexedLine[], positionId: PositionId): boolean {
  for (const { line } of lines) if (line.substitute.kind === 'POSITION' && line.substitute.positionId === positionId) return true;
  return false;
}

/** Two lists sorted `byOrder` as one. */
function merge(a: readonly IndexedLine[], b: readonly IndexedLine[]): IndexedLine[] {
  const merged: IndexedLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byOrder(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

// Shared empty results; results are read only.
const NO_IDS: PositionId[] = [];
const NO_LABELS: string[] = [];
const NO_GROUPS: GroupMembers[] = [];

/** Positions named as substitutes on the lines (not group members), distinct, in line order; never `excluded`. */
export function namedPositions(lines: readonly IndexedLine[], excluded: PositionId | null = null): PositionId[] {
  return distinctPositions(lines, substituteOf, excluded);
}

const substituteOf = ({ line }: IndexedLine) => line.substitute;
const itself = (ref: SubstituteRef) => ref;

/**
 * The positions among the items' refs without repeats, first occurrence kept, never `excluded`.
 * Counted first so the result is made at its exact size: an array grown by push keeps room for
 * 17, and every position of the graph has such a list.
 */
function distinctPositions<T>(items: readonly T[], refOf: (item: T) => SubstituteRef, excluded: PositionId | null): PositionId[] {
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const ref = refOf(items[i]);
    if (ref.kind === 'POSITION' && ref.positionId !== excluded) count++;
  }
  if (count === 0) return NO_IDS;
  const ids = new Array<PositionId>(count);
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const ref = refOf(items[i]);
    if (ref.kind === 'POSITION' && ref.positionId !== excluded) ids[n++] = ref.positionId;
  }
  // Repeats are rare and lists short: look for one before paying for a Set.
  for (let i = 1; i < n; i++) if (ids.lastIndexOf(ids[i], i - 1) >= 0) return [...new Set(ids)];
  return ids;
}

export interface GroupMembers {
  unitId: UnitId;
  label: string;
  /** Members of the unit and its sub-units other than the excluded position. */
  otherMembers: number;
}

/** A set of positions written as outermost groups plus positions outside those groups. */
export interface PositionUnion {
  /** Distinct positions not inside any of `groups`, in first-named order; never the excluded one. */
  positions: PositionId[];
  /** Outermost groups only: a group inside another adds nobody new. In tour order. */
  groups: GroupMembers[];
}

/** The union of the positions and groups among `refs`, without `excluded`. Placeholders are ignored. */
export function unionOf(ix: GraphIndex, refs: readonly SubstituteRef[], excluded: PositionId): PositionUnion {
  if (!refs.some((ref) => ref.kind === 'GROUP')) {
    return { positions: distinctPositions(refs, itself, excluded), groups: NO_GROUPS };
  }
  const groupLabels = new Map<UnitId, string>();
  for (const ref of refs) if (ref.kind === 'GROUP' && !groupLabels.has(ref.unitId)) groupLabels.set(ref.unitId, ref.label);
  const candidates = [...groupLabels.keys()]
    .map((unitId) => ({ unitId, run: ix.run(unitId) }))
    .sort((a, b) => a.run.start - b.run.start || b.run.end - a.run.end);
  const kept: { unitId: UnitId; run: Run }[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    // Sorted by start, widest first: a run starting inside the last kept run lies inside it.
    if (last && candidate.run.start < last.run.end) continue;
    kept.push(candidate);
  }
  const insideKept = (positionId: PositionId) => {
    const i = ix.tourIndex(positionId);
    // Binary search for the last kept run starting at or before i.
    let lo = 0;
    let hi = kept.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].run.start <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && i < kept[found].run.end;
  };

  const seen = new Set<PositionId>();
  const positions: PositionId[] = [];
  for (const ref of refs) {
    if (ref.kind !== 'POSITION' || ref.positionId === excluded || seen.has(ref.positionId)) continue;
    seen.add(ref.positionId);
    if (!insideKept(ref.positionId)) positions.push(ref.positionId);
  }
  const groups = kept.map(({ unitId, run }) => ({
    unitId,
    label: groupLabels.get(unitId)!,
    otherMembers: run.end - run.start - (ix.contains(unitId, excluded) ? 1 : 0),
  }));
  return { positions, groups };
}

/** Every position of the union, groups expanded, in ascending id order. */
export function expand(ix: GraphIndex, union: PositionUnion, excluded: PositionId): PositionId[] {
  const ids = [...union.positions];
  for (const group of union.groups) for (const id of ix.members(group.unitId)) if (id !== excluded) ids.push(id);
  return sortInPlace(ids, ascending);
}

export function unionSize(union: PositionUnion): number {
  return union.positions.length + union.groups.reduce((sum, group) => sum + group.otherMembers, 0);
}

export interface EffectiveSubstitutes extends PositionUnion {
  positionId: PositionId;
  /** Placeholders, distinct by label. */
  placeholders: string[];
  /** Distinct substitute positions (groups expanded) plus placeholders, the position itself excluded. */
  count: number;
  /** Documented substitute positions (groups through their documented members); placeholders never count. */
  documentedCount: number;
}

export function effectiveSubstitutes(ix: GraphIndex, positionId: PositionId, lines: readonly IndexedLine[] = linesInto(ix, positionId)): EffectiveSubstitutes {
  let groups = false;
  let placeholders = false;
  for (const { line } of lines) {
    if (line.substitute.kind === 'GROUP') groups = true;
    else if (line.substitute.kind === 'PLACEHOLDER') placeholders = true;
  }
  const union = groups ? unionOf(ix, lines.map(({ line }) => line.substitute), positionId) : { positions: namedPositions(lines, positionId), groups: NO_GROUPS };
  const labels = placeholders ? [...new Set(lines.flatMap(({ line }) => (line.substitute.kind === 'PLACEHOLDER' ? [line.substitute.label] : [])))] : NO_LABELS;
  let documentedCount = 0;
  for (const id of union.positions) if (ix.position(id)!.documented) documentedCount++;
  if (groups) {
    const selfDocumented = ix.position(positionId)?.documented ? 1 : 0;
    for (const group of union.groups) {
      documentedCount += ix.documentedMemberCount(group.unitId) - (ix.contains(group.unitId, positionId) ? selfDocumented : 0);
    }
  }
  return { positionId, positions: union.positions, groups: union.groups, placeholders: labels, count: unionSize(union) + labels.length, documentedCount };
}

/** The one substitute position when the count is exactly 1 and it is a position (not a placeholder). */
export function soleSubstitute(ix: GraphIndex, substitutes: EffectiveSubstitutes): PositionId | null {
  if (substitutes.count !== 1 || substitutes.placeholders.length > 0) return null;
  if (substitutes.positions.length === 1) return substitutes.positions[0];
  const group = substitutes.groups.find((g) => g.otherMembers === 1);
  // The group has one other member, so it has at most two members: this scan is constant time.
  return group ? ix.members(group.unitId).find((id) => id !== substitutes.positionId) ?? null : null;
}

/**
 * The position's first substitute for chain following: the substitute position of the
 * lowest-`order` line into it whose substitute is a position (groups and placeholders skipped).
 */
export function firstSubstitute(lines: readonly IndexedLine[]): PositionId | null {
  for (const { line } of lines) if (line.substitute.kind === 'POSITION') return line.substitute.positionId;
  return null;
}

/**
 * The positions a position stands in for: the substituted ends of the lines where it is the
 * substitute, groups expanded to their members, itself excluded. (Being a member of a group that
 * substitutes someone does not count here: the group as a whole does.)
 */
export function coveredBy(ix: GraphIndex, positionId: PositionId): PositionUnion {
  const refs = ix.linesFromPosition(positionId).map(({ line }) => line.substituted);
  return unionOf(ix, refs, positionId);
}

/** Groups among the substitutes that have other members, i.e. that actually cover the position. */
export function coveringGroups(substitutes: EffectiveSubstitutes): GroupMembers[] {
  const { groups } = substitutes;
  return groups.length === 0 ? groups : groups.filter((group) => group.otherMembers > 0);
}
