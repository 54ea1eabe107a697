/**
 * Line status: how well the documents back a substitution line.
 * - CONFIRMED: both documents state it (the substituted's "who substitutes" list and the
 *   substitute's "whom it substitutes" list).
 * - UNCONFIRMED: the side that does not state it has no document (an undocumented position,
 *   a group or a placeholder), so nothing can confirm it.
 * - CONTRADICTED: the side that does not state it is a documented position whose document
 *   leaves it out.
 */
import type { CoverageLine, LineStatus, PositionId, SubstituteRef } from './model.js';

export function lineStatus(
  line: Pick<CoverageLine, 'substitute' | 'substituted' | 'statedBySubstituted' | 'statedBySubstitute'>,
  isDocumented: (positionId: PositionId) => boolean,
): LineStatus {
  if (line.statedBySubstituted && line.statedBySubstitute) return 'CONFIRMED';
  // The silent side: the substitute when only the substituted states the line, else the substituted.
  const silent = line.statedBySubstituted ? line.substitute : line.substituted;
  return hasDocument(silent, isDocumented) ? 'CONTRADICTED' : 'UNCONFIRMED';
}

/** Only positions have documents; groups and placeholders never do. */
export function hasDocument(ref: SubstituteRef, isDocumented: (positionId: PositionId) => boolean): boolean {
  return ref.kind === 'POSITION' && isDocumented(ref.positionId);
}
