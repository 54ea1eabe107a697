import type { ChartDirection } from './compact-layout';
import { collapsedForLevels, type ExpandLevels } from './expand';
import type { OrgData, OrgIndex } from './org-data';

/**
 * The chart's own part of a shared link: `dir=lr` (left to right; top-down is left out), and which
 * units are open — `expand=1|2|all` when they are those of an expand level, otherwise the units
 * opened (`open=id,…`) and closed (`closed=id,…`) beside the chart's opening view. The unit the
 * chart is focused on (`unit=`) belongs to the app's URL state (app/url-state.ts).
 */
export interface ChartUrlState {
  direction: ChartDirection;
  expand: ExpandLevels | null;
  open: readonly string[];
  closed: readonly string[];
}

const LEVELS: readonly string[] = ['1', '2', 'all'];

export function readChartUrl(search: string): ChartUrlState {
  const params = new URLSearchParams(search);
  const expand = params.get('expand');
  return {
    direction: params.get('dir') === 'lr' ? 'LR' : 'TB',
    expand: expand && LEVELS.includes(expand) ? (expand === 'all' ? 'all' : (Number(expand) as 1 | 2)) : null,
    open: idList(params.get('open')),
    closed: idList(params.get('closed')),
  };
}

/** The query string with the chart's parameters set from `state`, every other parameter kept. */
export function writeChartUrl(state: ChartUrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('dir', state.direction === 'LR' ? 'lr' : null);
  set('expand', state.expand === null ? null : String(state.expand));
  set('open', state.open.length ? state.open.join(',') : null);
  set('closed', state.closed.length ? state.closed.join(',') : null);
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/** The closed units a link names, from the chart's opening view (`initial`); unknown IDs are ignored. */
export function collapsedFromUrl(state: ChartUrlState, data: OrgData, index: OrgIndex, initial: ReadonlySet<string>): Set<string> {
  if (state.expand !== null) return collapsedForLevels(data, index, state.expand);
  const collapsed = new Set(initial);
  for (const id of state.open) collapsed.delete(id);
  for (const id of state.closed) if (index.unit(id)) collapsed.add(id);
  return collapsed;
}

/** How a link names these closed units: by expand level when one gives them, else by what differs from the opening view. */
export function describeCollapsed(collapsed: ReadonlySet<string>, data: OrgData, index: OrgIndex, initial: ReadonlySet<string>): Pick<ChartUrlState, 'expand' | 'open' | 'closed'> {
  if (sameSet(collapsed, initial)) return { expand: null, open: [], closed: [] };
  for (const levels of [1, 2, 'all'] as const) {
    if (sameSet(collapsed, collapsedForLevels(data, index, levels))) return { expand: levels, open: [], closed: [] };
  }
  const ids = data.units.map((u) => u.id);
  return { expand: null, open: ids.filter((id) => initial.has(id) && !collapsed.has(id)), closed: ids.filter((id) => !initial.has(id) && collapsed.has(id)) };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function idList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** Puts the chart's state in the address bar without a history entry (opening units is no step to go Back to). */
export function replaceChartUrl(state: ChartUrlState) {
  const current = window.location.search;
  const next = writeChartUrl(state, current);
  if (next === current) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
}
