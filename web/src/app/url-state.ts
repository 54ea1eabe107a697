import { useCallback, useSyncExternalStore } from 'react';

/** What the chart is for: the structure, substitution gaps, a what-if of absences, or reviewing the reading. */
export type ChartMode = 'structure' | 'coverage' | 'absence' | 'review';

/** Review mode's status filter; `OPEN` (the default) is left out of the URL. */
export type ReviewStatusFilter = 'OPEN' | 'ACCEPTED' | 'CORRECTED' | 'DISMISSED';

/**
 * The view that a link shares:
 * `?position=…&unit=…&overlay=substitution&mode=absence&absent=id1,id2&escalate=manager`.
 * `position` is the open job description, `unit` the unit the chart is focused on; `absent` and
 * `escalate` belong to the absence mode and are kept only while it is on; `kind` and `status`
 * (review item filters, `?mode=review&kind=TYPO_MERGE&status=DISMISSED`) to the review mode;
 * `gap`, `gapUnit` and `confidence` (the gap list's filters,
 * `?mode=coverage&gap=NO_SUBSTITUTE&gapUnit=…&confidence=low`) to the coverage mode.
 */
export interface UrlState {
  position: string | null;
  unit: string | null;
  overlay: boolean;
  mode: ChartMode;
  /** Positions marked away, in the order they were marked. */
  absent: readonly string[];
  /** Absence mode: a present manager takes over when no substitute is available. */
  escalate: boolean;
  /** Review mode: the kind of item shown (null: every kind). */
  reviewKind: string | null;
  /** Review mode: the status of items shown. */
  reviewStatus: ReviewStatusFilter;
  /** Coverage mode: the gap kind listed (null: every kind). */
  gapKind: string | null;
  /**
   * Coverage mode: the unit whose gaps are listed, its sub-units included (null: every unit).
   * Left out of the URL while it is the chart's focused unit, which it follows by default.
   */
  gapUnit: string | null;
  /** Coverage mode: only positions whose lines rest on fields read with low confidence. */
  lowConfidence: boolean;
}

export const MODES: readonly ChartMode[] = ['structure', 'coverage', 'absence', 'review'];
const REVIEW_STATUSES: readonly ReviewStatusFilter[] = ['OPEN', 'ACCEPTED', 'CORRECTED', 'DISMISSED'];
/** `gapUnit=all`: every unit's gaps while the chart is focused on one. */
const ALL_UNITS = 'all';

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const modeParam = params.get('mode') as ChartMode | null;
  const mode = modeParam && MODES.includes(modeParam) ? modeParam : 'structure';
  const absence = mode === 'absence';
  const review = mode === 'review';
  const statusParam = params.get('status') as ReviewStatusFilter | null;
  const coverage = mode === 'coverage';
  const unit = params.get('unit') || null;
  const gapUnitParam = params.get('gapUnit') || null;
  return {
    position: params.get('position') || null,
    unit,
    overlay: params.get('overlay') === 'substitution',
    mode,
    absent: absence ? parseIdList(params.get('absent')) : [],
    escalate: absence && params.get('escalate') === 'manager',
    // Checked against the kinds the client knows where it is used (features/review/review-kinds.ts).
    reviewKind: (review && params.get('kind')) || null,
    reviewStatus: review && statusParam && REVIEW_STATUSES.includes(statusParam) ? statusParam : 'OPEN',
    // Checked against the kinds the list has where it is used (features/coverage/GapList.tsx).
    gapKind: (coverage && params.get('gap')) || null,
    gapUnit: !coverage ? null : gapUnitParam === ALL_UNITS ? null : (gapUnitParam ?? unit),
    lowConfidence: coverage && params.get('confidence') === 'low',
  };
}

/** The query string for `state`, keeping parameters this client does not know. */
export function writeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  const absence = state.mode === 'absence';
  set('position', state.position);
  set('unit', state.unit);
  set('overlay', state.overlay ? 'substitution' : null);
  set('mode', state.mode === 'structure' ? null : state.mode);
  set('absent', absence && state.absent.length ? state.absent.join(',') : null);
  set('escalate', absence && state.escalate ? 'manager' : null);
  const review = state.mode === 'review';
  set('kind', review ? state.reviewKind : null);
  set('status', review && state.reviewStatus !== 'OPEN' ? state.reviewStatus : null);
  const coverage = state.mode === 'coverage';
  set('gap', coverage ? state.gapKind : null);
  set('gapUnit', coverage && state.gapUnit !== state.unit ? (state.gapUnit ?? ALL_UNITS) : null);
  set('confidence', coverage && state.lowConfidence ? 'low' : null);
  // Commas need no escaping in a query string; left readable, `absent=a,b` can be edited by hand.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** "a,b,,a" → ["a", "b"]: IDs contain no commas; empty parts and repeats are dropped. */
export function parseIdList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** Adds the ID when it is not in the list, removes it when it is. */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((other) => other !== id) : [...list, id];
}

const CHANGE_EVENT = 'orgraph:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type SetUrlState = (patch: Partial<UrlState> | ((current: UrlState) => Partial<UrlState>), mode?: 'push' | 'replace') => void;

/**
 * The URL state and a setter; `push` adds a history entry (Back returns), `replace` does not.
 * A patch can be a function of the current state, for changes that build on it (toggling one
 * absent position while another click is still on its way).
 */
export function useUrlState(): [UrlState, SetUrlState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const update = useCallback<SetUrlState>((patch, mode = 'push') => {
    const current = window.location.search;
    const state = readUrlState(current);
    const next = writeUrlState({ ...state, ...(typeof patch === 'function' ? patch(state) : patch) }, current);
    if (next === current) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [readUrlStateMemo(search), update];
}

// One object per query string, so effects that depend on the state run only when it changes.
let lastSearch: string | null = null;
let lastState: UrlState = readUrlState('');
function readUrlStateMemo(search: string): UrlState {
  if (search !== lastSearch) {
    lastSearch = search;
    lastState = readUrlState(search);
  }
  return lastState;
}
