import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIdList, readUrlState, toggleId, useUrlState, writeUrlState, type UrlState } from '../../web/src/app/url-state';

const base: UrlState = { position: null, unit: null, overlay: false, mode: 'structure', absent: [], escalate: false, reviewKind: null, reviewStatus: 'OPEN', gapKind: null, gapUnit: null, lowConfidence: false };

describe('URL state of the absence mode', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('round-trips the absent set as absent=id1,id2', () => {
    const state: UrlState = { ...base, mode: 'absence', absent: ['UG9zaXRpb246MTE', 'UG9zaXRpb246MTI'], escalate: true };
    const search = writeUrlState(state);
    expect(search).toBe('?mode=absence&absent=UG9zaXRpb246MTE,UG9zaXRpb246MTI&escalate=manager');
    expect(readUrlState(search)).toEqual(state);
    // An encoded comma reads the same.
    expect(readUrlState('?mode=absence&absent=a%2Cb').absent).toEqual(['a', 'b']);
  });

  it('keeps the absent set only while the absence mode is on', () => {
    expect(readUrlState('?mode=coverage&absent=a,b&escalate=manager')).toMatchObject({ mode: 'coverage', absent: [], escalate: false });
    expect(writeUrlState({ ...base, mode: 'coverage', absent: ['a'], escalate: true })).toBe('?mode=coverage');
    expect(writeUrlState({ ...base, mode: 'absence', absent: [] })).toBe('?mode=absence');
    expect(readUrlState('?mode=nonsense').mode).toBe('structure');
  });

  it('keeps other parameters and drops repeats and empty parts', () => {
    expect(writeUrlState({ ...base, mode: 'absence', absent: ['a'] }, '?lang=et&absent=x')).toBe('?lang=et&absent=a&mode=absence');
    expect(parseIdList('a,,b,a, c')).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleId(['b'], 'a')).toEqual(['b', 'a']);
  });

  it('toggles absences through the URL and reads them back after a reload', () => {
    window.history.replaceState(null, '', '/?mode=absence');
    const { result, unmount } = renderHook(() => useUrlState());
    act(() => result.current[1]((state) => ({ absent: toggleId(state.absent, 'p1') }), 'replace'));
    act(() => result.current[1]((state) => ({ absent: toggleId(state.absent, 'p2') }), 'replace'));
    act(() => result.current[1]((state) => ({ absent: toggleId(state.absent, 'p1') }), 'replace'));
    act(() => result.current[1]((state) => ({ absent: toggleId(state.absent, 'p3') }), 'replace'));
    expect(result.current[0].absent).toEqual(['p2', 'p3']);
    expect(window.location.search).toBe('?mode=absence&absent=p2,p3');
    unmount();

    // A reload: a fresh reader of the same address.
    const reloaded = renderHook(() => useUrlState());
    expect(reloaded.result.current[0]).toMatchObject({ mode: 'absence', absent: ['p2', 'p3'] });
    // Leaving the mode clears the set from the address.
    act(() => reloaded.result.current[1]({ mode: 'structure' }));
    expect(window.location.search).toBe('');
  });
});

describe('URL state of the review mode', () => {
  it('round-trips the kind and status filters as kind=…&status=…, leaving out the default OPEN', () => {
    const state: UrlState = { ...base, mode: 'review', reviewKind: 'TYPO_MERGE', reviewStatus: 'DISMISSED' };
    const search = writeUrlState(state);
    expect(search).toBe('?mode=review&kind=TYPO_MERGE&status=DISMISSED');
    expect(readUrlState(search)).toEqual(state);
    expect(writeUrlState({ ...base, mode: 'review' })).toBe('?mode=review');
    expect(readUrlState('?mode=review')).toMatchObject({ reviewKind: null, reviewStatus: 'OPEN' });
  });

  it('keeps the review filters only while the review mode is on, and reads an unknown status as OPEN', () => {
    expect(readUrlState('?mode=coverage&kind=TYPO_MERGE&status=DISMISSED')).toMatchObject({ reviewKind: null, reviewStatus: 'OPEN' });
    expect(writeUrlState({ ...base, mode: 'coverage', reviewKind: 'TYPO_MERGE', reviewStatus: 'ACCEPTED' })).toBe('?mode=coverage');
    expect(readUrlState('?mode=review&status=whatever').reviewStatus).toBe('OPEN');
  });
});

describe('URL state of the gap list', () => {
  it('round-trips the gap kind, unit and low-confidence filters as gap=…&gapUnit=…&confidence=low', () => {
    const state: UrlState = { ...base, mode: 'coverage', gapKind: 'NO_SUBSTITUTE', gapUnit: 'VW5pdDo3', lowConfidence: true };
    const search = writeUrlState(state);
    expect(search).toBe('?mode=coverage&gap=NO_SUBSTITUTE&gapUnit=VW5pdDo3&confidence=low');
    expect(readUrlState(search)).toEqual(state);
  });

  it("lists the chart's focused unit unless the link names another unit or all of them", () => {
    expect(readUrlState('?mode=coverage&unit=U1')).toMatchObject({ unit: 'U1', gapUnit: 'U1' });
    expect(readUrlState('?mode=coverage&unit=U1&gapUnit=U2')).toMatchObject({ unit: 'U1', gapUnit: 'U2' });
    expect(readUrlState('?mode=coverage&unit=U1&gapUnit=all')).toMatchObject({ unit: 'U1', gapUnit: null });
    expect(writeUrlState({ ...base, mode: 'coverage', unit: 'U1', gapUnit: 'U1' })).toBe('?unit=U1&mode=coverage');
    expect(writeUrlState({ ...base, mode: 'coverage', unit: 'U1', gapUnit: null })).toBe('?unit=U1&mode=coverage&gapUnit=all');
    expect(writeUrlState({ ...base, mode: 'coverage', unit: null, gapUnit: null })).toBe('?mode=coverage');
  });

  it('keeps the gap filters only while the coverage mode is on, and keeps parameters it does not know', () => {
    expect(readUrlState('?mode=absence&gap=NO_SUBSTITUTE&gapUnit=U2&confidence=low')).toMatchObject({ gapKind: null, gapUnit: null, lowConfidence: false });
    expect(writeUrlState({ ...base, mode: 'structure', gapKind: 'NO_SUBSTITUTE', gapUnit: 'U2', lowConfidence: true })).toBe('');
    expect(writeUrlState({ ...base, mode: 'coverage', gapKind: 'SINGLE_SUBSTITUTE' }, '?orientation=LR&gap=NO_SUBSTITUTE')).toBe(
      '?orientation=LR&gap=SINGLE_SUBSTITUTE&mode=coverage',
    );
  });

  it('changes a filter through the URL without losing the others, and reads them back after a reload', () => {
    window.history.replaceState(null, '', '/?mode=coverage&unit=U1&zoom=keep');
    const { result, unmount } = renderHook(() => useUrlState());
    act(() => result.current[1]({ gapKind: 'NO_SUBSTITUTE' }, 'replace'));
    act(() => result.current[1]({ gapUnit: null }, 'replace'));
    act(() => result.current[1]({ lowConfidence: true }, 'replace'));
    expect(window.location.search).toBe('?mode=coverage&unit=U1&zoom=keep&gap=NO_SUBSTITUTE&gapUnit=all&confidence=low');
    unmount();
    const reloaded = renderHook(() => useUrlState());
    expect(reloaded.result.current[0]).toMatchObject({ mode: 'coverage', unit: 'U1', gapKind: 'NO_SUBSTITUTE', gapUnit: null, lowConfidence: true });
    window.history.replaceState(null, '', '/');
  });
});
