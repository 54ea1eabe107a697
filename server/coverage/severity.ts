/**
 * Gap kinds, most severe first: a position's worst gap is the first of its gaps in this order.
 * The web client imports this module too, so the order lives in one place.
 */
import type { GapKind } from './model.js';

export const GAP_SEVERITY: readonly GapKind[] = [
  'NO_SUBSTITUTE',
  'ONLY_UNDOCUMENTED_SUBSTITUTES',
  'SINGLE_SUBSTITUTE',
  'MANAGER_ONLY',
  'MUTUAL_PAIR_ONLY',
  'CONTRADICTED_LINE',
  'SUBSTITUTE_CHAIN_CYCLE',
  'VACANT_SUBSTITUTE',
  'QUALIFICATION_MISMATCH',
  'OVERLOADED_SUBSTITUTE',
  'CROSS_UNIT',
  'UNCONFIRMED_LINE',
];
