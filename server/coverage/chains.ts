/**
 * Substitution chains: from each position follow its first substitute (see `firstSubstitute`).
 * Every position has at most one next step, so the chains form a functional graph and each
 * cycle is found in one linear pass.
 */
import type { PositionId } from './model.js';

/** One cycle of the chain graph, shared by all its positions. */
export interface ChainCycle {
  /** In chain order, from the position where the cycle was entered. */
  members: PositionId[];
  /** Ascending. */
  sorted: PositionId[];
}

/**
 * The cycles of length >= `minLength` in the chain graph, by each position on them (positions
 * leading into a cycle are not on it). A cycle is stored once, not once per position: written
 * out from every one of its positions, a cycle of length L would take L² ids.
 */
export function chainCycles(next: Map<PositionId, PositionId | null>, minLength = 3): Map<PositionId, ChainCycle> {
  const state = new Map<PositionId, 'ON_PATH' | 'DONE'>();
  const cycles = new Map<PositionId, ChainCycle>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: PositionId[] = [];
    let current: PositionId | null | undefined = start;
    while (current !== null && current !== undefined && !state.has(current)) {
      state.set(current, 'ON_PATH');
      path.push(current);
      current = next.get(current);
    }
    if (current !== null && current !== undefined && state.get(current) === 'ON_PATH') {
      const members = path.slice(path.indexOf(current));
      if (members.length >= minLength) {
        const cycle = { members, sorted: [...members].sort((a, b) => a - b) };
        for (const id of members) cycles.set(id, cycle);
      }
    }
    for (const id of path) state.set(id, 'DONE');
  }
  return cycles;
}

/** The cycle written from the position: it first, then along the chain. */
export function cycleFrom(cycle: ChainCycle, positionId: PositionId): PositionId[] {
  const i = cycle.members.indexOf(positionId);
  return [...cycle.members.slice(i), ...cycle.members.slice(0, i)];
}
