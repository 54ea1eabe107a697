/**
 * Substitution lines by the positions and groups at their ends, with their status. The lists per
 * position are made at their exact size: most hold one or two lines, and a list grown by push
 * keeps room for 17, which at 100,000 positions is some 30 MB that every analysis copies.
 */
import { lineStatus } from './line-status.js';
import { sortInPlace } from './sort.js';
import type { CoverageLine, LineStatus, PositionId, SubstituteRef, UnitId } from './model.js';

/** A line with its place in the graph's line list (a stable tie-breaker) and its status. */
export interface IndexedLine {
  line: CoverageLine;
  seq: number;
  status: LineStatus;
}

/** By `order`, ties in graph order. */
export function byOrder(a: IndexedLine, b: IndexedLine): number {
  return a.line.order - b.line.order || a.seq - b.seq;
}

/** The shared empty list. Not frozen: a frozen array takes slower paths wherever it meets the others. */
export const NO_LINES: readonly IndexedLine[] = [];

export interface LineIndex {
  /** By position slot: lines whose substituted side is the position, in `byOrder` order. */
  into: (readonly IndexedLine[])[];
  /**
   * By position slot: lines whose substitute side is the position, in graph order. Made on the
   * first call: only the overload rule asks, and absence and critical analyses never do.
   */
  from: () => (readonly IndexedLine[])[];
  /** Lines whose substituted side is a group of the unit, in graph order. */
  intoGroup: Map<UnitId, IndexedLine[]>;
}

/** What the lines need to know of the graph's positions and units. */
export interface LineEnds {
  slotCount: number;
  /** The position's slot, or -1 when it is not in the graph. */
  slot(positionId: PositionId): number;
  hasUnit(unitId: UnitId): boolean;
  isDocumented(positionId: PositionId): boolean;
}

export function indexLines(lines: readonly CoverageLine[], ends: LineEnds): LineIndex {
  const intoSlot = new Int32Array(lines.length).fill(-1);
  const fromSlot = new Int32Array(lines.length).fill(-1);
  const indexed: (IndexedLine | null)[] = new Array(lines.length).fill(null);
  const intoGroup = new Map<UnitId, IndexedLine[]>();

  for (let seq = 0; seq < lines.length; seq++) {
    const line = lines[seq];
    // A line naming a position or unit that is not in the graph says nothing about it.
    const substituted = endSlot(line.substituted, ends);
    const substitute = endSlot(line.substitute, ends);
    if (substituted === MISSING || substitute === MISSING) continue;
    const entry: IndexedLine = { line, seq, status: lineStatus(line, ends.isDocumented) };
    indexed[seq] = entry;
    intoSlot[seq] = substituted;
    fromSlot[seq] = substitute;
    if (line.substituted.kind === 'GROUP') {
      const list = intoGroup.get(line.substituted.unitId);
      if (list) list.push(entry);
      else intoGroup.set(line.substituted.unitId, [entry]);
    }
  }

  const into = bySlot(indexed, intoSlot, ends.slotCount);
  for (const list of into) if (list.length > 1) sortInPlace(list, byOrder);
  let from: IndexedLine[][] | null = null;
  return { into, from: () => (from ??= bySlot(indexed, fromSlot, ends.slotCount)), intoGroup };
}

/** The entries in lists by slot (-1: none), in seq order; each list made at its exact size. */
function bySlot(indexed: readonly (IndexedLine | null)[], slotOf: Int32Array, slotCount: number): IndexedLine[][] {
  const counts = new Int32Array(slotCount);
  for (let seq = 0; seq < slotOf.length; seq++) if (indexed[seq] !== null && slotOf[seq] >= 0) counts[slotOf[seq]]++;
  const lists: IndexedLine[][] = new Array(slotCount);
  for (let slot = 0; slot < slotCount; slot++) lists[slot] = counts[slot] === 0 ? (NO_LINES as IndexedLine[]) : new Array(counts[slot]);
  counts.fill(0);
  for (let seq = 0; seq < slotOf.length; seq++) {
    const entry = indexed[seq];
    const slot = slotOf[seq];
    if (entry !== null && slot >= 0) lists[slot][counts[slot]++] = entry;
  }
  return lists;
}

/** Missing from the graph; otherwise a position's slot, or -1 for a group or placeholder that is there. */
const MISSING = -2;

function endSlot(ref: SubstituteRef, ends: LineEnds): number {
  if (ref.kind === 'POSITION') {
    const slot = ends.slot(ref.positionId);
    return slot < 0 ? MISSING : slot;
  }
  if (ref.kind === 'GROUP') return ends.hasUnit(ref.unitId) ? -1 : MISSING;
  return -1;
}
