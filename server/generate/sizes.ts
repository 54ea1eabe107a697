/**
 * Sizes that add up exactly: the organisation has the number of positions asked for, and every
 * unit head has 3–12 direct reports (staff of the unit plus heads of its sub-units).
 */
import type { Random } from './random.js';
import type { GenUnitKind } from './model.js';

export const SPAN = { min: 3, max: 12 } as const;

/** Smallest and largest unit of each kind, head included. */
export const UNIT_SIZE: Record<GenUnitKind, { min: number; max: number }> = {
  TEAM: { min: 1 + SPAN.min, max: 1 + SPAN.max },
  DIVISION: { min: 1 + SPAN.min, max: 1 + SPAN.max * (1 + SPAN.max) },
  // Kept well below 1 + 12 × 157 so that departments are not all at their limit.
  DEPARTMENT: { min: 1 + SPAN.min, max: 1200 },
};

const CHILD: Partial<Record<GenUnitKind, GenUnitKind>> = { DEPARTMENT: 'DIVISION', DIVISION: 'TEAM' };
/** A typical sub-unit's size, which decides how many sub-units a unit of a given size gets. */
const TYPICAL_CHILD: Partial<Record<GenUnitKind, [number, number]>> = { DEPARTMENT: [15, 60], DIVISION: [7, 10] };

export interface UnitPlan {
  /** Positions directly in the unit besides its head. */
  staff: number;
  /** Sizes of the sub-units, heads included. */
  children: number[];
}

/** How a unit of exactly `size` positions divides into its own staff and sub-units. */
export function planUnit(random: Random, kind: GenUnitKind, size: number): UnitPlan {
  const rest = size - 1;
  const childKind = CHILD[kind];
  if (!childKind) return { staff: rest, children: [] };
  const { min, max } = UNIT_SIZE[childKind];
  const [low, high] = TYPICAL_CHILD[kind]!;
  const wantedStaff = random.chance(0.5) ? 0 : random.int(1, 3);
  const wantedChildren = (rest - wantedStaff) / random.int(low, high);
  let best: { staff: number; children: number; score: number } | null = null;
  for (let children = 0; children <= SPAN.max; children++) {
    for (let staff = 0; staff + children <= SPAN.max; staff++) {
      const inChildren = rest - staff;
      if (staff + children < SPAN.min || inChildren < children * min || inChildren > children * max) continue;
      const score = Math.abs(children - wantedChildren) + 0.5 * Math.abs(staff - wantedStaff);
      if (!best || score < best.score) best = { staff, children, score };
    }
  }
  if (!best) throw new Error(`no ${kind.toLowerCase()} of ${size} positions has spans of ${SPAN.min}–${SPAN.max}`);
  return { staff: best.staff, children: splitSizes(random, rest - best.staff, best.children, min, max) };
}

/** `count` random sizes within [min, max] that sum to `total` (which must be reachable). */
export function splitSizes(random: Random, total: number, count: number, min: number, max: number): number[] {
  const sizes = new Array<number>(count).fill(min);
  let left = total - count * min;
  const weights = sizes.map(() => 0.3 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < count && left > 0; i++) {
    const add = Math.min(max - min, Math.floor(((total - count * min) * weights[i]) / sum), left);
    sizes[i] += add;
    left -= add;
  }
  for (let i = 0; left > 0; i = (i + 1) % count) {
    if (sizes[i] < max) {
      sizes[i]++;
      left--;
    }
  }
  return sizes;
}

export interface TopPlan {
  deputies: number;
  /** Advisers to the head, for the few positions too many to make another department. */
  advisers: number;
  departments: number[];
}

/**
 * The top of the organisation: its head, deputies (none below 100 positions) and department
 * sizes drawn log-uniformly, larger in larger organisations.
 */
export function planTop(random: Random, total: number, maxDeputies: number): TopPlan {
  const deputies = total < 100 ? 0 : Math.min(maxDeputies, Math.max(2, Math.round(Math.sqrt(total) / 8)));
  const { min, max } = UNIT_SIZE.DEPARTMENT;
  const high = Math.min(max, Math.max(30, Math.round(total / 8)));
  const low = Math.min(high, Math.max(30, Math.round(total / 400)));
  const departments: number[] = [];
  let rest = total - 1 - deputies;
  while (rest >= min) {
    if (rest <= high) {
      departments.push(rest);
      rest = 0;
    } else if (rest < high + low) {
      // Too much for one department, too little for a drawn one and a remainder: two halves.
      const half = Math.floor(rest / 2);
      departments.push(half, rest - half);
      rest = 0;
    } else {
      const size = Math.round(Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low))));
      departments.push(size);
      rest -= size;
    }
  }
  return { deputies, advisers: rest, departments };
}
