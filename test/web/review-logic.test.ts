import { describe, expect, it } from 'vitest';
import { draftOf, isListField, sameList, showValue, valueOfDraft } from '../../web/src/features/description/header-fields';
import { asReviewKind, focusOf, kindOptions } from '../../web/src/features/review/review-kinds';
import type { ReviewItemViewFragment } from '../../web/src/gql/graphql';

describe('the kind filter of the review list', () => {
  it('lists the kinds that have items in a fixed order, and keeps the chosen kind when none is left', () => {
    const counts = [
      { kind: 'TYPO_MERGE' as const, count: 2 },
      { kind: 'LOW_CONFIDENCE_FIELD' as const, count: 5 },
    ];
    expect(kindOptions(counts, null)).toEqual([
      { kind: 'LOW_CONFIDENCE_FIELD', count: 5 },
      { kind: 'TYPO_MERGE', count: 2 },
    ]);
    expect(kindOptions(counts, 'REPORTING_CONFLICT').map((o) => o.kind)).toEqual(['LOW_CONFIDENCE_FIELD', 'REPORTING_CONFLICT', 'TYPO_MERGE']);
  });

  it('reads a kind from the URL only when the client knows it', () => {
    expect(asReviewKind('STALE_CORRECTION')).toBe('STALE_CORRECTION');
    expect(asReviewKind('NOT_A_KIND')).toBeNull();
    expect(asReviewKind(null)).toBeNull();
  });
});

describe('choosing a review item', () => {
  const item = (positions: { id: string }[]) =>
    ({ id: 'item', field: 'manager', lines: { start: 21, end: 23 }, positions }) as unknown as ReviewItemViewFragment;

  it('leads to its first position at its field and lines', () => {
    expect(focusOf(item([{ id: 'p1' }, { id: 'p2' }]), true)).toEqual({ itemId: 'item', positionId: 'p1', field: 'manager', lines: { start: 21, end: 23 }, edit: true });
  });

  it('leads nowhere when the item names no position', () => {
    expect(focusOf(item([]))).toBeNull();
  });
});

describe('the header field editor’s values', () => {
  it('edits lists item by item and a single field in one box', () => {
    expect(isListField('substitutes')).toBe(true);
    expect(isListField('manager')).toBe(false);
    expect(draftOf('substitutes', ['A', 'B'])).toEqual(['A', 'B']);
    expect(draftOf('manager', [])).toEqual(['']);
    expect(draftOf('title', ['Nõunik'])).toEqual(['Nõunik']);
  });

  it('sends items trimmed, leaving out empty ones, so that an emptied single field is cleared', () => {
    expect(valueOfDraft([' Nõunik ', '', '  ', 'Koordinaator'])).toEqual(['Nõunik', 'Koordinaator']);
    expect(valueOfDraft([''])).toEqual([]);
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(showValue([], 'empty')).toBe('empty');
    expect(showValue(['A', 'B'], 'empty')).toBe('A, B');
  });
});
