import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartDirection } from './compact-layout';
import type { ChartEdge, ChartNode } from './flow-types';
import { layoutChart, type EdgeRoutes, type RunLayout } from './layout';
import { layoutInBrowser } from './run-layout-browser';

export type LayoutState =
  /** `routes` go with `nodes`: the ways of the lines the layout routed between those nodes' cards. */
  | { status: 'pending'; nodes: ChartNode[] | null; routes?: EdgeRoutes }
  /** `current`: laid out from the nodes and direction given now (else a newer layout is on its way). */
  | { status: 'ready'; nodes: ChartNode[]; ms: number; current: boolean; routes: EdgeRoutes }
  | { status: 'error'; error: unknown; nodes: ChartNode[] | null; routes?: EdgeRoutes };

let sharedRun: RunLayout | null = null;

/**
 * Positions the nodes (in a worker), again only when what is laid out changes (the nodes, their
 * units, the reporting lines, the direction) — not on selection or the substitution overlay.
 * While a new layout runs the previous one stays on screen.
 */
export function useChartLayout(nodes: ChartNode[], edges: ChartEdge[], direction: ChartDirection = 'TB', run?: RunLayout): LayoutState {
  const key = useMemo(() => layoutKey(nodes, edges), [nodes, edges]);
  const latest = useRef({ nodes, edges });
  latest.current = { nodes, edges };
  const [state, setState] = useState<LayoutState & { of?: string }>({ status: 'pending', nodes: null });

  useEffect(() => {
    let cancelled = false;
    const runLayout = run ?? (sharedRun ??= layoutInBrowser());
    const started = performance.now();
    setState((previous) => ({ status: 'pending', nodes: previous.nodes, routes: previous.routes }));
    const { nodes: input, edges: lines } = latest.current;
    layoutChart(input, lines, runLayout, { direction }).then(
      (positioned) => !cancelled && setState({ status: 'ready', nodes: positioned.nodes, routes: positioned.routes, ms: performance.now() - started, current: true, of: `${direction}|${key}` }),
      (error: unknown) => !cancelled && setState((previous) => ({ status: 'error', error, nodes: previous.nodes, routes: previous.routes })),
    );
    return () => {
      cancelled = true;
    };
  }, [key, run, direction]);

  const current = state.status === 'ready' && state.of === `${direction}|${key}`;
  return useMemo(() => (state.status === 'ready' ? { status: 'ready', nodes: state.nodes, routes: state.routes, ms: state.ms, current } : state), [state, current]);
}

function layoutKey(nodes: ChartNode[], edges: ChartEdge[]): string {
  const parts: string[] = [];
  for (const n of nodes) parts.push(`${n.id}/${n.parentId ?? ''}/${n.type === 'unit' && n.data.collapsed ? 'c' : ''}`);
  for (const e of edges) if (e.type === 'reporting') parts.push(`${e.source}>${e.target}`);
  return parts.join('|');
}
