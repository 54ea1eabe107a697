/**
 * Substitution chains: from each position follow its first substitute (see `firstSubstitute`).
 * Every position has at most one next step, so the chains form a functional graph and each
 * cycle is found in one linear pass.
 */
import type { PositionId } from './model.js';

/**
 * The cycles of length >= `minLength` in the chain graph. Each position on such a cycle maps to the
 * cycle written from that position (positions leading into a cycle are not on it).
 */
export function chainCycles(next: Map<PositionId, PositionId | null>, minLength = 3): Map<PositionId, PositionId[]> {
  const state = new Map<PositionId, 'ON_PATH' | 'DONE'>();
  const cycles = new Map<PositionId, PositionId[]>();
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
      const cycle = path.slice(path.indexOf(current));
      if (cycle.length >= minLength) {
        cycle.forEach((id, i) => cycles.set(id, [...cycle.slice(i), ...cycle.slice(0, i)]));
      }
    }
    for (const id of path) state.set(id, 'DONE');
  }
  return cycles;
}
