import { useCallback, useSyncExternalStore } from 'react';

/**
 * The view that a link shares: `?position=…&unit=…&overlay=substitution`.
 * `position` is the open job description, `unit` the unit the chart is focused on.
 */
export interface UrlState {
  position: string | null;
  unit: string | null;
  overlay: boolean;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    position: params.get('position') || null,
    unit: params.get('unit') || null,
    overlay: params.get('overlay') === 'substitution',
  };
}

/** The query string for `state`, keeping parameters this client does not know. */
export function writeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('position', state.position);
  set('unit', state.unit);
  set('overlay', state.overlay ? 'substitution' : null);
  const query = params.toString();
  return query ? `?${query}` : '';
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

/** The URL state and a setter; `push` adds a history entry (Back returns), `replace` does not. */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const update = useCallback((patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') => {
    const current = window.location.search;
    const next = writeUrlState({ ...readUrlState(current), ...patch }, current);
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
