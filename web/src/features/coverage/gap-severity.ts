import type { GapKind } from '../../gql/graphql';
import { GAP_SEVERITY as SERVER_SEVERITY } from '../../../../server/coverage/severity';

/** Gap kinds, most severe first: the server's own order (one module for both). */
export const GAP_SEVERITY: readonly GapKind[] = SERVER_SEVERITY;

/**
 * Six steps of one colour scale, green to dark red. Twelve gap kinds would be twelve colours
 * nobody can tell apart, so kinds of like weight share a step; the node names the exact kind.
 */
export type GapTone = 'ok' | 'low' | 'moderate' | 'serious' | 'high' | 'critical';

export const GAP_TONES: readonly GapTone[] = ['ok', 'low', 'moderate', 'serious', 'high', 'critical'];

/** Every kind has a step (`Record` makes a new kind in the schema fail to compile until placed). */
const TONE_OF_KIND: Record<GapKind, GapTone> = {
  NO_SUBSTITUTE: 'critical',
  ONLY_UNDOCUMENTED_SUBSTITUTES: 'high',
  SINGLE_SUBSTITUTE: 'high',
  MANAGER_ONLY: 'high',
  MUTUAL_PAIR_ONLY: 'high',
  CONTRADICTED_LINE: 'serious',
  SUBSTITUTE_CHAIN_CYCLE: 'serious',
  VACANT_SUBSTITUTE: 'serious',
  QUALIFICATION_MISMATCH: 'moderate',
  OVERLOADED_SUBSTITUTE: 'moderate',
  CROSS_UNIT: 'moderate',
  UNCONFIRMED_LINE: 'low',
};

/** Fill of each step (inline for the minimap and image export, which do not read CSS classes). */
export const TONE_COLOR: Record<GapTone, string> = {
  ok: '#2e9d57',
  low: '#9bbf3b',
  moderate: '#e9b824',
  serious: '#ef8a22',
  high: '#d9412e',
  critical: '#8c1d13',
};

export const toneOfGap = (worstGap: GapKind | null | undefined): GapTone => (worstGap ? TONE_OF_KIND[worstGap] : 'ok');

/** The kinds drawn in one step of the scale, most severe first (for the legend). */
export const kindsOfTone = (tone: GapTone): GapKind[] => GAP_SEVERITY.filter((kind) => TONE_OF_KIND[kind] === tone);

/** Sorts most severe first; a kind the client does not know goes last. */
export const severityRank = (kind: GapKind | null | undefined): number => {
  if (!kind) return GAP_SEVERITY.length + 1;
  const rank = GAP_SEVERITY.indexOf(kind);
  return rank < 0 ? GAP_SEVERITY.length : rank;
};
