/**
 * Substitution chains: from each position follow its first substitute (see `firstSubstitute`).
 * Every position has at most one next step, so the chains form a functional graph and each
 * cycle is found in one linear pass.
 */
import type { PositionId } from './model.js';
import { ascending, sortInPlace } from './sort.js';

/** One cycle of the chain graph, shared by all its positions. */
export interface ChainCycle {
  /** In chain order, from the position where the cycle was entered. */
  members: PositionId[];
  /** Ascending. */
  sorted: PositionId[];
}

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * The cycles of length >= `minLength` in the chain graph, by the slot of each position on them
 * (positions leading into a cycle are not on it). `next` holds each slot's next slot, or -1.
 * A cycle is stored once, not once per position: written out from every one of its positions,
 * a cycle of length L would take L² ids.
 */
export function chainCycles(next: Int32Array, ids: readonly PositionId[], minLength = 3): (ChainCycle | undefined)[] {
  const state = new Uint8Array(next.length);
  const cycles: (ChainCycle | undefined)[] = new Array(next.length);
  const path: number[] = [];
  for (let start = 0; start < next.length; start++) {
    if (state[start] !== UNSEEN) continue;
    path.length = 0;
    let current = start;
    while (current >= 0 && state[current] === UNSEEN) {
      state[current] = ON_PATH;
      path.push(current);
      current = next[current];
    }
    if (current >= 0 && state[current] === ON_PATH) {
      const onCycle = path.slice(path.indexOf(current));
      if (onCycle.length >= minLength) {
        const members = onCycle.map((slot) => ids[slot]);
        const cycle = { members, sorted: sortInPlace([...members], ascending) };
        for (const slot of onCycle) cycles[slot] = cycle;
      }
    }
    for (const slot of path) state[slot] = DONE;
  }
  return cycles;
}

/** The cycle written from the position: it first, then along the chain. */
export function cycleFrom(cycle: ChainCycle, positionId: PositionId): PositionId[] {
  const i = cycle.members.indexOf(positionId);
  return [...cycle.members.slice(i), ...cycle.members.slice(0, i)];
}
