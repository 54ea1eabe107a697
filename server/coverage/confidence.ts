/**
 * Which positions' substitution lines rest on a header field the reader was unsure of: such a line
 * (or such a missing line) may be a misreading, and HR checks it against the text before acting on it.
 */
import type { PositionId, SubstituteRef } from './model.js';

export interface LinesOfPosition {
  positionId: PositionId;
  substitutes: readonly { ref: SubstituteRef; statedBySubstitute: boolean }[];
}

/**
 * True when the position's own "who substitutes" list was read with low confidence (whatever it gave,
 * lines or none), or when a substitute's document states its line in a "whom it substitutes" list read
 * with low confidence.
 */
export function restsOnLowConfidence(position: LinesOfPosition, lowFields: (id: PositionId) => readonly string[]): boolean {
  if (lowFields(position.positionId).includes('substitutedBy')) return true;
  return position.substitutes.some((s) => s.statedBySubstitute && s.ref.kind === 'POSITION' && lowFields(s.ref.positionId).includes('substitutes'));
}
