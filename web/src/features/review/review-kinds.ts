import type { ReviewItemViewFragment, ReviewKind } from '../../gql/graphql';
import type { Language } from '../../i18n/labels';

/** Every kind of review item, in the order the kind filter lists them. */
export const REVIEW_KINDS: readonly ReviewKind[] = [
  'LOW_CONFIDENCE_FIELD',
  'STALE_CORRECTION',
  'REPORTING_CONFLICT',
  'CONTRADICTED_SUBSTITUTION',
  'AMBIGUOUS_REFERENCE',
  'CROSS_UNIT_REFERENCE',
  'TYPO_MERGE',
  'IMPORT_WARNINGS',
];

/** A kind from the URL; one the client does not know is no filter. */
export function asReviewKind(value: string | null): ReviewKind | null {
  return value && (REVIEW_KINDS as readonly string[]).includes(value) ? (value as ReviewKind) : null;
}

export interface KindOption {
  kind: ReviewKind;
  count: number;
}

/**
 * The kind filter's options: the kinds with items, in REVIEW_KINDS order, and the chosen kind even
 * when it has none left (settling the last one must not make the filter jump).
 */
export function kindOptions(counts: readonly KindOption[], chosen: ReviewKind | null): KindOption[] {
  const byKind = new Map(counts.map((c) => [c.kind, c.count]));
  return REVIEW_KINDS.filter((kind) => (byKind.get(kind) ?? 0) > 0 || kind === chosen).map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }));
}

export const explanationOf = (item: Pick<ReviewItemViewFragment, 'explanation'>, lang: Language): string => (lang === 'et' ? item.explanation.et : item.explanation.en);

/** Where choosing an item leads: its first position, at its field and lines. */
export interface ReviewFocus {
  itemId: string;
  positionId: string;
  field: string | null;
  lines: { start: number; end: number } | null;
  /** Open the field's editor at once (the item's Correct button). */
  edit: boolean;
}

export function focusOf(item: ReviewItemViewFragment, edit = false): ReviewFocus | null {
  const position = item.positions[0];
  if (!position) return null;
  return { itemId: item.id, positionId: position.id, field: item.field, lines: item.lines ? { start: item.lines.start, end: item.lines.end } : null, edit };
}
