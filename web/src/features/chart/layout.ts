import { routedLayout, type EdgeRoutes, type LayoutOptions, type RoutedLayout } from './compact-layout';
import type { ChartEdge, ChartNode } from './flow-types';

export type { ChartDirection, EdgeRoutes, LayoutOptions, RoutedLayout } from './compact-layout';

/** Runs the compact layout: in a Web Worker in the browser, on the calling thread in tests and the benchmark. */
export type RunLayout = (nodes: ChartNode[], edges: ChartEdge[], options: LayoutOptions) => Promise<RoutedLayout>;

/** What the layout reads of a node; all a worker needs to be sent. */
export type LayoutNode = Pick<ChartNode, 'id' | 'type' | 'parentId' | 'width' | 'height' | 'position'> & { data: { collapsed?: boolean } };
export type LayoutEdge = Pick<ChartEdge, 'id' | 'type' | 'source' | 'target'>;
/** Where the layout put a node (relative to its parent), and an open unit's size. */
export type LayoutResult = { id: string; x: number; y: number; width?: number; height?: number }[];
/** What a worker sends back: where the nodes go, and the ways of the lines routed between cards. */
export interface SlimLayout {
  positions: LayoutResult;
  routes: EdgeRoutes;
}

/** Positions every node and routes the reporting lines (see routedLayout); reporting lines alone shape the layout. */
export function layoutChart(nodes: ChartNode[], edges: ChartEdge[], run: RunLayout, options: LayoutOptions = { direction: 'TB' }): Promise<RoutedLayout> {
  return run(nodes, edges.filter((e) => e.type === 'reporting'), options);
}

export function slimNodes(nodes: readonly ChartNode[]): LayoutNode[] {
  return nodes.map(({ id, type, parentId, width, height, position, data }) => ({
    id,
    type,
    parentId,
    width,
    height,
    position,
    data: { collapsed: type === 'unit' ? (data as { collapsed: boolean }).collapsed : undefined },
  }));
}

export function slimEdges(edges: readonly ChartEdge[]): LayoutEdge[] {
  return edges.map(({ id, type, source, target }) => ({ id, type, source, target }));
}

/** The layout of slim nodes, as a worker sends it back. */
export function layoutSlim(nodes: LayoutNode[], edges: LayoutEdge[], options: LayoutOptions): SlimLayout {
  const { nodes: laidOut, routes } = routedLayout(nodes as ChartNode[], edges as ChartEdge[], options);
  const positions = laidOut.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, ...(n.type === 'unit' && !n.data.collapsed ? { width: n.width, height: n.height } : {}) }));
  return { positions, routes };
}

/** Copies a worker's result onto the nodes. */
export function applyLayout(nodes: readonly ChartNode[], result: LayoutResult): ChartNode[] {
  const byId = new Map(result.map((r) => [r.id, r]));
  return nodes.map((node) => {
    const r = byId.get(node.id);
    if (!r) return node;
    const position = { x: r.x, y: r.y };
    return r.width !== undefined ? ({ ...node, position, width: r.width, height: r.height } as ChartNode) : ({ ...node, position } as ChartNode);
  });
}

/** The layout on the calling thread (tests, the benchmark, browsers without workers). */
export function layoutOnThisThread(): RunLayout {
  return async (nodes, edges, options) => routedLayout(nodes, edges, options);
}
