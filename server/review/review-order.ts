/**
 * The order of the review queue and the keys of its items: the one place for both rules.
 * Most pressing first: a stale correction hides HR's own fix, a conflict or contradiction is a
 * disagreement between documents, a reference or a low-confidence reading is a likely misreading,
 * a merge or a medium-confidence reading a likely right guess, a warning a note.
 */
import type { ReviewKind } from './review-item.entity.js';

/** Ranks of the queue; low- and medium-confidence fields rank apart. */
export const RANKS = ['STALE_CORRECTION', 'REPORTING_CONFLICT', 'CONTRADICTED_SUBSTITUTION', 'AMBIGUOUS_REFERENCE', 'CROSS_UNIT_REFERENCE', 'LOW_FIELD', 'TYPO_MERGE', 'MEDIUM_FIELD', 'IMPORT_WARNINGS'] as const;
export type Rank = (typeof RANKS)[number];

/** Kinds in the queue's order, for counts per kind. */
export const KIND_ORDER: ReviewKind[] = ['STALE_CORRECTION', 'REPORTING_CONFLICT', 'CONTRADICTED_SUBSTITUTION', 'AMBIGUOUS_REFERENCE', 'CROSS_UNIT_REFERENCE', 'LOW_CONFIDENCE_FIELD', 'TYPO_MERGE', 'IMPORT_WARNINGS'];

const STALE_PREFIX = 'stale:';

export const staleCorrectionKey = (correctionRowId: number): string => `${STALE_PREFIX}${correctionRowId}`;

/** The correction a STALE_CORRECTION item's key names, or null for another key. */
export function staleCorrectionId(key: string): number | null {
  if (!key.startsWith(STALE_PREFIX)) return null;
  const id = Number(key.slice(STALE_PREFIX.length));
  return Number.isInteger(id) && id > 0 ? id : null;
}
